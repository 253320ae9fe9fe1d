using ReportKit.Diagnostics;
using ReportKit.External.LibreOffice;
using ReportKit.Localization;

namespace ReportKit.Import.Docx;

/// <summary>
/// Reads an old Word 97–2003 .doc (or .rtf, .odt) by having LibreOffice save it as .docx, then
/// reading that: in a private temporary folder with a private LibreOffice profile (the shared
/// runner, <see cref="SofficeProcess"/>, which the PDF writer uses too), removed afterwards.
/// </summary>
static class OldDocumentReader
{
    /// <summary>A document of a few hundred pages converts in seconds; a hung LibreOffice is stopped.</summary>
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static SourceDocument Read(string path)
    {
        string soffice;
        try { soffice = SofficeLocator.Locate(SofficeUse.OldDocument); }
        catch (ReportKitException ex) { throw Fail(path, ex.Diagnostics[0].Message); }
        var work = Path.Combine(Path.GetTempPath(), "reportkit-doc-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(output);
        try
        {
            var run = SofficeProcess.Run(soffice, Path.Combine(work, "profile"),
                ["--convert-to", "docx:MS Word 2007 XML", "--outdir", output, Path.GetFullPath(path)], Timeout);
            var converted = Path.Combine(output, Path.GetFileNameWithoutExtension(path) + ".docx");
            if (run.Failed || !File.Exists(converted))
                throw Fail(path, run.Failed
                    ? UiLanguage.Format(ImportMessages.LibreOfficeConversionFailed, run.Problem)
                    : ImportMessages.LibreOfficeNoOutput);
            return DocxReader.Read(converted) with { Path = path };
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static ReportKitException Fail(string path, string message) => new(new Diagnostic(Severity.Error, path, null, message));
}
