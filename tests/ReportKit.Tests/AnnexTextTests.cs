using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// Annexes that are text (what to propagate, the slogans) and annexes with text above their table:
/// written as the body is, laid out as the body is, closed with "./.", and in the workbook only
/// when they have a table.
/// </summary>
public class AnnexTextTests
{
    const string Head = """
        the_thuc: hoi
        co_quan: { chu_quan: Hội LHPN tỉnh Khánh Hòa, ban_hanh: Ban Thường vụ }
        so: 12
        ky_hieu: KH-BTV
        dia_danh: Khánh Hòa
        ngay: 05/03/2025
        trich_yeu: Tuyên truyền năm 2025
        noi_dung: |
          # Nội dung
          - Tuyên truyền theo Phụ lục kèm theo.
        noi_nhan: [Trung ương Hội]
        nguoi_ky: { quyen_han: TM. BAN THƯỜNG VỤ, chuc_vu: Chủ tịch, ho_ten: Nguyễn Thị Hoa }

        """;

    static Plan? Load(string phuLuc, DiagnosticBag bag) => PlanLoader.Parse(Head + phuLuc, "ke-hoach.yaml", bag);

    [Fact]
    public void An_annex_with_text_and_no_columns_is_an_annex_of_text()
    {
        var bag = new DiagnosticBag();
        var plan = Load("""
            phu_luc:
              - tieu_de: Nội dung tuyên truyền
                noi_dung: |
                  # Về truyền thống
                  - Lịch sử 95 năm của Hội.
              - loai: van_ban
                tieu_de: Khẩu hiệu
                noi_dung: "1. Nhiệt liệt chào mừng Ngày Quốc tế Phụ nữ 8/3!"
            """, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.All(plan!.Annexes!, a => Assert.IsType<TextAnnexSpec>(a));
        Assert.StartsWith("# Về truyền thống", plan.Annexes![0].Content!.Text);
    }

    [Theory]
    [InlineData("phu_luc:\n  - loai: van_ban\n    tieu_de: Khẩu hiệu\n", "ke-hoach.yaml:14:11: phu_luc[]: a text annex needs its text under noi_dung")]
    [InlineData("phu_luc:\n  - tieu_de: Danh mục\n    cot: []\n", "phu_luc[].cot: list the table's columns ({ten, ma, rong, can, loai}), or write the annex's text under noi_dung")]
    [InlineData("phu_luc:\n  - loai: vanban\n    noi_dung: Chữ\n", "is not an annex kind (bang: a table written here or in a workbook; chi_tieu: the plan's targets; van_ban: text only, under noi_dung)")]
    public void A_text_annex_written_wrong_is_refused_where_it_is_written(string phuLuc, string message)
    {
        var bag = new DiagnosticBag();
        Load(phuLuc, bag);
        Assert.Contains(bag.Items, d => d.Severity == Severity.Error && d.ToString().Contains(message));
    }

    /// <summary>The example's three annexes: two of text, one with a sentence above its table; only that one is a sheet.</summary>
    [Fact]
    public void Text_annexes_print_as_the_body_does_and_only_a_table_is_a_sheet()
    {
        using var dir = new Repo.TempDir();
        var result = new PlanRenderer().Render(Repo.Example("nha-trang-tuyen-truyen-2026"), dir.Path);
        using (var wb = new XLWorkbook(result.Files.Single(f => f.EndsWith(".phu-luc.xlsx"))))
            Assert.Equal(["Phụ lục 3"], wb.Worksheets.Select(w => w.Name));

        using var doc = WordprocessingDocument.Open(result.DocxPath, false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => DocxText.Plain(p)).ToList();
        var first = paragraphs.IndexOf("Phụ lục 1");
        Assert.Equal("NỘI DUNG TUYÊN TRUYỀN", paragraphs[first + 1]);
        // The annex's own headings are numbered afresh, in capitals as the body's Mục are.
        Assert.Equal("I. TRUYỀN THỐNG VẺ VANG CỦA ĐẢNG", paragraphs.Skip(first).First(p => p.StartsWith("I.")));
        var second = paragraphs.IndexOf("Phụ lục 2");
        var third = paragraphs.IndexOf("Phụ lục 3");
        // Each text ends with "./." as the body does (after the last slogan's "!"); the empty paragraph between is the section break.
        Assert.EndsWith("phong cách Hồ Chí Minh ở các khu dân cư./.", paragraphs[second - 2]);
        Assert.EndsWith("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!./.", paragraphs[third - 2]);
        Assert.StartsWith("Các chi bộ, đoàn thể chủ động phối hợp", paragraphs.Skip(third).First(p => p.StartsWith("Các chi bộ")));
    }

    [Fact]
    public void A_plan_whose_only_annex_is_text_writes_no_workbook_and_a_table_ending_its_text_gets_the_end_mark_under_it()
    {
        using var dir = new Repo.TempDir();
        var plan = Path.Combine(dir.Path, "ke-hoach.yaml");
        File.WriteAllText(plan, Head + """
            phu_luc:
              - tieu_de: Lịch tuyên truyền
                noi_dung: |
                  Lịch cụ thể như sau:

                  | TT | Nội dung | Thời gian |
                  |:--:|---|:--:|
                  | 1 | Treo băng rôn | Tháng 3 |
            """);
        var result = new PlanRenderer(Repo.Templates).Render(plan, Path.Combine(dir.Path, "out"));
        Assert.Equal([result.DocxPath], result.Files);
        using var doc = WordprocessingDocument.Open(result.DocxPath, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var last = body.Elements<Table>().Last();
        var after = last.ElementsAfter().OfType<Paragraph>().First();
        Assert.Equal("./.", DocxText.Plain(after));
        Assert.Equal(JustificationValues.Right, after.ParagraphProperties!.Justification!.Val!.Value);
    }
}
