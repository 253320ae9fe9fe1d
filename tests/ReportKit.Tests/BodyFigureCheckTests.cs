using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// The body and the annex must never disagree: a figure printed next to a target's words that
/// differs from the target's figure is a located warning; everything else that looks like a
/// number (dates, document numbers, years, ordinals, counts of other things) is left alone.
/// </summary>
public class BodyFigureCheckTests
{
    const string Targets = """
        chi_tieu:
          - ma: thoat_ngheo
            noi_dung: Hộ có phụ nữ thoát nghèo
            don_vi_tinh: hộ
            chi_tieu: 161
          - ma: thoat_can_ngheo
            noi_dung: Hộ có phụ nữ thoát cận nghèo
            don_vi_tinh: hộ
            chi_tieu: 120
          - ma: hoi_vien_moi
            noi_dung: Hội viên tăng thêm
            don_vi_tinh: hội viên
            chi_tieu: 1300
          - ma: chi_hoi_truong
            noi_dung: Chi hội trưởng được tập huấn nghiệp vụ công tác Hội
            don_vi_tinh: "%"
            chi_tieu: 60%
            tong_hop: rate
          - ma: suy_dinh_duong
            noi_dung: Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi
            don_vi_tinh: "%"
            chi_tieu: dưới 8,5%
            tong_hop: none
          - ma: mo_hinh
            noi_dung: Mô hình tập hợp phụ nữ ở mỗi cơ sở Hội
            don_vi_tinh: mô hình
            chi_tieu: ít nhất 01
            tong_hop: norm
          - ma: bhyt
            noi_dung: Hội viên tham gia bảo hiểm y tế
            don_vi_tinh: "%"
            chi_tieu: 95%
            tong_hop: rate
          - ma: thuy_san
            noi_dung: Hộ nuôi thuỷ sản được hỗ trợ vốn
            don_vi_tinh: hộ
            chi_tieu: 40
        """;

    /// <summary>Renders a plan with the targets above and this body; returns its warnings.</summary>
    static List<Diagnostic> WarningsFor(params string[] bodyLines)
    {
        using var dir = new Repo.TempDir();
        var body = string.Join("\n", bodyLines.Select(l => "  " + l));
        var yaml = Plans.Minimal.Replace("""
            noi_dung: |
              # Mục đích, yêu cầu
              - Quán triệt đến cán bộ, hội viên.
              # Tổ chức thực hiện
              - Các cấp Hội triển khai.
            """, "noi_dung: |\n" + body) + "\n" + Targets;
        var path = dir.File("ke-hoach.yaml", yaml);
        var warnings = new List<Diagnostic>();
        new PlanRenderer(Repo.Templates).Prepare(path, new RenderOptions(), warnings);
        return warnings;
    }

    [Fact]
    public void A_hand_typed_figure_that_differs_from_its_target_is_a_warning_naming_the_paragraph_both_figures_and_both_places()
    {
        var w = Assert.Single(WarningsFor(
            "# Chỉ tiêu",
            "- Các cấp Hội toàn tỉnh giúp được ít nhất 150 hộ có phụ nữ thoát nghèo."));
        Assert.Equal(Severity.Warning, w.Severity);
        // "150" stands at line 16, column 45 of the plan file; the target's 161 at line 30, column 15.
        Assert.Equal("ke-hoach.yaml:16:45: warning: §I \"Các cấp Hội toàn tỉnh giúp được ít…\": the body says 150 hộ, " +
                     "but thoat_ngheo (\"Hộ có phụ nữ thoát nghèo\", ke-hoach.yaml:30:15) is 161 hộ in this plan's targets; " +
                     "print it from the data, {{ ct.thoat_ngheo.hien_thi }}, so the body and the annex agree", w.ToString());
    }

    [Fact]
    public void Figures_printed_from_the_data_agree_by_construction()
    {
        Assert.Empty(WarningsFor(
            "# Chỉ tiêu",
            "- Giúp {{ ct.thoat_ngheo.hien_thi }} hộ có phụ nữ thoát nghèo, {{ ct.thoat_can_ngheo.hien_thi }} hộ có phụ nữ thoát cận nghèo.",
            "- Toàn tỉnh tăng thêm {{ ct.hoi_vien_moi.hien_thi }} hội viên; {{ ct.chi_hoi_truong.hien_thi }} chi hội trưởng được tập huấn nghiệp vụ công tác Hội.",
            "{{ for t in chi_tieu }}",
            "- {{ t.noi_dung }}: {{ t.hien_thi }} {{ t.don_vi_tinh }}.",
            "{{ end }}"));
    }

