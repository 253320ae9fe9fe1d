using System.CommandLine;
using ReportKit.Diagnostics;
using ReportKit.Import;

namespace ReportGen;

/// <summary>reportgen fix van-ban.docx -o out/</summary>
static class FixCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("document") { Description = "The document to put into the official format: a .docx, .txt, or .doc (through LibreOffice)." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder to write the fixed DOCX and its plan file (YAML) into.", DefaultValueFactory = _ => new DirectoryInfo("out") };
        var profile = new Option<string>("--the-thuc") { Description = "Format profile to lay it out under: hoi, nha-nuoc, dang, doan, or auto (what its header says).", DefaultValueFactory = _ => "auto" };
        var templates = CommonOptions.Templates();
        var command = new Command("fix", "Lay a document out again in the official format with the same words: import it, then render it under its profile. Writes <name>.docx and the plan file <name>.yaml; prints what it corrected, guessed and could not place.")
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
                throw new ReportKitException(new Diagnostic(Severity.Error, source, null, "the fixed document would replace the one it is made from; give another folder with -o"));
            var result = new DocumentFixer(templateDir).Fix(source, outDir, chosen);
            ImportOptions.PrintReport(result.Recognition, Console.Error);
            foreach (var f in result.Files) Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, f)}");
        }));
        return command;
    }
}
