using System.Diagnostics;
using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Writers;
using ReportKit.Writers.Pdf;

namespace ReportKit.Batch;

/// <summary>
/// batch --pdf, for one worker: gathers rendered plans and converts them a chunk at a time in
/// one LibreOffice run (its own profile), then puts each PDF beside its DOCX. A plan whose PDF
/// fails is that plan's failure: its DOCX and XLSX stay, and an older PDF of it is removed so it
/// cannot be taken for the new one.
/// </summary>
internal sealed class PdfFinisher(string soffice, PdfFlavor flavor, int chunkSize = PdfFinisher.DefaultChunk) : IBatchFinisher
{
    /// <summary>Plans per LibreOffice start; measured in README "PDF" (larger chunks gain little and lose more to a crash).</summary>
    public const int DefaultChunk = 25;

    readonly PdfConverter _converter = new(soffice, flavor);
    readonly List<BatchItemResult> _held = [];

    public IReadOnlyList<BatchItemResult> Add(BatchItemResult rendered)
    {
        if (!rendered.Succeeded || rendered.Files.Count == 0) return [rendered];
        _held.Add(rendered);
        return _held.Count >= chunkSize ? Flush() : [];
    }

    public IReadOnlyList<BatchItemResult> Flush()
    {
        if (_held.Count == 0) return [];
        var chunk = _held.ToList();
        _held.Clear();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<PdfConversion> conversions;
        try
        {
            conversions = _converter.Convert(chunk.Select(r => r.Files[0]).ToList());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            conversions = chunk.Select(r => new PdfConversion(r.Files[0], null, ex.Message)).ToList();
        }
        // Each plan carries its share of the LibreOffice run, so per-plan times stay comparable.
        var share = clock.Elapsed / chunk.Count;
        return chunk.Select((r, i) => Finish(r, conversions[i]) with { Elapsed = r.Elapsed + share }).ToList();
    }

    static BatchItemResult Finish(BatchItemResult rendered, PdfConversion conversion)
    {
        var docx = rendered.Files[0];
        var target = Path.ChangeExtension(docx, ".pdf");
        try
        {
            if (conversion.PdfPath is { } pdf)
            {
                AtomicFile.Write(target, s =>
                {
                    using var source = File.OpenRead(pdf);
                    source.CopyTo(s);
                });
                return rendered with { Files = [docx, target, .. rendered.Files.Skip(1)] };
            }
            if (File.Exists(target)) File.Delete(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(rendered, target, ex.Message);
        }
        catch (ReportKitException ex)
        {
            // The PDF's place refused it (read-only earlier PDF, a folder by that name, a full disk).
            return Failed(rendered, target, ex.Diagnostics[0].Message + ".");
        }
        return Failed(rendered, target, conversion.Error ?? BatchMessages.NoPdfWritten);
    }

    static BatchItemResult Failed(BatchItemResult rendered, string target, string why) =>
        rendered with
        {
            Diagnostics = [.. rendered.Diagnostics, new Diagnostic(Severity.Error, rendered.Item.PlanPath, null,
                UiLanguage.Format(BatchMessages.PdfNotWritten, Path.GetFileName(target), why))],
        };

    public void Dispose() => _converter.Dispose();
}
