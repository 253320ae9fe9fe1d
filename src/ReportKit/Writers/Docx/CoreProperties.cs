using System.Security;
using DocumentFormat.OpenXml.Packaging;
using ReportKit.Document;

namespace ReportKit.Writers.Docx;

/// <summary>docProps/core.xml written from the plan's data (not the clock), so reruns are byte-identical.</summary>
static class CoreProperties
{
    public static void Write(WordprocessingDocument package, DocumentInfo info)
    {
        var part = package.AddCoreFilePropertiesPart();
        var when = info.Created.ToString("yyyy-MM-ddTHH:mm:ssZ");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{SecurityElement.Escape(info.Title)}</dc:title><dc:creator>{SecurityElement.Escape(info.Author)}</dc:creator><cp:lastModifiedBy>ReportKit</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>
            """;
        using var stream = part.GetStream(FileMode.Create);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(xml);
    }
}
