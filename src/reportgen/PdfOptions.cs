using System.CommandLine;
using ReportKit.Writers.Pdf;

namespace ReportGen;

/// <summary>--pdf and --pdf-a, shared by render and batch so their help reads the same.</summary>
static class PdfOptions
{
    /// <param name="where">Where the PDF goes, for the help text.</param>
    public static (Option<bool> Pdf, Option<bool> PdfA) Create(string where) => (
        new Option<bool>("--pdf")
        {
            Description = $"Also write a PDF ({where}) through LibreOffice, which must be installed (found on PATH, in its usual install folder, or through REPORTKIT_SOFFICE).",
        },
        new Option<bool>("--pdf-a")
        {
            Description = "As --pdf, but PDF/A-2b for archiving (fonts embedded, XMP metadata); needs LibreOffice 7.4 or newer.",
        });

    public static PdfFlavor? Flavor(ParseResult parse, Option<bool> pdf, Option<bool> pdfA) =>
        parse.GetValue(pdfA) ? PdfFlavor.PdfA2b : parse.GetValue(pdf) ? PdfFlavor.Pdf : null;
}
