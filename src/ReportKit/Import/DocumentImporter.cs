using ReportKit.Diagnostics;
using ReportKit.Import.Docx;
using ReportKit.Import.Recognise;
using ReportKit.Import.Text;
using ReportKit.Pipeline;
using ReportKit.Profiles;
using ReportKit.Localization;

namespace ReportKit.Import;

/// <summary>
/// The import pipeline in one place: read any supported file into a <see cref="SourceDocument"/>
/// (DOCX; plain text; .doc through LibreOffice), recognise the plan in it under the detected or
/// given profile, and write the plan file. <c>import</c>, <c>check</c> and <c>fix</c> all start here.
/// </summary>
internal sealed class DocumentImporter
{
    readonly TemplateLocator _templates;
    readonly Dictionary<string, FormatProfile> _profiles = new(StringComparer.Ordinal);

    /// <param name="templateDir">A folder of templates and profiles/ (-t); null for the bundled ones.</param>
    /// <param name="near">A path whose nearest templates/ folder is also searched (the output file's).</param>
    public DocumentImporter(string? templateDir = null, string? near = null) => _templates = new TemplateLocator(templateDir, near);

    /// <summary>Profile names the user can choose (--the-thuc).</summary>
    public IReadOnlyList<string> ProfileNames() =>
        _templates.ProfileDirs.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.yaml"))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    public FormatProfile Profile(string name)
    {
        if (!_profiles.TryGetValue(name, out var p)) _profiles[name] = p = ProfileLoader.Load(name, _templates.ProfileDirs, null);
        return p;
    }

    /// <summary>Reads a file by what it is: .docx, plain text, or (through LibreOffice) .doc/.rtf/.odt.</summary>
    public static SourceDocument Read(string path)
    {
        if (!File.Exists(path)) throw new ReportKitException(new Diagnostic(Severity.Error, path, null, ImportMessages.FileNotFound));
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".txt" or ".text" or ".md") return PlainTextReader.Read(path);
        if (ext is ".doc" or ".rtf" or ".odt" or ".wpd")
        {
            if (new FileInfo(path).Length == 0) throw new ReportKitException(new Diagnostic(Severity.Error, path, null, ImportMessages.WordFileEmpty));
            if (DocxGuard.Sniff(path) == DocxGuard.Kind.Zip && ext is ".doc") return DocxReader.Read(path); // a .docx named .doc
            if (DocxGuard.Sniff(path) == DocxGuard.Kind.Ole && DocxGuard.IsEncrypted(path))
                throw new ReportKitException(new Diagnostic(Severity.Error, path, null, ImportMessages.PasswordProtected));
            return OldDocumentReader.Read(path);
        }
        return DocxReader.Read(path);
    }

    /// <summary>Reads and recognises; <paramref name="profile"/> forces a profile ("auto" or null: what the document says).</summary>
    public Recognition Recognise(string path, string? profile = null)
    {
        var doc = Read(path);
        return PlanRecogniser.Recognise(doc, Profile, profile is null or "auto" ? null : profile);
    }

    /// <summary>The plan file's text for a recognised document.</summary>
    public static string Yaml(Recognition r) => PlanYamlWriter.Write(r.Plan, Path.GetFileName(r.Source.Path));

    /// <summary>
    /// The plan file's text, loaded back through the plan loader and the profile's rules before
    /// anyone sees it: an import that would not render is reported, never written.
    /// </summary>
    public string CheckedYaml(Recognition r, string targetName)
    {
        var yaml = Yaml(r);
        var bag = new DiagnosticBag();
        var plan = Load.PlanLoader.Parse(yaml, targetName, bag);
        if (plan?.Annexes is { } annexes && annexes.Count == r.Plan.Annexes.Count && !bag.HasErrors)
        {
            // A "(Kèm theo …)" line that is the one the writer words from the plan's number, date and
            // organs is left to the writer, so it follows them when the plan is edited.
            var worded = Document.AnnexBuilder.Reference(plan, Profile(plan.Profile).Number);
            var imported = r.Plan.Annexes.Select(a => a.Reference == worded ? a with { Reference = null } : a).ToList();
            if (!imported.SequenceEqual(r.Plan.Annexes))
            {
                yaml = Yaml(r with { Plan = r.Plan with { Annexes = imported } });
                bag = new DiagnosticBag();
                plan = Load.PlanLoader.Parse(yaml, targetName, bag);
            }
        }
        if (plan is not null) bag.AddRange(Checks.ProfileRules.Check(plan, Profile(plan.Profile)));
        if (bag.HasErrors)
            throw new ReportKitException(bag.Items.Where(d => d.Severity == Severity.Error)
                .Select(d => d with { Message = UiLanguage.Format(ImportMessages.ImportedPlanDoesNotLoad, d.Message) }).ToList());
        return yaml;
    }
}
