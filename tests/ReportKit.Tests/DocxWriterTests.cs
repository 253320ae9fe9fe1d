using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Layout decisions of the DOCX writer, read back through the dump.</summary>
public class DocxWriterTests
{
    static string Dump(string yaml)
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File("ke-hoach.yaml", yaml);
        var result = new PlanRenderer(Repo.Templates).Render(plan, dir.Path);
        using var stream = File.OpenRead(result.DocxPath);
        return DocxDump.Dump(stream);
    }

    [Fact]
    public void A_heading_with_a_bold_title_keeps_its_running_text_regular()
    {
        var dump = Dump(Plans.Minimal.Replace("# Tổ chức thực hiện", "## **Thời gian hoàn thành:** Trong quý III/2022"));
        Assert.Contains("«1. Thời gian hoàn thành:» Times New Roman 14 bold", dump);
        Assert.Contains("« Trong quý III/2022» Times New Roman 14\n", dump);
    }

    [Fact]
    public void A_draft_keeps_blanks_for_number_and_date()
    {
        var dump = Dump(Plans.Minimal.Replace("so: 5\n", "").Replace("ngay: 08/06/2021", "nam: 2024"));
        Assert.Contains("«Số:       /KH‑BTV» Times New Roman 13", dump);
        Assert.Contains("«Khánh Hòa, ngày      tháng      năm⍽2024» Times New Roman 14 italic", dump);
    }

    [Fact]
    public void Numbers_below_ten_get_a_leading_zero() =>
        Assert.Contains("«Số:⍽05/KH‑BTV»", Dump(Plans.Minimal));

    [Fact]
    public void Noi_nhan_lines_are_punctuated_and_end_with_the_archive_line()
    {
        var dump = Dump(Plans.Minimal);
        Assert.Contains("«Nơi nhận:» Times New Roman 12 bold italic", dump);
        Assert.Contains("«- Thường trực Tỉnh ủy;» Times New Roman 11", dump);
        Assert.Contains("«- Trung ương Hội (để báo cáo);» Times New Roman 11", dump);
        Assert.Contains("«- Lưu: VT, TC.» Times New Roman 11", dump);
    }

    [Fact]
    public void The_closing_paragraph_keeps_with_the_signature_block()
    {
        var dump = Dump(Plans.Minimal).Split('\n');
        var closing = Array.FindIndex(dump, l => l.Contains("Trên đây là Kế hoạch"));
        Assert.Contains("keepNext", dump[closing - 1]);
        Assert.Contains("./.»", dump[closing]);
        Assert.StartsWith("table ", dump[closing + 1]);
        Assert.Contains("cantSplit", dump[closing + 2]);
    }

    [Fact]
    public void Page_numbers_are_in_the_header_and_hidden_on_page_one()
    {
        var dump = Dump(Plans.Minimal);
        Assert.Contains("first-page header differs", dump);
        Assert.Contains("header (default):\n  ¶ Header · center", dump);
        Assert.Contains("«{PAGE}» Times New Roman 14", dump);
    }

    [Fact]
    public void A_deputy_signs_under_a_multi_line_authority_block()
    {
        var dump = Dump(Plans.Minimal.Replace("  quyen_han: TM. BAN THƯỜNG VỤ\n  chuc_vu: Chủ tịch", "  quyen_han: [TM. BAN THƯỜNG VỤ, KT. Chủ tịch]\n  chuc_vu: Phó Chủ tịch"));
        var lines = dump.Split('\n');
        var tm = Array.FindIndex(lines, l => l.Contains("«TM. BAN THƯỜNG VỤ» Times New Roman 14 bold"));
        Assert.True(tm > 0, dump);
        Assert.Contains("«KT. CHỦ TỊCH» Times New Roman 14 bold", lines[tm + 2]);
        Assert.Contains("«PHÓ CHỦ TỊCH» Times New Roman 14 bold", lines[tm + 4]);
    }
}
