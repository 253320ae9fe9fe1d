using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Cloning a parent plan for lower-level units, as a district or commune office does.</summary>
public class CloneTests
{
    const string Units = """
        don_vi:
          - ma: "568"
            ten: Thành phố Nha Trang
            chu_quan: Hội LHPN thành phố Nha Trang
            dia_danh: Nha Trang
            chuc_vu: Chủ tịch
            ho_ten: Trần Thị B
          - ma: "570"
            ten: Huyện Vạn Ninh
            ho_ten: Lê Thị C
        """;

    /// <summary>The level-wording tables shipped in templates/cap/.</summary>
    internal static List<LevelWording> Wordings()
    {
        var bag = new DiagnosticBag();
        var tables = LevelWordingLoader.Load([Repo.Templates], bag);
        Assert.Empty(bag.Items);
        return tables;
    }

    static (List<CloneResult> Results, Repo.TempDir Dir) Clone(string parentYaml, string unitsYaml)
    {
        var dir = new Repo.TempDir();
        var parent = PlanLoader.Load(dir.File("tinh.yaml", parentYaml));
        var bag = new DiagnosticBag();
        var units = UnitDirectoryLoader.Load(dir.File("don-vi.yaml", unitsYaml), bag);
        var results = new PlanCloner(parent, Path.Combine(Repo.Templates, "nhan-ban.sbn"), wordings: Wordings()).CloneAll(units, Path.Combine(dir.Path, "plans")).ToList();
        Assert.Empty(bag.Items);
        return (results, dir);
    }

    [Fact]
    public void Each_unit_gets_an_editable_plan_that_cites_the_parent_and_carries_its_own_identity()
    {
        var (results, dir) = Clone(Plans.Minimal, Units);
        using var _ = dir;
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(["thanh-pho-nha-trang.yaml", "huyen-van-ninh.yaml"], results.Select(r => Path.GetFileName(r.PlanPath!)));

        var child = PlanLoader.Load(results[0].PlanPath!);
        Assert.Equal("Hội LHPN thành phố Nha Trang", child.Organ.Parent);
        Assert.Equal("Nha Trang", child.Place);
        Assert.Null(child.Number);
        Assert.Equal("Trần Thị B", child.Signer.Name);
        Assert.Equal(
            "Thực hiện Kế hoạch số 05/KH-BTV ngày 08 tháng 6 năm 2021 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa về thực hiện công tác Hội năm 2021",
            Assert.Single(child.Opening!.Citations));
        Assert.Equal(new Model.Recipient("Ban Thường vụ Hội LHPN tỉnh Khánh Hòa", "để báo cáo"), child.Recipients[0]);
        Assert.Equal(PlanLoader.Load(Path.Combine(dir.Path, "tinh.yaml")).Body.Text, child.Body.Text);
    }

    [Fact]
    public void Missing_identity_is_defaulted_by_the_template()
    {
        var (results, dir) = Clone(Plans.Minimal, Units);
        using var _ = dir;
        var child = PlanLoader.Load(results[1].PlanPath!);
        Assert.Equal("Hội LHPN huyện Vạn Ninh", child.Organ.Parent);
        Assert.Equal("Vạn Ninh", child.Place);
        Assert.Equal(["TM. BAN THƯỜNG VỤ"], child.Signer.Authority);
    }

    [Fact]
    public void Lower_level_wording_is_applied_and_capitalised_where_it_starts_a_heading()
    {
        var parent = Plans.Minimal.Replace("# Tổ chức thực hiện", "# Tổ chức thực hiện\n  ## Hội LHPN tỉnh\n  - Hướng dẫn, kiểm tra; báo cáo Trung ương Hội.\n  ## Hội LHPN các huyện, thành phố\n  - Triển khai đến Hội LHPN các huyện, thành phố.\n  - toàn tỉnh thực hiện; Hội LHPN tỉnh Khánh Hòa tổng hợp.");
        var (results, dir) = Clone(parent, Units);
        using var _ = dir;
        // A district of the province (templates/cap/hoi-tinh-huyen.yaml): its own lower level is its communes.
        Assert.Equal("hoi-tinh-huyen", results[0].Wording);
        var body = PlanLoader.Load(results[0].PlanPath!).Body.Text;
        Assert.Contains("## Hội LHPN các xã, phường\n", body);
        Assert.Contains("## Hội LHPN thành phố Nha Trang\n", body);
        Assert.Contains("- Triển khai đến Hội LHPN các xã, phường.", body);
        // Capitalised at the start of an item; the province named in full is the province, kept.
        Assert.Contains("- Toàn thành phố thực hiện; Hội LHPN tỉnh Khánh Hòa tổng hợp.", body);
    }

