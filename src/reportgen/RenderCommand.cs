using System.CommandLine;
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
        var plan = new Argument<FileInfo>("plan") { Description = "The plan's data file (YAML), e.g. examples/khanh-hoa-2021/ke-hoach.yaml." };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Folder to write into; the DOCX is named after the data file (ke-hoach.yaml → ke-hoach.docx).",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var templates = CommonOptions.Templates();
        var data = CommonOptions.Data();
        var allowMismatch = CommonOptions.AllowMismatch();
        var strict = CommonOptions.Strict();
        var (pdf, pdfA) = PdfOptions.Create(
            "Also write <name>.pdf beside the DOCX, converted by LibreOffice (found through REPORTKIT_SOFFICE, on PATH or in its usual install folder); if the conversion fails nothing is written.");
        var command = new Command("render", "Render one plan to DOCX (and its target annex to XLSX, and with --pdf a PDF). Errors name file:line:column; nothing is written unless the whole plan is valid.")
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
                foreach (var w in result.Warnings) Console.Error.WriteLine(w);
                foreach (var file in result.Files) Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
            });
        });
        return command;
    }
}