    [Fact]
    public void Vietnamese_number_forms_are_read_as_Vietnamese_write_them()
    {
        Assert.Empty(WarningsFor(
            "- Toàn tỉnh tăng thêm 1.300 hội viên.",
            "- Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi dưới 8,5%.",
            "- Mỗi cơ sở Hội có ít nhất 01 mô hình tập hợp phụ nữ.",
            "- 60 % chi hội trưởng được tập huấn nghiệp vụ công tác Hội."));
        var w = WarningsFor(
            "- Toàn tỉnh tăng thêm 1.200 hội viên.",
            "- Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi dưới 9,5%.",
            "- Mỗi cơ sở Hội có ít nhất 02 mô hình tập hợp phụ nữ.");
        Assert.Equal(3, w.Count);
        Assert.Contains("the body says 1.200 hội viên, but hoi_vien_moi", w[0].Message);
        Assert.Contains("the body says 9,5%, but suy_dinh_duong", w[1].Message);
        Assert.Contains("is dưới 8,5% in this plan's targets", w[1].Message);
        Assert.Contains("the body says 02 mô hình, but mo_hinh", w[2].Message);
    }

    [Fact]
    public void Each_figure_of_a_list_is_read_with_its_own_words()
    {
        Assert.Empty(WarningsFor("- Giúp 161 hộ có phụ nữ thoát nghèo, 120 hộ có phụ nữ thoát cận nghèo."));
        var w = Assert.Single(WarningsFor("- Giúp 161 hộ có phụ nữ thoát nghèo, 161 hộ có phụ nữ thoát cận nghèo."));
        Assert.Contains("the body says 161 hộ, but thoat_can_ngheo", w.Message);
        Assert.Equal("15:40", w.Location);
    }

    [Fact]
    public void Dates_document_numbers_years_ordinals_fractions_and_counts_of_other_things_are_not_target_figures()
    {
        Assert.Empty(WarningsFor(
            "# Chỉ tiêu",
            "- Thực hiện Chương trình hành động số 08-CTr/TU ngày 21/12/2020 và Đề án 938 của Chính phủ về hỗ trợ hộ có phụ nữ thoát nghèo giai đoạn 2022 - 2027; Dự án 8 về hộ nghèo.",
            "- Ngày Gia đình Việt Nam 28/6; Tháng hành động vì bình đẳng giới (15/11-15/12); năm 2024 giúp hộ thoát nghèo.",
            "- Phấn đấu giảm 05/17 cơ sở Hội có tỷ lệ tập hợp dưới 60% phụ nữ có mặt tại địa bàn.",
            "- Mỗi cơ sở Hội hỗ trợ thêm 05 hộ gia đình đạt tiêu chí “5 không, 3 sạch”; 100% cán bộ Hội chuyên trách được tập huấn nghiệp vụ công tác Hội.",
            "- Đại hội lần thứ 3 của chi hội; tuần thứ 3 tháng 9; (1) hội viên tăng thêm, (2) hộ thoát nghèo.",
            "- Kỷ niệm 94 năm thành lập Hội; 80% phụ nữ, trẻ em gái là nạn nhân của bạo lực gia đình được hỗ trợ."));
    }

    [Fact]
    public void Abbreviations_and_tone_mark_styles_do_not_hide_a_target()
    {
        var w = WarningsFor(
            "- Phấn đấu 90% hội viên tham gia BHYT.",
            "- Hỗ trợ vốn cho 35 hộ nuôi thủy sản.");
        Assert.Equal(2, w.Count);
        Assert.Contains("the body says 90%, but bhyt", w[0].Message);
        Assert.Contains("the body says 35 hộ, but thuy_san", w[1].Message);
    }

    [Fact]
    public void Strict_makes_the_warnings_errors_and_nothing_is_written()
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("ke-hoach.yaml", Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Toàn tỉnh tăng thêm 1.200 hội viên.") + "\n" + Targets);
        var ex = Assert.Throws<ReportKitException>(() => new PlanRenderer(Repo.Templates).Render(path, Path.Combine(dir.Path, "out"), new RenderOptions(Strict: true)));
        Assert.All(ex.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains("the body says 1.200 hội viên", Assert.Single(ex.Diagnostics).Message);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));

        Cli.RunBoth(dir.Path, "render", path, "-o", "out", "-t", Repo.Templates, "--strict").Exit(1)
            .Stderr("lỗi: ke-hoach.yaml:", "error: ke-hoach.yaml:").Stderr("nội dung ghi 1.200 hội viên", "the body says 1.200 hội viên");
        Cli.RunBoth(dir.Path, "render", path, "-o", "out", "-t", Repo.Templates).Exit(0).Stderr(": cảnh báo: ", ": warning: ");
    }

    public static IEnumerable<object[]> Examples() => Repo.ExampleNames();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_bundled_example_renders_without_a_figure_warning(string example)
    {
        var (plan, document, _) = new PlanRenderer(Repo.Templates).Prepare(Repo.Example(example));
        Assert.Empty(Checks.BodyFigureCheck.Check(plan, document.Body));
    }
}
