using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.External.LibreOffice;
using ReportKit.Writers.Pdf;

namespace ReportGen;

/// <summary>reportgen render plan.yaml -o out/</summary>
static class RenderCommand
{
    public static Command Create()
    {
        var plan = new Argument<FileInfo>("plan") { Description = CliMessages.RenderPlanArgument };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = CliMessages.RenderOutputOption,
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var templates = CommonOptions.Templates();
        var data = CommonOptions.Data();
        var allowMismatch = CommonOptions.AllowMismatch();
        var strict = CommonOptions.Strict();
        var (pdf, pdfA) = PdfOptions.Create(CliMessages.RenderPdfOption);
        var command = new Command("render", CliMessages.RenderDescription)
        {
            plan, output, templates, data, allowMismatch, strict, pdf, pdfA,
        };
        command.SetAction(parse =>
        {
            var planFile = parse.GetValue(plan)!;
            var outDir = parse.GetValue(output)!;
            return Cli.Run(() =>
            {
                var options = new RenderOptions(parse.GetValue(data)?.FullName, parse.GetValue(allowMismatch), parse.GetValue(strict));
                var renderer = new PlanRenderer(parse.GetValue(templates)?.FullName);
                RenderResult result;
                if (PdfOptions.Flavor(parse, pdf, pdfA) is { } flavor)
                {
                    using var converter = new PdfConverter(SofficeLocator.Locate(), flavor);
                    result = PdfRendering.Render(renderer, planFile.FullName, outDir.FullName, options, converter);
                }
                else result = renderer.Render(planFile.FullName, outDir.FullName, options);
                foreach (var w in result.Warnings) Console.Error.WriteLine(w.ToLine());
                foreach (var file in result.Files) Console.WriteLine(Cli.Wrote(file));
            });
        });
        return command;
    }
}
