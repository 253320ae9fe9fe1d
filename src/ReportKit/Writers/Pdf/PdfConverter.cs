using ReportKit.External.LibreOffice;
using ReportKit.Localization;

namespace ReportKit.Writers.Pdf;

/// <summary>How one DOCX fared: the PDF in the converter's work folder, or why there is none.</summary>
internal sealed record PdfConversion(string Source, string? PdfPath, string? Error)
{
    public bool Succeeded => PdfPath is not null;
}

/// <summary>
/// DOCX → PDF through LibreOffice headless. One converter is one worker: it owns a private
/// LibreOffice profile and a work folder, and converts many files per soffice start (starting
/// LibreOffice costs about a second; each further file a fraction of that). Sources are copied
/// in under unique names, so plans that share a file name (every folder's ke-hoach.docx) convert
/// together. The PDFs it returns live in its work folder until the next <see cref="Convert"/>
/// or <see cref="Dispose"/>: move them where they belong before that.
/// </summary>
internal sealed class PdfConverter : IDisposable
{
    readonly string _soffice;
    readonly PdfFlavor _flavor;
    readonly string _work = Path.Combine(Path.GetTempPath(), $"reportkit-pdf-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <param name="soffice">From <see cref="SofficeLocator.Locate(SofficeUse)"/>.</param>
    public PdfConverter(string soffice, PdfFlavor flavor)
    {
        _soffice = soffice;
        _flavor = flavor;
    }

    public PdfFlavor Flavor => _flavor;

    /// <summary>Time allowed for one soffice run: its start plus each file (a 60-unit annex takes a few seconds).</summary>
    internal Func<int, TimeSpan> Timeout { get; init; } = files => TimeSpan.FromSeconds(60 + 20 * files);

    string Profile => Path.Combine(_work, "profile");

    public IReadOnlyList<PdfConversion> Convert(IReadOnlyList<string> docxPaths)
    {
        var input = Fresh("in");
        var output = Fresh("out");
        var results = new PdfConversion?[docxPaths.Count];
        var staged = new List<(int Index, string Path)>();
        for (var i = 0; i < docxPaths.Count; i++)
        {
            var copy = Path.Combine(input, $"{i:D5}.docx");
            try
            {
                File.Copy(docxPaths[i], copy);
                staged.Add((i, copy));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                results[i] = new PdfConversion(docxPaths[i], null, ex.Message);
            }
        }
        if (staged.Count > 0)
        {
            var run = Run(staged.Select(s => s.Path), output);
            var missing = Collect(staged, output, run, results, docxPaths);
            // A crash or a timeout takes the rest of the chunk with it: give each of those files its own run,
            // so one file that LibreOffice cannot handle fails alone.
            if (run.Failed && staged.Count > 1)
                foreach (var one in missing)
                    Collect([one], output, Run([one.Path], output), results, docxPaths);
        }
        return results.Select((r, i) => r ?? new PdfConversion(docxPaths[i], null, WriterMessages.PdfNotWritten)).ToList();
    }

    SofficeRun Run(IEnumerable<string> files, string outDir)
    {
        var list = files.ToList();
        return SofficeProcess.Run(_soffice, Profile, ["--convert-to", PdfExportFilter.ConvertTo(_flavor), "--outdir", outDir, .. list], Timeout(list.Count));
    }

    /// <summary>Records each staged file's PDF, or the run's problem; returns the files that got none.</summary>
    List<(int Index, string Path)> Collect(IReadOnlyList<(int Index, string Path)> staged, string outDir, SofficeRun run, PdfConversion?[] results, IReadOnlyList<string> sources)
    {
        var missing = new List<(int, string)>();
        foreach (var (index, path) in staged)
        {
            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".pdf");
            var problem = Check(pdf, run);
            results[index] = problem is null ? new PdfConversion(sources[index], pdf, null) : new PdfConversion(sources[index], null, problem);
            if (problem is not null) missing.Add((index, path));
        }
        return missing;
    }

    string? Check(string pdf, SofficeRun run)
    {
        if (!File.Exists(pdf)) return run.Failed || run.Said.Count > 0 ? run.Problem : WriterMessages.PdfNotWritten;
        var bytes = File.ReadAllBytes(pdf);
        if (bytes.Length < 5 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            return WriterMessages.PdfNotAPdf;
        if (_flavor == PdfFlavor.PdfA2b && !PdfExportFilter.IsPdfA2b(bytes))
            return WriterMessages.PdfNotPdfA;
        return null;
    }

    string Fresh(string name)
    {
        var dir = Path.Combine(_work, name);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        }
        catch (IOException) { /* a LibreOffice child still holding a file: the temp folder is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }
}