    [Fact]
    public void Reporting_deadlines_come_earlier_than_the_parents()
    {
        var parent = Plans.Minimal + "\nbien:\n  han_bao_cao: 15/11/2021\n";
        var (results, dir) = Clone(parent, Units);
        using var _ = dir;
        Assert.Equal("10/11/2021", PlanLoader.Load(results[0].PlanPath!).Variables["han_bao_cao"]);
    }

    [Fact]
    public void A_cloned_plan_can_be_cloned_again()
    {
        var (results, dir) = Clone(Plans.Minimal, Units);
        using var _ = dir;
        var child = PlanLoader.Load(results[0].PlanPath!);
        var bag = new DiagnosticBag();
        var branches = UnitDirectoryLoader.Load(dir.File("chi-hoi.yaml", "don_vi:\n  - ma: CH1\n    ten: Chi hội Tổ dân phố 1\n    chu_quan: Chi hội phụ nữ Tổ dân phố 1\n    ban_hanh: Ban Chấp hành\n    dia_danh: Nha Trang\n    ho_ten: Phạm Thị D\n"), bag);
        // The district's plan has no số or ngày yet: its branches can only be drafts of a draft.
        var refused = Assert.Throws<ReportKitException>(() => new PlanCloner(child, Path.Combine(Repo.Templates, "nhan-ban.sbn")));
        Assert.Contains("--tu-du-thao", refused.Message);
        var grand = new PlanCloner(child, Path.Combine(Repo.Templates, "nhan-ban.sbn"), options: new CloneOptions(FromDraft: true)).CloneAll(branches, Path.Combine(dir.Path, "chi-hoi")).Single();
        Assert.True(grand.Succeeded, string.Join("\n", grand.Diagnostics));
        var plan = PlanLoader.Load(grand.PlanPath!);
        Assert.Equal("Thực hiện Kế hoạch (dự thảo) của Ban Thường vụ Hội LHPN thành phố Nha Trang về thực hiện công tác Hội năm 2021", plan.Opening!.Citations[0]);
    }

