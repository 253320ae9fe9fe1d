using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportKit.Writers.Xlsx;

/// <summary>
/// ClosedXML 0.95 writes print titles as relative rows ('Phụ lục'!5:8); Excel accepts that but
/// LibreOffice ignores it and prints the header on the first page only. Rewrites them absolute
/// ('Phụ lục'!$5:$8), as Excel itself saves them.
/// </summary>
static class PrintTitles
{
    static readonly Regex Relative = new(@"(name=""_xlnm\.Print_Titles""[^>]*>[^<]*!)(\d+):(\d+)<", RegexOptions.CultureInvariant);

    public static MemoryStream MakeAbsolute(Stream package)
    {
        var copy = new MemoryStream();
        package.CopyTo(copy);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/workbook.xml");
            if (entry is not null)
            {
                string xml;
                using (var r = new StreamReader(entry.Open(), Encoding.UTF8)) xml = r.ReadToEnd();
                var fixedXml = Relative.Replace(xml, "$1$$$2:$$$3<");
                if (fixedXml != xml)
                {
                    entry.Delete();
                    using var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open(), new UTF8Encoding(false));
                    w.Write(fixedXml);
                }
            }
        }
        copy.Position = 0;
        return copy;
    }
}
