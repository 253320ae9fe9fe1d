using ReportKit.Import;
using ReportKit.Tests.Support;
using static ReportKit.Tests.Support.WordFixture;

namespace ReportKit.Tests;

/// <summary>The number Word shows before a list paragraph, computed from numbering.xml as Word computes it.</summary>
public class WordNumberingTests
{
    const string Numbering =
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.%3.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%4)\"/></w:lvl>"
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"5\"/><w:numFmt w:val=\"decimalZero\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"2\"><w:styleLink w:val=\"MucLon\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1-\"/><w:pStyle w:val=\"MucLon\"/></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
        + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>";

    [Fact]
    public void Labels_follow_levels_restarts_formats_and_style_linked_lists()
    {
        var d = new WordFixture
        {
            NumberingXml = Numbering,
            ExtraStyles = "<w:style w:type=\"paragraph\" w:styleId=\"MucLon\"><w:name w:val=\"Muc lon\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>",
        };
        var f = Fmt.Body;
        string P(string text, int numId, int level) => d.P(d.R(text, f), num: (numId, level));
        d.Add(P("Mục một", 1, 0)).Add(P("Khoản", 1, 1)).Add(P("Điểm con", 1, 2)).Add(P("Điểm con hai", 1, 2)).Add(P("Ý", 1, 3))
         .Add(P("Khoản hai", 1, 1)).Add(P("Điểm con mới", 1, 2)).Add(P("Mục hai", 1, 0)).Add(P("Khoản mới", 1, 1))
         .Add(P("Danh sách khác bắt đầu lại", 2, 0))
         .Add(P("Số có số 0", 3, 0)).Add(P("Số có số 0 tiếp", 3, 0))
         .Add(d.P(d.R("Đề mục theo kiểu", f), style: "MucLon")).Add(d.P(d.R("Đề mục thứ hai", f), style: "MucLon"));
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "danh-so.docx");
        d.Save(path, Section());
        var labels = DocumentImporter.Read(path).AllParagraphs().Select(p => p.ListLabel).ToList();
        Assert.Equal(["I.", "1.", "1.1.", "1.2.", "a)", "2.", "2.1.", "II.", "1.", "I.", "05.", "06.", "I-", "II-"], labels);
    }
}