    [Fact]
    public void A_broken_unit_row_is_reported_by_name_and_the_others_are_written()
    {
        using var dir = new Repo.TempDir();
        var parent = dir.File("tinh.yaml", Plans.Minimal);
        dir.File("don-vi.yaml", Units + "\n  - ma: \"571\"\n    chu_quan: Hội LHPN huyện Khánh Sơn\n");
        Cli.RunBoth(dir.Path, "clone", parent, "--units", "don-vi.yaml", "-o", "plans", "-t", Repo.Templates).Exit(1)
            .Stderr("don-vi.yaml:11:5: đơn vị '571': ten đang trống", "don-vi.yaml:11:5: unit '571': ten is empty")
            .Stdout("đã nhân bản 2 đơn vị, 0 lỗi", "cloned 2 unit(s), 0 failed");
        // The two plans, and the schema their first line names for an editor.
        Assert.Equal(["huyen-van-ninh.yaml", "ke-hoach.schema.json", "thanh-pho-nha-trang.yaml"], Directory.GetFiles(Path.Combine(dir.Path, "plans")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Units_with_the_same_name_get_distinct_files()
    {
        var units = "don_vi:\n  - ma: \"1\"\n    ten: Xã Hòa An\n    ho_ten: Bế Thị E\n  - ma: \"2\"\n    ten: Xã Hòa An\n    ho_ten: Nông Thị G\n";
        var (results, dir) = Clone(Plans.Minimal, units);
        using var _ = dir;
        Assert.Equal(["xa-hoa-an.yaml", "xa-hoa-an-2.yaml"], results.Select(r => Path.GetFileName(r.PlanPath!)));
    }
}

/// <summary>A Party plan clones the Party way: cited "52-KH/TU", signed "T/M", and the child renders under the Party profile.</summary>
public class PartyCloneTests
{
    [Fact]
    public void A_party_plan_is_cited_and_signed_the_party_way()
    {
        using var dir = new Repo.TempDir();
        var parentPath = Repo.Example("tinh-uy-khanh-hoa-2021");
        var parent = PlanLoader.Load(parentPath);
        var locator = new Pipeline.TemplateLocator(Repo.Templates, parentPath);
        var profile = Profiles.ProfileLoader.Load(parent.Profile, locator.ProfileDirs);
        var bag = new DiagnosticBag();
        var units = UnitDirectoryLoader.Load(dir.File("don-vi.yaml", "don_vi:\n  - ma: NT\n    ten: Thành phố Nha Trang\n    chu_quan: Đảng bộ tỉnh Khánh Hòa\n    ban_hanh: Thành ủy Nha Trang\n    ky_hieu: KH/TU\n    dia_danh: Nha Trang\n    ho_ten: Trần Văn D\n"), bag);
        var result = new PlanCloner(parent, Path.Combine(Repo.Templates, "nhan-ban.sbn"), profile).Clone(units.Single(), Path.Combine(dir.Path, "nha-trang.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var child = PlanLoader.Load(result.PlanPath!);
        Assert.StartsWith($"Thực hiện Kế hoạch số {parent.Number}-KH/TU ", child.Opening!.Citations[0]);
        Assert.Equal(["T/M BAN THƯỜNG VỤ"], child.Signer.Authority);
        Assert.Equal("Bí thư", child.Signer.Position);
        var document = new Pipeline.PlanRenderer(Repo.Templates).Prepare(result.PlanPath!).Document;
        Assert.Equal("Số       -KH/TU", document.Header.NumberLine);
    }
}

/// <summary>clone + batch from the units workbook, as the README runs them.</summary>
public class CloneBatchFromWorkbookTests
{
    [Fact]
    public void A_broken_row_in_the_units_workbook_is_reported_by_cell_and_name_and_the_others_are_written()
    {
        using var dir = new Repo.TempDir();
        var units = Path.Combine(dir.Path, "don-vi.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet("don_vi");
            string[][] rows = [["ma", "ten", "chu_quan", "ho_ten"], ["P01", "Phường Thục Phán", "Hội LHPN phường Thục Phán", "Hoàng Thị H"], ["X02", "", "Hội LHPN xã Hòa An", "Lý Thị K"], ["X03", "Xã Bảo Lạc", "", "Đàm Thị L"]];
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++) ws.Cell(r + 1, c + 1).Value = rows[r][c];
            wb.SaveAs(units);
        }
        var parent = dir.File("tinh.yaml", Plans.Minimal);
        Cli.RunBoth(dir.Path, "clone", parent, "--units", units, "-o", "plans", "-t", Repo.Templates).Exit(1)
            .Stderr("don-vi.xlsx!don_vi!B3: đơn vị 'X02' (dòng 3): ten đang trống", "don-vi.xlsx!don_vi!B3: unit 'X02' (row 3): ten is empty");
        Assert.Equal(["ke-hoach.schema.json", "phuong-thuc-phan.yaml", "xa-bao-lac.yaml"], Directory.GetFiles(Path.Combine(dir.Path, "plans")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cloning_and_batching_twice_gives_the_same_bytes_for_every_docx_and_annex()
    {
        using var dir = new Repo.TempDir();
        string Run(string name)
        {
            var r = Cli.Run(dir.Path, "batch", Repo.Example("cao-bang-2024"), "--units", Path.Combine(Repo.Examples, "cao-bang-2024", "chi-tieu.xlsx"), "-o", name, "-t", Repo.Templates);
            Assert.Equal(0, r.ExitCode);
            var files = Directory.GetFiles(Path.Combine(dir.Path, name)).Order(StringComparer.Ordinal).ToList();
            Assert.Contains(files, f => f.EndsWith(".phu-luc.xlsx"));
            return string.Join("\n", files.Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
        }
        Assert.Equal(Run("a"), Run("b"));
    }
}
