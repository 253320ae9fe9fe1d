using System.IO.Compression;
using System.Security;
using System.Text;

namespace ReportKit.Writers;

/// <summary>
/// Writes an OPC package (DOCX, XLSX) part by part straight into a zip, in the order given and
/// stamped 1980-01-01 as Word and Excel do: deterministic by construction, and without
/// System.IO.Packaging's extra pass (which was most of a batch item's cost).
/// </summary>
sealed class ZipParts : IDisposable
{
    static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly UTF8Encoding Utf8 = new(false);
    readonly ZipArchive _zip;

    public ZipParts(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    public void Add(string name, string xml)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Epoch;
        using var s = entry.Open();
        var bytes = Utf8.GetBytes(xml);
        s.Write(bytes);
    }

    /// <summary>
    /// A part built in a StringBuilder, encoded to UTF-8 into a pooled buffer: a document's body
    /// (100 K characters and more) never becomes one string and one byte array, each large enough
    /// for the large-object heap, whose collections are full ones. The bytes go to the compressor
    /// in one write, as <see cref="Add(string, string)"/> does: zlib's output depends on how its
    /// input is cut, and the package must stay byte for byte the same.
    /// </summary>
    public void Add(string name, StringBuilder xml)
    {
        var encoder = Utf8.GetEncoder();
        var size = 0;
        foreach (var chunk in xml.GetChunks()) size += encoder.GetByteCount(chunk.Span, flush: false);
        size += encoder.GetByteCount(ReadOnlySpan<char>.Empty, flush: true);
        encoder.Reset();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            foreach (var chunk in xml.GetChunks()) written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            written += encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer.AsSpan(written), flush: true);
            var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = Epoch;
            using var s = entry.Open();
            s.Write(buffer, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _zip.Dispose();

    public const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /// <summary>docProps/core.xml from the plan's data (never the clock).</summary>
    public static string CoreProperties(string? title, string? author, DateTime created)
    {
        var when = created.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return XmlDeclaration +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{Escape(title)}</dc:title><dc:creator>{Escape(author)}</dc:creator><cp:lastModifiedBy>ReportKit</cp:lastModifiedBy>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>";
    }

    public static string Escape(string? text) => SecurityElement.Escape(text ?? "");
}
