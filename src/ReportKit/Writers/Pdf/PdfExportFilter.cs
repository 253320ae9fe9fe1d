namespace ReportKit.Writers.Pdf;

/// <summary>
/// The --convert-to argument that asks LibreOffice Writer for each <see cref="PdfFlavor"/>.
/// PDF/A uses the JSON form of the writer_pdf_Export filter options (LibreOffice 7.4 and newer);
/// an older LibreOffice ignores them and writes a plain PDF, which <see cref="IsPdfA2b"/> catches.
/// </summary>
static class PdfExportFilter
{
    public static string ConvertTo(PdfFlavor flavor) => flavor switch
    {
        PdfFlavor.PdfA2b => """pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}""",
        _ => "pdf:writer_pdf_Export",
    };

    /// <summary>Whether the file's XMP metadata declares PDF/A-2b (pdfaid:part 2, conformance B).</summary>
    public static bool IsPdfA2b(ReadOnlySpan<byte> pdf) =>
        (pdf.IndexOf("<pdfaid:part>2</pdfaid:part>"u8) >= 0 || pdf.IndexOf("pdfaid:part=\"2\""u8) >= 0)
        && (pdf.IndexOf("<pdfaid:conformance>B</pdfaid:conformance>"u8) >= 0 || pdf.IndexOf("pdfaid:conformance=\"B\""u8) >= 0);
}
