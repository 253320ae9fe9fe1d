using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Writers.Pdf;

namespace ReportGen;

/// <summary>--pdf and --pdf-a, shared by render and batch so their help reads the same.</summary>
static class PdfOptions
{
    /// <param name="pdfDescription">The --pdf help: what the command writes and how a failure ends.</param>
    public static (Option<bool> Pdf, Option<bool> PdfA) Create(string pdfDescription) => (
        new Option<bool>("--pdf") { Description = pdfDescription },
        new Option<bool>("--pdf-a")
        {
            Description = CliMessages.PdfAOption,
        });

    public static PdfFlavor? Flavor(ParseResult parse, Option<bool> pdf, Option<bool> pdfA) =>
        parse.GetValue(pdfA) ? PdfFlavor.PdfA2b : parse.GetValue(pdf) ? PdfFlavor.Pdf : null;
}
