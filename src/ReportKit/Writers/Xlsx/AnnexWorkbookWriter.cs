using System.Globalization;
using System.Text;
using ReportKit.Document;

namespace ReportKit.Writers.Xlsx;

/// <summary>
/// Writes the plan's annexes as a workbook (one sheet each) that a secretariat can keep editing:
/// numbers stay numbers (#,##0 / 0%), totals are live SUM formulas carrying their computed value
/// (viewers that do not calculate still show it), flagged cells (allocations that do not add up)
/// are shaded red. Laid out for print the way an annex is issued: Times New Roman, "Phụ lục" /
/// title / "(Kèm theo ...)" centred above the table, bordered cells, header rows bold, centred,
/// wrapped and repeated on every page, A4 landscape, one page wide, frozen panes, explicit column
/// widths.
/// SpreadsheetML is written directly (not through ClosedXML): a national batch writes thousands of
/// annexes, and building them through ClosedXML's style model cost ~9 ms each against ~1 ms here.
/// ClosedXML still reads workbooks (targets data) and, in the tests, evaluates these formulas.
/// </summary>
internal sealed class AnnexWorkbookWriter
{
    /// <summary>One sheet per annex that has a table (an annex of text only has nothing to put in a sheet).</summary>
    public void Write(IReadOnlyList<AnnexTable> annexes, DocumentInfo info, Stream output)
    {
        annexes = annexes.Where(a => a.HasTable).ToList();
        var styles = new CellStyles();
        var sheets = annexes.Select(a => new AnnexSheetXml(a, styles)).ToList();
        var sheetXml = sheets.Select(s => s.Build()).ToList();
        var names = annexes.Select(SheetName).ToList();

        using var zip = new ZipParts(output);
        zip.AddShared("[Content_Types].xml", ContentTypes(sheets.Count));
        zip.AddShared("_rels/.rels", ZipParts.XmlDeclaration +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
            "</Relationships>");
        zip.AddShared("docProps/app.xml", ZipParts.XmlDeclaration +
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>ReportKit</Application></Properties>");
        zip.Add("docProps/core.xml", ZipParts.CoreProperties(info.Title, info.Author, info.Created));
        zip.AddShared("xl/workbook.xml", Workbook(names, sheets));
        zip.AddShared("xl/_rels/workbook.xml.rels", WorkbookRels(sheets.Count));
        zip.AddShared("xl/styles.xml", styles.Xml());
        for (var i = 0; i < sheetXml.Count; i++) zip.Add($"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
    }

    /// <summary>"Phụ lục", "Phụ lục II": Excel allows 31 characters and no []:*?/\.</summary>
    static string SheetName(AnnexTable annex, int index)
    {
        var name = string.Concat(annex.Label.Where(c => !"[]:*?/\\".Contains(c))).Trim();
        if (name.Length == 0) name = $"Phụ lục {index + 1}";
        return name.Length > 31 ? name[..31] : name;
    }

    static string ContentTypes(int sheets)
    {
        var sb = new StringBuilder(ZipParts.XmlDeclaration);
        sb.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        sb.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        sb.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        sb.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        sb.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= sheets; i++)
            sb.Append($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        sb.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        sb.Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        return sb.Append("</Types>").ToString();
    }

    static string Workbook(IReadOnlyList<string> names, IReadOnlyList<AnnexSheetXml> sheets)
    {
        var sb = new StringBuilder(ZipParts.XmlDeclaration);
        sb.Append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        sb.Append("<bookViews><workbookView/></bookViews><sheets>");
        for (var i = 0; i < names.Count; i++)
            sb.Append($"<sheet name=\"{ZipParts.Escape(names[i])}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
        sb.Append("</sheets>");
        // Print titles as absolute rows ($5:$7), the way Excel saves them; LibreOffice ignores relative ones.
        var titles = sheets.Select((s, i) => (s.PrintTitleRows, i)).Where(t => t.PrintTitleRows is not null).ToList();
        if (titles.Count > 0)
        {
            sb.Append("<definedNames>");
            foreach (var ((first, last), i) in titles.Select(t => (t.PrintTitleRows!.Value, t.i)))
                sb.Append($"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">'{ZipParts.Escape(names[i].Replace("'", "''"))}'!${first}:${last}</definedName>");
            sb.Append("</definedNames>");
        }
        // Excel and Calc recalculate on load; the cached totals are for viewers that do not.
        return sb.Append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>").ToString();
    }

    static string WorkbookRels(int sheets)
    {
        var sb = new StringBuilder(ZipParts.XmlDeclaration);
        sb.Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= sheets; i++)
            sb.Append($"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
        sb.Append($"<Relationship Id=\"rId{sheets + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return sb.Append("</Relationships>").ToString();
    }
}
