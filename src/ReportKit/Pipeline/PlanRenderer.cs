using System.Collections.Concurrent;
using ReportKit.Checks;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Load;
using ReportKit.Localization;
using ReportKit.Model;
using ReportKit.Profiles;
using ReportKit.Template;
using ReportKit.Writers;
using ReportKit.Writers.Docx;
using ReportKit.Writers.Xlsx;

namespace ReportKit.Pipeline;

/// <summary>What one render produced: the DOCX first, then any other files (annex workbook), and warnings.</summary>
internal sealed record RenderResult(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Warnings)
{
    public string DocxPath => Files[0];
}

/// <summary>Choices made on the command line: --data (a targets workbook replacing the plan's), --allow-mismatch, and --strict (warnings count as errors: nothing is written).</summary>
internal sealed record RenderOptions(string? DataPath = null, bool AllowMismatch = false, bool Strict = false);

/// <summary>
/// The whole pipeline for one plan, stage after stage: load → model → template → document →
/// writers. Problems from every stage are gathered and reported together; nothing is written
/// unless every stage succeeded, and files are replaced atomically.
/// </summary>
internal sealed class PlanRenderer
{
    readonly string? _templateDir;

    // One renderer serves a whole batch: each template and profile is read and parsed once.
    // Scriban templates render concurrently with separate contexts; profiles are read-only.
    readonly ConcurrentDictionary<string, PlanTemplate> _templates = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, FormatProfile> _profiles = new(StringComparer.Ordinal);
    // Where a plan's mau led, for plans that name the same template from the same folders (a
    // batch's): resolving it checks each folder and link on the way, a tenth of preparing a plan.
    readonly ConcurrentDictionary<string, string> _templatePaths = new(StringComparer.Ordinal);

    public PlanRenderer(string? templateDir = null) => _templateDir = templateDir;

    /// <summary>Loads and renders a plan file to a document, without writing anything.</summary>
    public (Plan Plan, PlanDocument Document, FormatProfile Profile) Prepare(string planPath) => Prepare(planPath, new RenderOptions(), []);

