using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Targets written in the plan itself (chi_tieu:, don_vi:, phu_luc:): values, rules and located errors.</summary>
public class TargetYamlTests
{
    static (Plan? Plan, List<string> Errors) Parse(string extra)
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Parse(Plans.Minimal + "\n" + extra, "ke-hoach.yaml", bag);
        return (plan, bag.Items.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Values_are_counts_decimals_percentages_or_text_passed_through()
    {
        var (plan, errors) = Parse("""
            don_vi: [Nha Trang, Cam Ranh]
            chi_tieu:
              - { ma: a, noi_dung: Hộ thoát nghèo, chi_tieu: 2700 }
              - { ma: b, noi_dung: Suy dinh dưỡng, chi_tieu: "8,5%", tong_hop: rate }
              - { ma: c, noi_dung: Qua đào tạo, chi_tieu: 80, tong_hop: rate }
              - { ma: d, noi_dung: Bao phủ, chi_tieu: ≥ 90%, tong_hop: none }
              - { ma: e, noi_dung: Mô hình, chi_tieu: 1-2 mô hình, tong_hop: norm }
            """);
        Assert.Empty(errors);
        var t = plan!.Targets!.Targets;
        Assert.Equal(TargetValue.Integer(2700), t[0].Value);
        Assert.Equal(TargetValue.Percent(8.5m), t[1].Value);
        Assert.Equal(TargetValue.Percent(80), t[2].Value); // a bare number under a rate is a percentage
        Assert.Equal(TargetValue.Of("≥ 90%"), t[3].Value);
        Assert.Equal(TargetValue.Of("1-2 mô hình"), t[4].Value);
        Assert.Equal(["Nha Trang", "Cam Ranh"], plan.Targets.Units.Select(u => u.Code));
    }

    [Fact]
    public void Bad_target_data_is_reported_at_its_line_and_column()
    {
        var (_, errors) = Parse("""
            phu_luc:
              bo_cuc: ngang
            don_vi:
              - { ma: NT, ten: Nha Trang }
            chi_tieu:
              - ma: a
                noi_dung: Hộ thoát nghèo
                chi_tieu: 2.700
              - ma: c
                noi_dung: Hộ thoát cận nghèo
                chi_tieu: 100
                phan_bo: { NTT: 100 }
              - ma: b
                noi_dung: Hội viên mới
                chi_tieu: nhiều
                tong_hop: cong_don
            """);
        Assert.Contains("ke-hoach.yaml:29:11: phu_luc.bo_cuc: \"ngang\" is not a layout (cot: one column per unit; dong: one row per unit; danh_sach: one row per target with chosen columns; auto)", errors);
        Assert.Contains("ke-hoach.yaml:35:15: chi_tieu[].chi_tieu: \"2.700\" is ambiguous: write 2700 for a count (no grouping dot) or 2,700 for a decimal", errors);
        Assert.Contains("ke-hoach.yaml:39:16: c: allocation to unknown unit \"NTT\" (did you mean 'NT'?)", errors);
        Assert.Contains("ke-hoach.yaml:43:15: chi_tieu[].tong_hop: \"cong_don\" is not a rule (sum, rate, norm or none)", errors);
        Assert.Contains("ke-hoach.yaml:42:15: chi_tieu[].chi_tieu: \"nhiều\" is not a number", errors);
    }

    [Fact]
    public void A_workbook_path_resolves_against_the_plan_folder()
    {
        var (_, errors) = Parse("chi_tieu: du-lieu/chi-tieu.xlsx\n");
        Assert.Contains(errors, e => e.StartsWith("ke-hoach.yaml:28:11: chi_tieu: workbook \"du-lieu/chi-tieu.xlsx\" not found"));
    }
}
