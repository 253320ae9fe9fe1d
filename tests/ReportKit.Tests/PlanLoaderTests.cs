using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Loading plan YAML: every value typed and NFC, every problem at file:line:column.</summary>
public class PlanLoaderTests
{
    static (Model.Plan? Plan, List<string> Errors) Load(string yaml)
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Parse(yaml, "plan.yaml", bag);
        return (plan, bag.Items.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_valid_plan_loads_into_the_model()
    {
        var (plan, errors) = Load(Plans.Minimal);
        Assert.Empty(errors);
        Assert.NotNull(plan);
        Assert.Equal(5, plan.Number);
        Assert.Equal("KH-BTV", plan.Symbol);
        Assert.Equal(new DateOnly(2021, 6, 8), plan.Date);
        Assert.Equal("Ban Thường vụ Hội LHPN tỉnh Khánh Hòa", plan.Organ.FullName);
        Assert.Equal(["TM. BAN THƯỜNG VỤ"], plan.Signer.Authority);
        Assert.Equal(new Model.Recipient("Trung ương Hội", "để báo cáo"), plan.Recipients[1]);
        Assert.Equal(15, plan.Body.Line);
        Assert.Equal(3, plan.Body.Column);
    }

    [Fact]
    public void A_typo_in_a_key_names_the_closest_known_key()
    {
        var (_, errors) = Load(Plans.Minimal.Replace("trich_yeu:", "trich_yue:"));
        Assert.Equal(["plan.yaml:8:1: unknown key 'trich_yue' (did you mean 'trich_yeu'?)", "plan.yaml:1:1: trich_yeu: required field is missing"], errors.OrderByDescending(e => e.Contains("unknown")));
    }

    [Fact]
    public void A_typo_inside_a_nested_mapping_is_located_there()
    {
        var (_, errors) = Load(Plans.Minimal.Replace("  chuc_vu:", "  chuc_vuu:"));
        Assert.Contains("plan.yaml:26:3: unknown key 'nguoi_ky.chuc_vuu' (did you mean 'chuc_vu'?)", errors);
    }

    [Theory]
    [InlineData("31/02/2024", "plan.yaml:7:7: ngay: \"31/02/2024\" is not a date")]
    [InlineData("2024-13-01", "plan.yaml:7:7: ngay: \"2024-13-01\" is not a date")]
    [InlineData("hôm nay", "plan.yaml:7:7: ngay: \"hôm nay\" is not a date (write dd/mm/yyyy, e.g. 08/06/2021)")]
    public void An_impossible_date_is_an_error(string date, string expected)
    {
        var (_, errors) = Load(Plans.Minimal.Replace("08/06/2021", date));
        Assert.Equal([expected], errors);
    }

    [Fact]
    public void Blank_date_and_number_are_a_draft_not_an_error()
    {
        var (plan, errors) = Load(Plans.Minimal.Replace("so: 5", "so:").Replace("ngay: 08/06/2021", "nam: 2024"));
        Assert.Empty(errors);
        Assert.Null(plan!.Number);
        Assert.Null(plan.Date);
        Assert.Equal(2024, plan.EffectiveYear);
    }

    [Theory]
    [InlineData("KH BTV")]
    [InlineData("kh-btv")]
    [InlineData("KH")]
    [InlineData("321/KH-BTV")]
    public void A_bad_ky_hieu_is_an_error(string symbol)
    {
        var (_, errors) = Load(Plans.Minimal.Replace("ky_hieu: KH-BTV", $"ky_hieu: {symbol}"));
        Assert.Equal([$"plan.yaml:5:10: ky_hieu: \"{symbol}\" is not a ký hiệu like KH-BTV (type abbreviation, then the organ's, joined by - or /, no spaces)"], errors);
    }

    [Fact]
    public void A_wrong_type_says_what_was_expected()
    {
        var (_, errors) = Load(Plans.Minimal.Replace("so: 5", "so: năm"));
        Assert.Equal(["plan.yaml:4:5: so: \"năm\" is not a whole number"], errors);
        (_, errors) = Load(Plans.Minimal.Replace("  chu_quan: Hội LHPN tỉnh Khánh Hòa\n", "  chu_quan: { a: b }\n"));
        Assert.Equal(["plan.yaml:2:13: co_quan.chu_quan: expected text, found a mapping"], errors);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var (_, errors) = Load(Plans.Minimal.Replace("dia_danh: Khánh Hòa\n", ""));
        Assert.Equal(["plan.yaml:1:1: dia_danh: required field is missing"], errors);
    }

    [Fact]
    public void Malformed_yaml_is_located()
    {
        var (plan, errors) = Load(Plans.Minimal.Replace("so: 5", "so: [5"));
        Assert.Null(plan);
        var error = Assert.Single(errors);
        Assert.StartsWith("plan.yaml:", error);
        Assert.Contains("malformed YAML", error);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        var yaml = Plans.Minimal.Replace("trich_yeu:", "trich_yeu: x\ntrich_yue:").Replace("08/06/2021", "31/02/2021").Replace("KH-BTV", "KH BTV");
        var (_, errors) = Load(yaml);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Decomposed_text_is_normalised_on_load()
    {
        var nfd = Plans.Minimal.Normalize(System.Text.NormalizationForm.FormD);
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Parse(Text.VietnameseText.Nfc(nfd), "plan.yaml", bag);
        Assert.Equal("Khánh Hòa", plan!.Place);
        Assert.True(plan.Subject.IsNormalized(System.Text.NormalizationForm.FormC));
    }
}

/// <summary>Text pasted from an old TCVN3 document is caught where it stands in the plan file.</summary>
public class LegacyTextInYamlTests
{
    [Fact]
    public void Tcvn3_text_in_a_plan_is_reported_at_its_line()
    {
        var bag = new DiagnosticBag();
        PlanLoader.Parse(Plans.Minimal.Replace("dia_danh: Khánh Hòa", "dia_danh: Kh¸nh Hßa"), "plan.yaml", bag);
        Assert.Equal(["plan.yaml:6:11: dia_danh: \"Kh¸nh Hßa\" looks like TCVN3 legacy text, not Unicode; convert it (e.g. Unikey's converter, TCVN3 → Unicode) and try again"],
            bag.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void Unicode_vietnamese_is_never_mistaken_for_legacy_text()
    {
        var bag = new DiagnosticBag();
        PlanLoader.Parse(Plans.Minimal, "plan.yaml", bag);
        Assert.Empty(bag.Items);
    }
}

/// <summary>Plans saved by Windows editors (CRLF, UTF-8 BOM) read exactly like the rest.</summary>
public class WindowsFileTests
{
    [Fact]
    public void Crlf_and_a_bom_change_neither_the_plan_nor_the_error_positions()
    {
        using var dir = new Repo.TempDir();
        var windows = dir.File("windows.yaml", "\uFEFF" + Plans.Minimal.Replace("08/06/2021", "31/02/2021").Replace("\n", "\r\n"));
        var unix = dir.File("unix.yaml", Plans.Minimal.Replace("08/06/2021", "31/02/2021"));
        static List<string> Errors(string path)
        {
            var bag = new DiagnosticBag();
            PlanLoader.Load(path, bag);
            return bag.Items.Select(d => d.Location + " " + d.Message).ToList();
        }
        Assert.Equal(Errors(unix), Errors(windows));
        File.WriteAllText(windows, File.ReadAllText(windows).Replace("31/02/2021", "08/06/2021"));
        File.WriteAllText(unix, File.ReadAllText(unix).Replace("31/02/2021", "08/06/2021"));
        Assert.Equal(PlanLoader.Load(unix).Body.Text, PlanLoader.Load(windows).Body.Text);
    }
}
