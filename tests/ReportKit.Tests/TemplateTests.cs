using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>The template stage: strict variables and members, errors at template or plan file:line:column.</summary>
public class TemplateTests
{
    static string Markdown(string yaml, string? template = null)
    {
        using var dir = new Repo.TempDir();
        if (template is not null) dir.File("mau-rieng.sbn", template);
        var plan = dir.File("ke-hoach.yaml", template is null ? yaml : "mau: mau-rieng.sbn\n" + yaml);
        var renderer = new PlanRenderer(Repo.Templates);
        var (_, document, _) = renderer.Prepare(plan);
        return string.Join("\n", document.Body.Select(b => b switch
        {
            Document.BodyParagraph p => Document.Inlines.PlainText(p.Inlines),
            Document.Heading h => h.Marker + " " + Document.Inlines.PlainText(h.Inlines),
            Document.DashItem d => d.Bullet + " " + Document.Inlines.PlainText(d.Inlines),
            _ => b.GetType().Name,
        }));
    }

    static List<string> Errors(string yaml, string? template = null)
    {
        var ex = Assert.Throws<ReportKitException>(() => Markdown(yaml, template));
        return ex.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void The_default_template_frames_the_body_with_opening_and_closing()
    {
        var text = Markdown(Plans.Minimal);
        Assert.Equal("""
            Thực hiện Chương trình công tác năm 2021 của Trung ương Hội, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            - Quán triệt đến cán bộ, hội viên.
            II. TỔ CHỨC THỰC HIỆN
            - Các cấp Hội triển khai.
            Trên đây là Kế hoạch thực hiện công tác Hội năm 2021 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa./.
            """, text);
    }

    [Fact]
    public void The_body_can_use_template_functions()
    {
        var yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Báo cáo trước {{ ngay_nd30 ngay }}; {{ dinh_dang_so 2700 }} hộ; {{ phan_tram 8.5 }}; {{ bang_chu 1005 }}; phần {{ la_ma 4 }}.");
        Assert.Contains("- Báo cáo trước ngày 08 tháng 6 năm 2021; 2.700 hộ; 8,5%; một nghìn không trăm linh năm; phần IV.", Markdown(yaml));
    }

    [Fact]
    public void Scriban_built_in_objects_are_at_hand_in_the_body()
    {
        var yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- {{ \"hội\" | string.upcase }} {{ [3, 1, 2] | array.sort | array.join \",\" }} {{ math.round 2.6 }} {{ date.parse \"2021-06-08\" | date.to_string \"%d/%m\" }} {{ regex.replace \"a-b\" \"-\" \"+\" }} {{ object.typeof 1 }}.");
        Assert.Contains("- HỘI 1,2,3 3 08/06 a+b number.", Markdown(yaml));
    }

    [Fact]
    public void A_plan_that_changes_a_built_in_changes_it_for_itself_only()
    {
        // Each plan's built-ins are its own copies, however the batch shares the rest.
        var changed = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Năm {{ date.format = \"%Y\" }}{{ date.parse \"2021-06-08\" }}.");
        Assert.Contains("- Năm 2021.", Markdown(changed));
        var untouched = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- {{ date.parse \"2021-06-08\" }}.");
        Assert.Contains("- 08 Jun 2021.", Markdown(untouched));
        var shadowed = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Số {{ string = 1 }}{{ string }}.");
        Assert.Contains("- Số 1.", Markdown(shadowed));
        Assert.Contains("- HỘI.", Markdown(Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- {{ \"hội\" | string.upcase }}.")));
    }

    [Fact]
    public void An_undefined_variable_in_the_body_is_located_in_the_plan_file()
    {
        var yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Các cấp Hội triển khai {{ so_luong_hoi_vien }}.");
        var error = Assert.Single(Errors(yaml));
        Assert.Equal("ke-hoach.yaml:18:31: The variable or function `so_luong_hoi_vien` was not found", error);
    }

    [Fact]
    public void An_undefined_member_is_an_error_not_an_empty_string()
    {
        var error = Assert.Single(Errors(Plans.Minimal, "{{ co_quan.ten_viet_tat }}\n{{ noi_dung }}"));
        Assert.Matches(@"^mau-rieng\.sbn:1:\d+: .*ten_viet_tat", error);
    }

    [Fact]
    public void A_template_syntax_error_is_located_in_the_template()
    {
        var errors = Errors(Plans.Minimal, "dòng một\n{{ if mo_dau }\n");
        Assert.All(errors, e => Assert.StartsWith("mau-rieng.sbn:2:", e));
    }

    [Fact]
    public void Template_functions_take_piped_values_and_convert_their_arguments()
    {
        var yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- {{ \"hội viên\" | in_hoa }}, {{ \"7\" | so_02 }}, {{ co_quan.ban_hanh | thuong_dau }}, {{ ngay_nd30 null }}.");
        Assert.Contains("- HỘI VIÊN, 07, ban Thường vụ, ngày      tháng", Markdown(yaml));
    }

    [Fact]
    public void A_template_function_given_the_wrong_number_of_arguments_is_located_in_the_plan_file()
    {
        var yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Các cấp Hội triển khai {{ la_ma 1 2 }}.");
        var error = Assert.Single(Errors(yaml));
        Assert.Matches(@"^ke-hoach\.yaml:18:\d+: Invalid number of arguments `2` passed to `la_ma 1 2` while expecting `1` arguments", error);
        yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", "- Các cấp Hội triển khai {{ la_ma }}.");
        Assert.Matches(@"^ke-hoach\.yaml:18:\d+: .*arguments", Assert.Single(Errors(yaml)));
    }

    [Fact]
    public void A_plan_can_name_its_own_template()
    {
        var text = Markdown(Plans.Minimal, "Mở đầu riêng của {{ co_quan.ten_day_du }}.\n\n{{ noi_dung }}\n\nKết thúc.");
        Assert.StartsWith("Mở đầu riêng của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa.", text);
        Assert.EndsWith("Kết thúc./.", text);
    }
}
