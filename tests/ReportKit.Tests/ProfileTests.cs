using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.Profiles;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// Format profiles: every bundled profile lays out the same small plan (approved dumps), a profile
/// that lives only in test data is found by name or by path, and a plan that mixes regimes is
/// refused with the field and its place named.
/// </summary>
public class ProfileTests
{
    static string ProfileDir => Path.Combine(Repo.Templates, "profiles");
    static string TestProfiles => Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "TestData");

    public static IEnumerable<object[]> ProfileNames() =>
        Directory.GetFiles(ProfileDir, "*.yaml").Select(f => new object[] { Path.GetFileNameWithoutExtension(f) })
            .OrderBy(o => (string)o[0], StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Plans.Minimal"/> under <paramref name="profileName"/>, with the ký hiệu and
    /// authority written the way that profile wants them, so the plan passes its checks.
    /// </summary>
    static string PlanFor(string profileName)
    {
        var profile = ProfileLoader.LoadFile(Path.Combine(ProfileDir, profileName + ".yaml"));
        var symbol = new[] { "KH-BTV", "KH/BTV", "KH/BTV-VP" }
            .First(s => profile.Checks.SymbolPattern is not { } p || Regex.IsMatch(s, p));
        var authority = profile.Signature.Prefixes[0] + " BAN THƯỜNG VỤ";
        return $"the_thuc: {profileName}\n" + Plans.Minimal
            .Replace("ky_hieu: KH-BTV", $"ky_hieu: {symbol}")
            .Replace("quyen_han: TM. BAN THƯỜNG VỤ", $"quyen_han: {authority}");
    }

    static string Render(string yaml, string? templateDir = null, string fileName = "ke-hoach.yaml")
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File(fileName, yaml);
        var result = new PlanRenderer(templateDir ?? Repo.Templates).Render(plan, dir.Path);
        using var stream = File.OpenRead(result.DocxPath);
        return DocxDump.Dump(stream);
    }

    /// <summary>The parts where profiles differ: header table, type name, trích yếu and what is under it, the first heading, the end table.</summary>
    static string Compact(string dump)
    {
        var lines = dump.Replace("\r\n", "\n").Split('\n');
        var firstHeading = Array.FindIndex(lines, l => l.StartsWith("¶ Heading1"));
        var endTable = Array.FindLastIndex(lines, l => l.StartsWith("table ["));
        var headerEnd = Array.FindIndex(lines, l => l.StartsWith("header ("));
        var kept = lines[..(firstHeading + 2)].Append("…").Concat(lines[endTable..(headerEnd < 0 ? lines.Length : headerEnd)]);
        return string.Join("\n", kept).TrimEnd() + "\n";
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Each_profile_lays_out_the_same_plan_its_own_way(string profile) =>
        Snapshot.Verify(Compact(Render(PlanFor(profile))), $"profile-{profile}");

    [Fact]
    public void Every_bundled_profile_loads_and_names_itself_after_its_file()
    {
        foreach (var file in Directory.GetFiles(ProfileDir, "*.yaml"))
            Assert.Equal(Path.GetFileNameWithoutExtension(file), ProfileLoader.LoadFile(file).Name);
    }

    [Fact]
    public void The_party_profile_prints_the_party_forms()
    {
        var dump = Render(PlanFor("dang"));
        Assert.Contains("«ĐẢNG CỘNG SẢN VIỆT NAM» Times New Roman 15 bold", dump);
        Assert.Contains("«HỘI LHPN TỈNH KHÁNH HÒA» Times New Roman 14\n", dump);
        Assert.Contains("«BAN THƯỜNG VỤ» Times New Roman 14 bold", dump);
        Assert.Contains("«*» Times New Roman 14", dump);
        Assert.Contains("«Số⍽05‑KH/BTV» Times New Roman 14", dump);
        Assert.Contains("«KẾ HOẠCH» Times New Roman 16 bold", dump);
        Assert.Contains("«-----» Times New Roman 14 bold", dump);
        Assert.Contains("¶ RkNoiDung · both · ind firstLine=567 · before=120 after=0 line=360/exact", dump);
        Assert.Contains("«Nơi nhận:» Times New Roman 14 underline", dump);
        Assert.Contains("«- Thường trực Tỉnh ủy,» Times New Roman 12", dump);
        Assert.Contains("«- Lưu TC.» Times New Roman 12", dump);
        Assert.Contains("«T/M BAN THƯỜNG VỤ» Times New Roman 14 bold", dump);
        Assert.Contains("«CHỦ TỊCH» Times New Roman 14\n", dump);
    }

    [Fact]
    public void Running_text_and_the_annex_reference_cite_the_number_the_profiles_way()
    {
        var yaml = PlanFor("dang").Replace("  - Quán triệt đến cán bộ, hội viên.", "  - Theo Kế hoạch số {{ so_ky_hieu }}.");
        Assert.Contains("«- Theo Kế hoạch số⍽05‑KH/BTV.»", Render(yaml));

        var plan = Load.PlanLoader.Parse(PlanFor("dang"), "ke-hoach.yaml", new DiagnosticBag())!;
        var dang = ProfileLoader.LoadFile(Path.Combine(ProfileDir, "dang.yaml"));
        Assert.Equal("(Kèm theo Kế hoạch số 05-KH/BTV ngày 08 tháng 6 năm 2021 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa)",
            Document.AnnexBuilder.Reference(plan, dang.Number));
        Assert.StartsWith("(Kèm theo Kế hoạch số 05/KH-BTV ", Document.AnnexBuilder.Reference(plan with { Symbol = "KH-BTV" }));
    }

    [Fact]
    public void The_party_lưu_line_defaults_to_the_office()
    {
        var dump = Render(PlanFor("dang").Replace("luu: TC\n", ""));
        Assert.Contains("«- Lưu Văn phòng.» Times New Roman 12", dump);
    }

    [Fact]
    public void The_doan_profile_is_data_only_and_prints_colon_and_hyphen()
    {
        var dump = Render(PlanFor("doan"));
        Assert.Contains("«ĐOÀN TNCS HỒ CHÍ MINH» Times New Roman 15 bold", dump);
        Assert.Contains("«***» Times New Roman 14", dump);
        Assert.Contains("«Số:⍽05‑KH/BTV» Times New Roman 14", dump);
        Assert.Contains("«TM. BAN THƯỜNG VỤ» Times New Roman 14 bold", dump);
        Assert.Contains("«- Thường trực Tỉnh ủy;» Times New Roman 11", dump);
        Assert.Contains("«- Lưu TC.» Times New Roman 11", dump);
    }

    // A profile defined only in test data ------------------------------------------------------

    const string TestPlan = """
        the_thuc: thu-nghiem
        co_quan:
          ban_hanh: Ban Thử nghiệm
        so: 7
        ky_hieu: KH-TN
        dia_danh: Hà Nội
        ngay: 05/01/2024
        trich_yeu: Kiểm tra hồ sơ thể thức
        noi_dung: |
          # Mục một
          Nội dung.
        noi_nhan:
          - Một nơi
        nguoi_ky:
          quyen_han: "TH: BAN THỬ NGHIỆM"
          chuc_vu: Trưởng ban
          ho_ten: Nguyễn Văn C
        """;

    static void AssertTestProfileLayout(string dump)
    {
        Assert.Contains("«TỔ CHỨC THỬ NGHIỆM» Times New Roman 12 bold", dump);
        Assert.Contains("«Dòng thứ hai» Times New Roman 11\n", dump);
        Assert.Contains("«**» Times New Roman 11", dump);
        Assert.Contains("«Số⍽07.KH‑TN» Times New Roman 11", dump);
        Assert.Contains("«KẾ HOẠCH» Times New Roman 18 bold", dump);
        Assert.Contains("«~~~»", dump);
        Assert.Contains("«I- Mục một» Times New Roman 12 bold", dump);
        Assert.Contains("¶ RkNoiDung · both · ind firstLine=1134 · before=60 after=0 line=400/exact", dump);
        Assert.Contains("«Gửi:» Times New Roman 13 bold underline", dump);
        Assert.Contains("«+ Một nơi.» Times New Roman 10", dump);
        Assert.Contains("«+ Lưu trữ.» Times New Roman 10", dump);
        Assert.Contains("«TH: BAN THỬ NGHIỆM» Times New Roman 12 italic", dump);
    }

    [Fact]
    public void A_profile_in_another_templates_folder_is_found_by_name() =>
        AssertTestProfileLayout(Render(TestPlan, templateDir: TestProfiles));

    [Fact]
    public void A_profile_is_found_by_an_absolute_path_inside_the_plans_folder()
    {
        using var dir = new Repo.TempDir();
        var profile = dir.File("rieng/thu-nghiem.yaml", File.ReadAllText(Path.Combine(TestProfiles, "profiles", "thu-nghiem.yaml")));
        var plan = dir.File("ke-hoach.yaml", TestPlan.Replace("the_thuc: thu-nghiem", $"the_thuc: {profile}"));
        var result = new PlanRenderer(Repo.Templates).Render(plan, dir.Path);
        using var stream = File.OpenRead(result.DocxPath);
        AssertTestProfileLayout(DocxDump.Dump(stream));
    }

    [Fact]
    public void A_profile_outside_the_plans_folder_and_the_template_folders_is_refused_at_its_line()
    {
        // A plan received from elsewhere must not make reportgen read other files of the machine.
        using var dir = new Repo.TempDir();
        var elsewhere = Path.Combine(TestProfiles, "profiles", "thu-nghiem.yaml");
        var plan = dir.File("ke-hoach.yaml", TestPlan.Replace("the_thuc: thu-nghiem", $"the_thuc: {elsewhere}"));
        var ex = Assert.Throws<ReportKitException>(() => new PlanRenderer(Repo.Templates).Render(plan, dir.Path));
        Assert.StartsWith($"ke-hoach.yaml:1:11: the_thuc: '{elsewhere}' is outside the plan's folder and the template folders", ex.Diagnostics.Single().ToString());
    }

    [Fact]
    public void A_profile_beside_the_plan_is_found_by_its_relative_path()
    {
        using var dir = new Repo.TempDir();
        dir.File("rieng/thu-nghiem.yaml", File.ReadAllText(Path.Combine(TestProfiles, "profiles", "thu-nghiem.yaml")));
        var plan = dir.File("ke-hoach.yaml", TestPlan.Replace("the_thuc: thu-nghiem", "the_thuc: rieng/thu-nghiem.yaml"));
        var result = new PlanRenderer(Repo.Templates).Render(plan, dir.Path);
        using var stream = File.OpenRead(result.DocxPath);
        AssertTestProfileLayout(DocxDump.Dump(stream));
    }

    [Fact]
    public void An_unknown_profile_is_reported_where_the_plan_names_it()
    {
        var errors = Errors("the_thuc: dangg\n" + Plans.Minimal);
        var known = string.Join(", ", ProfileNames().Select(o => (string)o[0]));
        Assert.Equal($"ke-hoach.yaml:1:11: the_thuc: no profile named 'dangg' (known: {known})", Assert.Single(errors));
        Assert.Contains("dang, doan, hoi, nha-nuoc", known);
    }

    [Fact]
    public void A_mistake_in_a_profile_file_is_located_in_that_file()
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("hong.yaml", "ten: hong\nso: { mau: \"Số {so}\", co_chu: 13 }\n");
        var ex = Assert.Throws<ReportKitException>(() => ProfileLoader.LoadFile(path));
        Assert.StartsWith("hong.yaml:2:", ex.Diagnostics.Single().ToString());
        Assert.Contains("co_chu", ex.Diagnostics.Single().ToString());
    }

    [Fact]
    public void A_profile_with_a_broken_symbol_pattern_is_refused_when_read()
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("hong.yaml", "ten: hong\nkiem_tra: { ky_hieu: '^[A-Z' }\n");
        var ex = Assert.Throws<ReportKitException>(() => ProfileLoader.LoadFile(path));
        Assert.StartsWith("hong.yaml:2:22: kiem_tra.ky_hieu: '^[A-Z' is not a regular expression", ex.Diagnostics.Single().ToString());
    }

    // Mixed regimes ------------------------------------------------------------------------------

    static List<string> Errors(string yaml)
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File("ke-hoach.yaml", yaml);
        var ex = Assert.Throws<ReportKitException>(() => new PlanRenderer(Repo.Templates).Prepare(plan));
        return ex.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void A_party_plan_with_state_authority_and_symbol_is_refused_field_by_field()
    {
        var errors = Errors("the_thuc: dang\n" + Plans.Minimal);
        Assert.Equal([
            "ke-hoach.yaml:6:10: ky_hieu: \"KH-BTV\" does not fit the 'dang' profile (e.g. KH/TU: a Party symbol is the type, a slash, then the issuing body, printed 'Số 52-KH/TU')",
            "ke-hoach.yaml:26:14: nguoi_ky.quyen_han: \"TM. BAN THƯỜNG VỤ\" uses 'TM.', which is not how the 'dang' profile writes authority (write \"T/M BAN THƯỜNG VỤ\")",
        ], errors);
    }

    [Fact]
    public void Every_authority_line_and_the_position_are_checked_where_they_are_written()
    {
        var yaml = "the_thuc: dang\n" + Plans.Minimal
            .Replace("ky_hieu: KH-BTV", "ky_hieu: KH/TU")
            .Replace("  quyen_han: TM. BAN THƯỜNG VỤ\n  chuc_vu: Chủ tịch", "  quyen_han:\n    - T/M BAN THƯỜNG VỤ\n    - TL. BÍ THƯ\n  chuc_vu: KT. BÍ THƯ");
        Assert.Equal([
            "ke-hoach.yaml:28:7: nguoi_ky.quyen_han: \"TL. BÍ THƯ\" uses 'TL.', which is not how the 'dang' profile writes authority (write \"T/L BÍ THƯ\")",
            "ke-hoach.yaml:29:12: nguoi_ky.chuc_vu: \"KT. BÍ THƯ\" uses 'KT.', which is not how the 'dang' profile writes authority (write \"K/T BÍ THƯ\")",
        ], Errors(yaml));
    }

    [Fact]
    public void A_party_lưu_that_carries_the_state_vt_is_refused()
    {
        var yaml = "the_thuc: dang\n" + Plans.Minimal
            .Replace("ky_hieu: KH-BTV", "ky_hieu: KH/TU")
            .Replace("quyen_han: TM.", "quyen_han: T/M")
            .Replace("luu: TC", "luu: VT, VP");
        Assert.Equal([
            "ke-hoach.yaml:24:6: luu: \"VT, VP\" starts with 'VT,', which does not belong there under the 'dang' profile (it prints the last line as \"- Lưu {luu}.\")",
        ], Errors(yaml));
    }

    [Fact]
    public void A_state_or_hoi_plan_with_party_forms_is_refused_too()
    {
        var yaml = Plans.Minimal.Replace("ky_hieu: KH-BTV", "ky_hieu: KH/TU").Replace("quyen_han: TM.", "quyen_han: T/M");
        Assert.Equal([
            "ke-hoach.yaml:5:10: ky_hieu: \"KH/TU\" does not fit the 'hoi' profile (e.g. KH-BTV: 'Số: 321/KH-BTV' puts the number before a slash)",
            "ke-hoach.yaml:25:14: nguoi_ky.quyen_han: \"T/M BAN THƯỜNG VỤ\" uses 'T/M', which is not how the 'hoi' profile writes authority (write \"TM. BAN THƯỜNG VỤ\")",
        ], Errors(yaml));
    }

    [Fact]
    public void A_doan_plan_writes_tm_with_a_dot_not_the_party_slash()
    {
        var yaml = "the_thuc: doan\n" + Plans.Minimal.Replace("ky_hieu: KH-BTV", "ky_hieu: KH/TĐTN-VP").Replace("quyen_han: TM.", "quyen_han: T/M");
        Assert.Equal([
            "ke-hoach.yaml:26:14: nguoi_ky.quyen_han: \"T/M BAN THƯỜNG VỤ\" uses 'T/M', which is not how the 'doan' profile writes authority (write \"TM. BAN THƯỜNG VỤ\")",
        ], Errors(yaml));
    }

    [Fact]
    public void A_party_plan_written_the_party_way_passes() =>
        new PlanRenderer(Repo.Templates).Prepare(Path.Combine(Repo.Examples, "tinh-uy-khanh-hoa-2021", "ke-hoach.yaml"));
}
