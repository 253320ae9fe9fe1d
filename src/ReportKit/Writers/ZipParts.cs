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
