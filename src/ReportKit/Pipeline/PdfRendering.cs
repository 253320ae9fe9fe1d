using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Writers;
using ReportKit.Writers.Pdf;

namespace ReportKit.Pipeline;

/// <summary>
/// render --pdf: the plan's DOCX (and annex XLSX) rendered into a staging folder, converted to
/// PDF there, and the whole set moved into the output folder only when every file is complete.
/// A plan error or a failed conversion leaves the output folder as it was.
/// </summary>
internal static class PdfRendering
{
    public static RenderResult Render(PlanRenderer renderer, string planPath, string outputDir, RenderOptions options, PdfConverter converter)
    {
        var staging = Path.Combine(Path.GetTempPath(), $"reportkit-render-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var staged = renderer.Render(planPath, staging, options);
            var pdf = converter.Convert([staged.DocxPath])[0];
            if (!pdf.Succeeded)
                throw new ReportKitException(new Diagnostic(Severity.Error, null, null,
                    UiLanguage.Format(PipelineMessages.PdfNotConverted, Path.GetFileName(staged.DocxPath), pdf.Error)));
            var files = staged.Files.Select(f => (Staged: f, Final: Path.Combine(outputDir, Path.GetFileName(f)))).ToList();
            files.Insert(1, (pdf.PdfPath!, Path.Combine(outputDir, Path.GetFileNameWithoutExtension(staged.DocxPath) + ".pdf")));
            // One transaction with the DOCX and XLSX: all land, or the output folder stays as it was.
            var outputs = new OutputSet();
            foreach (var (from, to) in files) outputs.Add(to, s => { using var f = File.OpenRead(from); f.CopyTo(s); });
            outputs.Commit();
            return staged with { Files = files.Select(f => f.Final).ToList() };
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
