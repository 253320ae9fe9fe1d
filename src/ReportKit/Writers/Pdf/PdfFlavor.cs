namespace ReportKit.Writers.Pdf;

/// <summary>Which PDF to write: an ordinary one for reading and signing, or PDF/A-2b for archiving (lưu trữ).</summary>
internal enum PdfFlavor
{
    /// <summary>render --pdf</summary>
    Pdf,

    /// <summary>render --pdf-a: PDF/A-2b (ISO 19005-2, level B): fonts embedded, colours defined, XMP metadata.</summary>
    PdfA2b,
}
