using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace ReportKit.Writers.Xlsx;

/// <summary>
/// Two fixes to what ClosedXML 0.95 saves, applied before <see cref="DeterministicPackage"/>:
/// print titles are written as relative rows ('Phụ lục'!5:8), which Excel accepts but LibreOffice
/// ignores (the header then prints on the first page only), so they are made absolute ($5:$8) as
/// Excel itself saves them; and the core properties go to System.IO.Packaging's random-named part
/// (dropped for determinism), so they are written to docProps/core.xml from the plan's data.
/// </summary>
static class XlsxPackage
{
    static readonly Regex RelativeTitles = new(@"(name=""_xlnm\.Print_Titles""[^>]*>[^<]*!)(\d+):(\d+)<", RegexOptions.CultureInvariant);

    public static MemoryStream Finish(Stream saved, string? title, string? author, DateTime created)
    {
        var copy = new MemoryStream();
        saved.CopyTo(copy);
        copy.Position = 0;
        using (var doc = SpreadsheetDocument.Open(copy, true))
        {
            var workbook = doc.WorkbookPart!;
            string xml;
            using (var r = new StreamReader(workbook.GetStream(FileMode.Open, FileAccess.Read), Encoding.UTF8)) xml = r.ReadToEnd();
            var fixedXml = RelativeTitles.Replace(xml, "$1$$$2:$$$3<");
            if (fixedXml != xml)
            {
                using var w = new StreamWriter(workbook.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(false));
                w.Write(fixedXml);
            }
            if (doc.CoreFilePropertiesPart is { } old) doc.DeletePart(old);
            var core = doc.AddCoreFilePropertiesPart();
            var when = created.ToString("yyyy-MM-ddTHH:mm:ssZ");
            using var cw = new StreamWriter(core.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(false));
            cw.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{SecurityElement.Escape(title ?? "")}</dc:title><dc:creator>{SecurityElement.Escape(author ?? "")}</dc:creator><cp:lastModifiedBy>ReportKit</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>""");
        }
        copy.Position = 0;
        return copy;
    }
}
