using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Diagnostics;
using ReportKit.Import;

namespace ReportGen;

/// <summary>reportgen fix van-ban.docx -o out/</summary>
static class FixCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("document") { Description = CliMessages.FixDocumentArgument };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = CliMessages.FixOutputOption, DefaultValueFactory = _ => new DirectoryInfo("out") };
        var profile = new Option<string>("--the-thuc") { Description = CliMessages.FixProfileOption, DefaultValueFactory = _ => "auto" };
        var templates = CommonOptions.Templates();
        var command = new Command("fix", CliMessages.FixDescription)
        {
            input, output, profile, templates,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var source = parse.GetValue(input)!.FullName;
            var outDir = parse.GetValue(output)!.FullName;
            var templateDir = parse.GetValue(templates)?.FullName;
            var importer = new DocumentImporter(templateDir, Path.Combine(outDir, "x"));
            var chosen = ImportOptions.Profile(parse.GetValue(profile), importer);
            if (Path.GetDirectoryName(source) is { } dir && Path.GetFullPath(dir) == Path.GetFullPath(outDir)
                && string.Equals(Path.GetExtension(source), ".docx", StringComparison.OrdinalIgnoreCase))
                throw new ReportKitException(new Diagnostic(Severity.Error, source, null, CliMessages.FixWouldReplaceSource));
            var result = new DocumentFixer(templateDir).Fix(source, outDir, chosen);
            ImportOptions.PrintReport(result.Recognition, Console.Error);
            foreach (var f in result.Files) Console.WriteLine(Cli.Wrote(f));
        }));
        return command;
    }
}