    /// <summary>As <see cref="Prepare(string)"/>, with the targets optionally read from <see cref="RenderOptions.DataPath"/>; warnings are added to <paramref name="warnings"/>.</summary>
    public (Plan Plan, PlanDocument Document, FormatProfile Profile) Prepare(string planPath, RenderOptions options, List<Diagnostic> warnings)
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Load(planPath, bag);
        if (plan is not null && options.DataPath is { } data) plan = WithData(plan, data, bag);
        return Prepare(plan, new TemplateLocator(_templateDir, planPath), planPath, options, bag, warnings);
    }

    /// <summary>
    /// The stages after loading, for a plan read from a file or a text, or built in code: profile and
    /// template from <paramref name="locator"/>'s folders, the body, the checks, the document.
    /// Throws <see cref="ReportKitException"/> with everything found, loading's problems in
    /// <paramref name="bag"/> included.
    /// </summary>
    /// <param name="planPath">The file the plan came from, named in errors about mau; null for a plan built in code.</param>
    internal (Plan Plan, PlanDocument Document, FormatProfile Profile) Prepare(Plan? plan, TemplateLocator locator, string? planPath, RenderOptions options, DiagnosticBag bag, List<Diagnostic> warnings)
    {
        FormatProfile? profile = null;
        PlanTemplate? template = null;
        string? templatePath = null;
        if (plan is not null)
        {
            // mau and the_thuc come from the plan: they may only name files inside the plan's folder and the template folders.
            profile = Collect(bag, () => _profiles.GetOrAdd(plan.Profile + "\n" + string.Join("\n", locator.ProfileDirs),
                _ => ProfileLoader.Load(plan.Profile, locator.ProfileDirs, plan.ProfileAt, locator.Roots)));
            try
            {
                var key = plan.Template + "\n" + string.Join("\n", locator.Roots);
                if (!_templatePaths.TryGetValue(key, out templatePath))
                {
                    templatePath = locator.FindTemplate(plan.Template, fromPlan: true);
                    // Bounded: a batch's plans name a handful of templates from a handful of folders.
                    if (templatePath is not null && _templatePaths.Count < 1024) _templatePaths.TryAdd(key, templatePath);
                }
                if (templatePath is null)
                    bag.Add(plan.TemplateAt.At(Severity.Error, UiLanguage.Format(PipelineMessages.NoTemplate, plan.Template, string.Join(", ", locator.Roots))) with { File = planPath });
            }
            catch (SandboxException ex)
            {
                bag.Add(plan.TemplateAt.At(Severity.Error, UiLanguage.Format(PipelineMessages.TemplateRefused, ex.Message)) with { File = planPath });
            }
            if (templatePath is not null) template = Collect(bag, () => _templates.GetOrAdd(templatePath, PlanTemplate.Load));
        }
        string? body = null;
        if (plan is not null && template is not null)
            body = template.Render(plan, bag, profile?.Number, profile?.Annex, locator.Roots);
        if (plan is not null && profile is not null && body is not null && !bag.HasErrors)
            bag.AddRange(BodyTextRules.Check(plan, body, profile, templatePath!));
        if (profile is not null && plan is not null) bag.AddRange(ProfileRules.Check(plan, profile));
        // Pitfalls read the body as Markdown: only once it is known to be readable (BodyTextRules found nothing).
        if (plan is not null && !bag.HasErrors) bag.AddRange(MarkupPitfalls.Check(plan));
        // Sums are only worth checking over figures that all loaded; otherwise a dropped cell reads as a mismatch.
        if (!bag.HasErrors) bag.AddRange(AllocationCheck.Check(plan?.Targets, options.AllowMismatch));
        bag.ThrowIfErrors();
        var document = PlanDocumentBuilder.Build(plan!, body!, profile!, AnnexBuilder.Build(plan!, profile!));
        var found = bag.Items.Where(d => d.Severity == Severity.Warning).Concat(BodyFigureCheck.Check(plan!, document.Body)).ToList();
        if (options.Strict && found.Count > 0) throw new ReportKitException(found.Select(w => w with { Severity = Severity.Error }).ToList());
        warnings.AddRange(found);
        return (plan!, document, profile!);
    }

    /// <summary>--data: targets and units from a workbook replace the plan's own; its phu_luc annexes stay.</summary>
    public static Plan WithData(Plan plan, string dataPath, DiagnosticBag bag)
    {
        var set = TargetWorkbookReader.Read(Path.GetFullPath(dataPath), bag);
        return set is null ? plan : plan with { Targets = set };
    }

    /// <summary>Renders <paramref name="planPath"/> into <paramref name="outputDir"/> as &lt;name&gt;.docx.</summary>
    public RenderResult Render(string planPath, string outputDir) => Render(planPath, outputDir, new RenderOptions());

    /// <summary>
    /// Renders &lt;name&gt;.docx and, when the plan has targets, &lt;name&gt;.phu-luc.xlsx beside it,
    /// as one <see cref="OutputSet"/>: both are written or neither, and earlier files stay as they
    /// were when anything fails.
    /// </summary>
    public RenderResult Render(string planPath, string outputDir, RenderOptions options)
    {
        var warnings = new List<Diagnostic>();
        var (_, document, profile) = Prepare(planPath, options, warnings);
        var name = Path.GetFileNameWithoutExtension(planPath);
        var docx = new DocxWriter(profile);
        var outputs = new OutputSet()
            .Add(Path.Combine(outputDir, name + ".docx"), s => docx.Write(document, s));
        if (document.Annexes.Any(a => a.HasTable))
            outputs.Add(Path.Combine(outputDir, name + ".phu-luc.xlsx"), s => new AnnexWorkbookWriter().Write(document.Annexes, document.Info, s));
        outputs.Commit();
        warnings.AddRange(docx.Warnings);
        return new RenderResult(outputs.Paths, warnings);
    }

    /// <summary>
    /// Writes a prepared document to streams: the DOCX, and the annex workbook when the document
    /// has a table annex and <paramref name="annex"/> is given. Each file is made in memory first,
    /// so a failure leaves the caller's streams untouched.
    /// </summary>
    /// <returns>Whether the annex workbook was written, and the DOCX writer's warnings.</returns>
    internal static (bool Annex, IReadOnlyList<Diagnostic> Warnings) Write(PlanDocument document, FormatProfile profile, Stream docx, Stream? annex)
    {
        var writer = new DocxWriter(profile);
        using var docxBytes = new MemoryStream();
        writer.Write(document, docxBytes);
        using var annexBytes = annex is not null && document.Annexes.Any(a => a.HasTable) ? new MemoryStream() : null;
        if (annexBytes is not null) new AnnexWorkbookWriter().Write(document.Annexes, document.Info, annexBytes);
        docxBytes.WriteTo(docx);
        annexBytes?.WriteTo(annex!);
        return (annexBytes is not null, writer.Warnings.ToList());
    }

    static T? Collect<T>(DiagnosticBag bag, Func<T> action) where T : class
    {
        try { return action(); }
        catch (ReportKitException ex) { bag.AddRange(ex.Diagnostics); return null; }
    }
}
