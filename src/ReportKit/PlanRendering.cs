using ReportKit.Diagnostics;
using ReportKit.External.LibreOffice;
using ReportKit.Load;
using ReportKit.Localization;
using ReportKit.Model;
using ReportKit.Pipeline;
using ReportKit.Writers.Pdf;

namespace ReportKit;

/// <summary>
/// Kế hoạch từ C#: one plan on its way to DOCX, XLSX and PDF. Start with the plan (built in code,
/// as YAML text, or as a file), choose with the <c>With…</c> methods, finish with
/// <see cref="Render"/>; in one call:
/// <code>
/// using var docx = File.Create("ke-hoach.docx");
/// var output = PlanRendering.FromYaml(yaml).Render(docx);
/// </code>
/// The templates and format profiles ship inside the library; nothing else is needed on disk. It
/// is the pipeline of <c>reportgen render</c>: the same checks, the same bytes for the same input.
/// </summary>
public sealed class PlanRendering
{
    /// <summary>A plan built in code. Its texts are taken as given (NFC, as the YAML loader would make them, is up to the caller).</summary>
    /// <param name="plan">The plan; <see cref="Plan.Body"/> holds the body in the same light markup as <c>noi_dung</c>.</param>
    public static PlanRendering From(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan, null, null, "ke-hoach.yaml");
    }

    /// <summary>A plan as YAML text, with the keys of a plan file (docs/yaml-keys.md); it is checked as a file would be.</summary>
    /// <param name="yaml">The plan file's text.</param>
    /// <param name="name">The name errors are reported under ("ke-hoach.yaml:7:7: …").</param>
    public static PlanRendering FromYaml(string yaml, string name = "ke-hoach.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(null, yaml, null, name);
    }

    /// <summary>A plan file. Templates, profiles and workbooks it names are looked for in its folder first, then in the bundled templates.</summary>
    /// <param name="path">The plan's YAML file.</param>
    public static PlanRendering FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(null, null, Path.GetFullPath(path), Path.GetFileName(path));
    }


    readonly Plan? _plan;
    readonly string? _yaml;
    readonly string? _file;
    readonly string _name;
    string? _templates;
    string? _folder;
    bool _allowMismatch;
    bool _strict;
    PdfFlavor _pdfFlavor = PdfFlavor.Pdf;
    string? _soffice;

    PlanRendering(Plan? plan, string? yaml, string? file, string name)
    {
        _plan = plan;
        _yaml = yaml;
        _file = file;
        _name = name;
        _folder = file is null ? null : Path.GetDirectoryName(file);
    }

    /// <summary>
    /// A templates folder that comes first (as <c>reportgen -t</c>): its <c>ke-hoach.sbn</c> and
    /// <c>profiles/*.yaml</c> replace the bundled files of the same name. Without it, as with
    /// reportgen, the plan's folder and the nearest <c>templates/</c> above it come before the
    /// templates embedded in the library.
    /// </summary>
    /// <param name="folder">The folder holding the templates.</param>
    public PlanRendering WithTemplates(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _templates = Path.GetFullPath(folder);
        return this;
    }

    /// <summary>
    /// The plan's folder, for a plan given as text or built in code: what it names by a relative
    /// path (<c>mau</c>, <c>the_thuc</c>, a targets workbook) is read from there, and nothing
    /// outside it and the template folders can be.
    /// </summary>
    /// <param name="folder">The folder the plan's relative paths start from.</param>
    public PlanRendering WithFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        return this;
    }

    /// <summary>Allocations that do not add up to their target are warnings rather than errors (<c>--allow-mismatch</c>).</summary>
    /// <param name="allow">False restores the default.</param>
    public PlanRendering AllowMismatch(bool allow = true)
    {
        _allowMismatch = allow;
        return this;
    }

    /// <summary>Any warning is an error: nothing is written (<c>--strict</c>).</summary>
    /// <param name="strict">False restores the default.</param>
    public PlanRendering Strict(bool strict = true)
    {
        _strict = strict;
        return this;
    }

    /// <summary>The PDF is PDF/A-2b, for archiving (lưu trữ), rather than an ordinary PDF (<c>--pdf-a</c>).</summary>
    /// <param name="archival">False restores the ordinary PDF.</param>
    public PlanRendering PdfA(bool archival = true)
    {
        _pdfFlavor = archival ? PdfFlavor.PdfA2b : PdfFlavor.Pdf;
        return this;
    }

    /// <summary>The LibreOffice program that makes the PDF; by default REPORTKIT_SOFFICE, then PATH, then the usual install folders.</summary>
    /// <param name="soffice">The path of <c>soffice</c> (<c>soffice.exe</c> on Windows).</param>
    public PlanRendering WithLibreOffice(string soffice)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(soffice);
        _soffice = Path.GetFullPath(soffice);
        return this;
    }

    /// <summary>
    /// Renders the plan: the DOCX into <paramref name="docx"/>; the target or table annex as a
    /// workbook into <paramref name="annex"/> when the plan has one; the PDF, through LibreOffice,
    /// into <paramref name="pdf"/> when given. Every file is made before any stream is written, so
    /// a plan with errors writes nothing.
    /// </summary>
    /// <param name="docx">Where the DOCX goes.</param>
    /// <param name="annex">Where the annex workbook (XLSX) goes, or null for none (the annex is in the DOCX either way).</param>
    /// <param name="pdf">Where the PDF goes, or null for none.</param>
    /// <returns>What was written, and the warnings.</returns>
    /// <exception cref="ReportKitException">The plan has errors (each located in the YAML when it came from YAML), or LibreOffice is missing or failed.</exception>
    public PlanOutput Render(Stream docx, Stream? annex = null, Stream? pdf = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var bag = new DiagnosticBag();
        string? planFile = null;
        Plan? plan = _plan;
        if (_file is not null)
        {
            planFile = _file;
            plan = PlanLoader.Load(_file, bag);
        }
        else if (_yaml is not null)
        {
            planFile = _folder is null ? _name : Path.Combine(_folder, _name);
            plan = PlanLoader.Parse(_yaml, planFile, bag);
        }
        // The folders reportgen render would search (-t, the plan's folder, the nearest templates/
        // above it, the program's own), then the templates embedded in the library.
        var placed = planFile ?? (_folder is null ? null : Path.Combine(_folder, _name));
        var roots = new TemplateLocator(_templates, placed is null ? null : Path.GetFullPath(placed)).Roots.Append(BundledTemplates.Folder);

        var warnings = new List<Diagnostic>();
        var options = new RenderOptions(AllowMismatch: _allowMismatch, Strict: _strict);
        var (_, document, profile) = new PlanRenderer().Prepare(plan, new TemplateLocator(roots), planFile, options, bag, warnings);
        if (pdf is null)
        {
            var (wroteAnnex, docxWarnings) = PlanRenderer.Write(document, profile, docx, annex);
            warnings.AddRange(docxWarnings);
            return new PlanOutput(wroteAnnex, false, warnings);
        }

        var soffice = _soffice ?? SofficeLocator.Locate();
        var work = Path.Combine(Path.GetTempPath(), $"reportkit-plan-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var docxPath = Path.Combine(work, Path.GetFileNameWithoutExtension(_name) + ".docx");
            var annexPath = Path.Combine(work, "annex.xlsx");
            bool hasAnnex;
            using (var d = File.Create(docxPath))
            using (var a = annex is null ? null : File.Create(annexPath))
            {
                var (wroteAnnex, docxWarnings) = PlanRenderer.Write(document, profile, d, a);
                hasAnnex = wroteAnnex;
                warnings.AddRange(docxWarnings);
            }
            using var converter = new PdfConverter(soffice, _pdfFlavor);
            var converted = converter.Convert([docxPath])[0];
            if (!converted.Succeeded)
                throw new ReportKitException(new Diagnostic(Severity.Error, null, null,
                    UiLanguage.Format(PipelineMessages.PdfNotConverted, Path.GetFileName(docxPath), converted.Error)));
            Copy(docxPath, docx);
            if (hasAnnex) Copy(annexPath, annex!);
            Copy(converted.PdfPath!, pdf);
            return new PlanOutput(hasAnnex, true, warnings);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
    }

    static void Copy(string path, Stream to)
    {
        using var from = File.OpenRead(path);
        from.CopyTo(to);
    }
}
