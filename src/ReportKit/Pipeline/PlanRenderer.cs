using ReportKit.Checks;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Profiles;
using ReportKit.Template;
using ReportKit.Writers;
using ReportKit.Writers.Docx;

namespace ReportKit.Pipeline;

/// <summary>What one render produced: the DOCX first, then any other files (annex workbook), and warnings.</summary>
public sealed record RenderResult(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Warnings)
{
    public string DocxPath => Files[0];
}

/// <summary>
/// The whole pipeline for one plan, stage after stage: load → model → template → document →
/// writers. Problems from every stage are gathered and reported together; nothing is written
/// unless every stage succeeded, and files are replaced atomically.
/// </summary>
public sealed class PlanRenderer
{
    readonly string? _templateDir;

    public PlanRenderer(string? templateDir = null) => _templateDir = templateDir;

    /// <summary>Loads and renders a plan file to a document, without writing anything.</summary>
    public (Plan Plan, PlanDocument Document, FormatProfile Profile) Prepare(string planPath)
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Load(planPath, bag);
        var locator = new TemplateLocator(_templateDir, planPath);
        FormatProfile? profile = null;
        PlanTemplate? template = null;
        if (plan is not null)
        {
            profile = Collect(bag, () => ProfileLoader.Load(plan.Profile, locator.ProfileDirs, plan.ProfileAt));
            var templatePath = locator.FindTemplate(plan.Template);
            if (templatePath is null)
                bag.Add(new Diagnostic(Severity.Error, planPath, null, $"mau: no template '{plan.Template}' in {string.Join(", ", locator.Roots)}"));
            else template = Collect(bag, () => PlanTemplate.Load(templatePath));
        }
        string? body = null;
        if (plan is not null && template is not null)
            body = template.Render(plan, bag);
        if (profile is not null && plan is not null) bag.AddRange(ProfileRules.Check(plan, profile));
        bag.ThrowIfErrors();
        var document = PlanDocumentBuilder.Build(plan!, body!, profile!);
        return (plan!, document, profile!);
    }

    /// <summary>Renders <paramref name="planPath"/> into <paramref name="outputDir"/> as &lt;name&gt;.docx.</summary>
    public RenderResult Render(string planPath, string outputDir)
    {
        var (_, document, profile) = Prepare(planPath);
        Directory.CreateDirectory(outputDir);
        var docx = Path.Combine(outputDir, Path.GetFileNameWithoutExtension(planPath) + ".docx");
        AtomicFile.Write(docx, s => new DocxWriter(profile).Write(document, s));
        return new RenderResult([docx], []);
    }

    static T? Collect<T>(DiagnosticBag bag, Func<T> action) where T : class
    {
        try { return action(); }
        catch (ReportKitException ex) { bag.AddRange(ex.Diagnostics); return null; }
    }
}
