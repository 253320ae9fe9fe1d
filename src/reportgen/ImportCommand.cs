using System.CommandLine;
using ReportKit.Diagnostics;
using ReportKit.Import;
using ReportKit.Writers;

namespace ReportGen;

/// <summary>reportgen import ke-hoach-cu.docx -o ke-hoach.yaml</summary>
static class ImportCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("document") { Description = "The plan as it exists: a .docx, a plain-text .txt, or an old .doc (converted through LibreOffice when it is installed)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The plan file to write (default: the document's name with .yaml, beside it)." };
        var profile = new Option<string>("--the-thuc") { Description = "Format profile to read the document under: hoi, nha-nuoc, dang, doan, or auto (what its header says).", DefaultValueFactory = _ => "auto" };
        var force = new Option<bool>("--force") { Description = "Replace the plan file if it exists." };
        var templates = CommonOptions.Templates();
        var command = new Command("import", "Read an existing plan (Word or text) into a plan file (YAML) that renders with 'reportgen render'. Prints what it converted, corrected, guessed, and every paragraph it could not place.")
        {
            input, output, profile, force, templates,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var source = parse.GetValue(input)!.FullName;
            var target = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(source, ".yaml");
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(source), StringComparison.Ordinal))
                throw new ReportKitException(new Diagnostic(Severity.Error, target, null, "the plan file would replace the document it is read from; give another name with -o"));
            if (File.Exists(target) && !parse.GetValue(force))
                throw new ReportKitException(new Diagnostic(Severity.Error, target, null, "exists already; pass --force to replace it"));
            var importer = new DocumentImporter(parse.GetValue(templates)?.FullName, target);
            var recognition = importer.Recognise(source, ImportOptions.Profile(parse.GetValue(profile), importer));
            var yaml = importer.CheckedYaml(recognition, target);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicFile.Write(target, s => { using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false)); w.Write(yaml); });
            ImportOptions.PrintReport(recognition, Console.Error);
            Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, target)}");
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
            throw new ReportKitException(new Diagnostic(Severity.Error, null, null, $"--the-thuc: no profile named '{value}' (known: {string.Join(", ", known)}, or auto)"));
        return value;
    }

    public static void PrintReport(ReportKit.Import.Recognise.Recognition r, TextWriter w)
    {
        var name = Path.GetFileName(r.Source.Path);
        w.WriteLine($"{name}: {r.DocumentType.ToLowerInvariant()}, profile '{r.Plan.Profile}' ({r.ProfileReason})");
        foreach (var n in r.Report.ReaderNotes) w.WriteLine($"{name}: note: {n}");
        foreach (var c in r.Report.Corrections) w.WriteLine($"{name}: corrected: {c}");
        foreach (var g in r.Report.Guesses) w.WriteLine($"{name}: guessed: {g}");
        foreach (var p in r.Report.NotPlaced) w.WriteLine($"{name}: warning: {p}");
    }
}
