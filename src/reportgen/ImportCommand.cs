using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Localization;
using ReportKit.Diagnostics;
using ReportKit.Import;
using ReportKit.Writers;

namespace ReportGen;

/// <summary>reportgen import ke-hoach-cu.docx -o ke-hoach.yaml</summary>
static class ImportCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("document") { Description = CliMessages.ImportDocumentArgument };
        var output = new Option<FileInfo?>("--output", "-o") { Description = CliMessages.ImportOutputOption };
        var profile = new Option<string>("--the-thuc") { Description = CliMessages.ProfileOptionRead, DefaultValueFactory = _ => "auto" };
        var force = new Option<bool>("--force") { Description = CliMessages.ImportForceOption };
        var templates = CommonOptions.Templates();
        var command = new Command("import", CliMessages.ImportDescription)
        {
            input, output, profile, force, templates,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var source = parse.GetValue(input)!.FullName;
            var target = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(source, ".yaml");
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(source), StringComparison.Ordinal))
                throw new ReportKitException(new Diagnostic(Severity.Error, target, null, CliMessages.ImportWouldReplaceSource));
            if (File.Exists(target) && !parse.GetValue(force))
                throw new ReportKitException(new Diagnostic(Severity.Error, target, null, CliMessages.ExistsAlready));
            var importer = new DocumentImporter(parse.GetValue(templates)?.FullName, target);
            var recognition = importer.Recognise(source, ImportOptions.Profile(parse.GetValue(profile), importer));
            var yaml = importer.CheckedYaml(recognition, target);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicFile.Write(target, s => { using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false)); w.Write(yaml); });
            // The plan's first line names this schema: an editor completes and checks its keys.
            ReportKit.Schemas.YamlSchemas.WriteBeside(Path.GetDirectoryName(target)!, ReportKit.Schemas.YamlSchemas.Plan);
            ImportOptions.PrintReport(recognition, Console.Error);
            Console.WriteLine(Cli.Wrote(target));
        }));
        return command;
    }
}

/// <summary>What import and fix share: the --the-thuc value, and how the import report is printed.</summary>
static class ImportOptions
{
    /// <summary>"auto" (or nothing) lets the document's header decide; any other value must name a profile.</summary>
    public static string? Profile(string? value, DocumentImporter importer)
    {
        if (value is null or "auto") return null;
        var known = importer.ProfileNames();
        if (!known.Contains(value) && !value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            throw new ReportKitException(new Diagnostic(Severity.Error, null, null, UiLanguage.Format(CliMessages.UnknownProfile, value, string.Join(", ", known))));
        return value;
    }

    public static void PrintReport(ReportKit.Import.Recognise.Recognition r, TextWriter w)
    {
        var name = Path.GetFileName(r.Source.Path);
        w.WriteLine(UiLanguage.Format(CliMessages.ImportHeading, name, r.DocumentType.ToLowerInvariant(), r.Plan.Profile, r.ProfileReason));
        foreach (var n in r.Report.ReaderNotes) w.WriteLine(UiLanguage.Format(CliMessages.ImportNote, name, n));
        foreach (var c in r.Report.Corrections) w.WriteLine(UiLanguage.Format(CliMessages.ImportCorrected, name, c));
        foreach (var g in r.Report.Guesses) w.WriteLine(UiLanguage.Format(CliMessages.ImportGuessed, name, g));
        foreach (var p in r.Report.NotPlaced) w.WriteLine(UiLanguage.Format(CliMessages.ImportNotPlaced, name, p));
    }
}
