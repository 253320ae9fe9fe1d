using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// A commune's plan reads as its own: the province's level words are reworded from data
/// (templates/cap/*.yaml), what could not be decided is listed for the văn thư, and a plan is
/// cloned only from an issued parent and only for units whose signer is known.
/// </summary>
public class CloneLevelWordingTests
{
    const string Province = """
        co_quan:
          chu_quan: Hội LHPN tỉnh Mẫu Sơn
          ban_hanh: Ban Thường vụ
        so: 52
        ky_hieu: KH-BTV
        dia_danh: Mẫu Sơn
        ngay: 15/12/2025
        trich_yeu: Thực hiện nhiệm vụ công tác Hội năm 2026
        mo_dau:
          thuc_hien:
            - Thực hiện Chương trình công tác năm 2026 của Trung ương Hội
          chu_the: Ban Thường vụ Hội LHPN tỉnh
          xay_dung: Kế hoạch thực hiện
        noi_dung: |
          # Nhiệm vụ
          - Toàn tỉnh phấn đấu; Hội LHPN cấp tỉnh chủ trì giám sát; mỗi Hội LHPN cấp huyện tham gia.
          - Ký kết hợp tác giữa Hội LHPN tỉnh Mẫu Sơn và Hội Phụ nữ nước bạn.
          # Tổ chức thực hiện
          ## Hội LHPN tỉnh
          - Tham mưu xin chủ trương Thường trực Tỉnh ủy; phối hợp với các sở, ban, ngành.
          ## Hội LHPN các xã, phường, đặc khu
          - Tham gia các hoạt động do Hội LHPN tỉnh tổ chức.
        noi_nhan:
          - Thường trực Tỉnh ủy
        nguoi_ky:
          quyen_han: TM. BAN THƯỜNG VỤ
          chuc_vu: Chủ tịch
          ho_ten: Trần Thị Mẫu
        """;

    const string Units = """
        don_vi:
          - { ma: X1, ten: Xã An Bình, cap: xã, ho_ten: Lê Thị An }
          - { ma: P1, ten: Phường Thạnh Mỹ, ho_ten: Võ Thị Cúc }
          - { ma: TT1, ten: Hội Phụ nữ Công an tỉnh, cap: đơn vị trực thuộc, ho_ten: Đỗ Thị Dung }
          - { ma: CH1, ten: Chi hội Ấp 1, cap: chi hội, ho_ten: Mai Thị Em }
        """;

    [Fact]
    public void A_commune_gets_its_own_level_words_organ_place_and_recipients_from_the_table()
    {
        using var dir = new Repo.TempDir();
        var r = Cli.Run(dir.Path, "clone", dir.File("tinh.yaml", Province), "--units", dir.File("don-vi.yaml", Units), "-o", "plans", "-t", Repo.Templates);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var xa = PlanLoader.Load(Path.Combine(dir.Path, "plans", "xa-an-binh.yaml"));
        Assert.Equal("Hội LHPN xã An Bình", xa.Organ.Parent);
        Assert.Equal("An Bình", xa.Place);
        Assert.Equal("""
            # Nhiệm vụ
            - Toàn xã phấn đấu; Hội LHPN xã chủ trì giám sát; mỗi Hội LHPN cấp huyện tham gia.
            - Ký kết hợp tác giữa Hội LHPN tỉnh Mẫu Sơn và Hội Phụ nữ nước bạn.
            # Tổ chức thực hiện
            ## Hội LHPN xã An Bình
            - Tham mưu xin chủ trương Thường trực Đảng ủy xã; phối hợp với các ban, ngành.
            ## Các chi hội phụ nữ
            - Tham gia các hoạt động do Hội LHPN xã tổ chức.
            """, xa.Body.Text.TrimEnd('\n'));
        Assert.Equal(["Ban Thường vụ Hội LHPN tỉnh Mẫu Sơn", "Thường trực Đảng ủy xã", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Các chi hội phụ nữ"],
            xa.Recipients.Select(x => x.Name));

        // No cap column: the name says "Phường"; an đơn vị trực thuộc is its own organ, in the province's place.
        Assert.Equal("Hội LHPN phường Thạnh Mỹ", PlanLoader.Load(Path.Combine(dir.Path, "plans", "phuong-thanh-my.yaml")).Organ.Parent);
        var ca = PlanLoader.Load(Path.Combine(dir.Path, "plans", "hoi-phu-nu-cong-an-tinh.yaml"));
        Assert.Equal(("Hội Phụ nữ Công an tỉnh", "Ban Chấp hành", "Mẫu Sơn"), (ca.Organ.Parent, ca.Organ.Issuer, ca.Place));
        Assert.Equal(["TM. BAN CHẤP HÀNH"], ca.Signer.Authority);
        Assert.Contains("- Toàn đơn vị phấn đấu; Hội Phụ nữ Công an tỉnh chủ trì giám sát;", ca.Body.Text);
    }

    [Fact]
    public void Words_of_the_parents_level_left_in_a_child_are_listed_per_child_and_kept_as_comments_above_its_body()
    {
        using var dir = new Repo.TempDir();
        Cli.RunBoth(dir.Path, "clone", dir.File("tinh.yaml", Province), "--units", dir.File("don-vi.yaml", Units), "-o", "plans", "-t", Repo.Templates)
            .Stdout("đã ghi plans/xa-an-binh.yaml\n      còn để bạn sửa: §I \"cấp huyện\"\n", "wrote plans/xa-an-binh.yaml\n      left for you to edit: §I \"cấp huyện\"\n")
            // A unit no table is for keeps the parent's words, and the user is told so once.
            .Stdout("lưu ý: trong templates/cap/ không có bảng cách viết theo cấp nào cho kế hoạch này và cap 'chi hội'",
                "note: no level-wording table in templates/cap/ is for this plan and cap 'chi hội'");
        var yaml = File.ReadAllText(Path.Combine(dir.Path, "plans", "xa-an-binh.yaml"));
        Assert.Contains("templates/cap/hoi-tinh-xa.yaml):\n#   §I \"cấp huyện\"\nnoi_dung: |\n", yaml);
        Assert.Contains("- Toàn tỉnh phấn đấu;", File.ReadAllText(Path.Combine(dir.Path, "plans", "chi-hoi-ap-1.yaml")));
    }

    [Fact]
    public void A_table_with_a_mistake_is_refused_at_its_line()
    {
        using var dir = new Repo.TempDir();
        dir.File("mau/cap/hoi-tinh-xa.yaml", "cap_tren: [tỉnh]\ncap: [xã]\ndoi:\n  toàn tỉnh: toàn {cap_xa}\nmac_dinh:\n  chu_quann: Hội LHPN {ten_thuong}\ncon_lay: [cấp huyện]\n");
        foreach (var f in new[] { "ke-hoach.sbn", "nhan-ban.sbn" }) File.Copy(Path.Combine(Repo.Templates, f), Path.Combine(dir.Path, "mau", f));
        Cli.RunBoth(dir.Path, "clone", dir.File("tinh.yaml", Province), "--units", dir.File("don-vi.yaml", Units), "-o", "plans", "-t", "mau").Exit(1)
            .Stderr("hoi-tinh-xa.yaml:4:14: doi: giá trị {cap_xa} không có (các giá trị có: {cap}, {cap_duoi}, {ten}, ", "hoi-tinh-xa.yaml:4:14: doi: unknown value {cap_xa} (known: {cap}, {cap_duoi}, {ten}, ")
            .Stderr("hoi-tinh-xa.yaml:6:3: không có khóa 'mac_dinh.chu_quann' (có phải là 'chu_quan'?)", "hoi-tinh-xa.yaml:6:3: unknown key 'mac_dinh.chu_quann' (did you mean 'chu_quan'?)")
            .Stderr("hoi-tinh-xa.yaml:7:1: không có khóa 'con_lay' (có phải là 'con_lai'?)", "hoi-tinh-xa.yaml:7:1: unknown key 'con_lay' (did you mean 'con_lai'?)");
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "plans")));
    }

    [Fact]
    public void Cloning_a_draft_parent_is_refused_with_what_to_do_unless_the_children_are_drafts_too()
    {
        using var dir = new Repo.TempDir();
        var draft = dir.File("tinh.yaml", Province.Replace("so: 52\n", "").Replace("ngay: 15/12/2025\n", "nam: 2025\n"));
        var units = dir.File("don-vi.yaml", Units);
        Cli.RunBoth(dir.Path, "clone", draft, "--units", units, "-o", "plans", "-t", Repo.Templates).Exit(1)
            .Stderr("lỗi: tinh.yaml: kế hoạch cần nhân bản là bản dự thảo (chưa có so và ngay)", "error: tinh.yaml: the plan to clone is a draft (no so and no ngay)")
            .Stderr("Hãy điền so và ngay khi văn thư đã cho số ban hành", "Give it its so and ngay once the văn thư has issued it")
            .Stderr("hoặc thêm --tu-du-thao", "or pass --tu-du-thao");
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "plans")));
        Assert.Equal(1, Cli.Run(dir.Path, "batch", draft, "--units", units, "-o", "out", "-t", Repo.Templates).ExitCode);

        var drafts = Cli.Run(dir.Path, "clone", draft, "--units", units, "-o", "plans", "-t", Repo.Templates, "--tu-du-thao");
        Assert.True(drafts.ExitCode == 0, drafts.Stderr);
        var child = PlanLoader.Load(Path.Combine(dir.Path, "plans", "xa-an-binh.yaml"));
        Assert.Equal("Thực hiện Kế hoạch (dự thảo) của Ban Thường vụ Hội LHPN tỉnh Mẫu Sơn về thực hiện nhiệm vụ công tác Hội năm 2026", child.Opening!.Citations[0]);
        Assert.Null(child.Number);
        Assert.Contains("Kế hoạch cấp trên còn là dự thảo", File.ReadAllText(Path.Combine(dir.Path, "plans", "xa-an-binh.yaml")));
    }

    [Fact]
    public void A_unit_without_a_signer_is_refused_at_its_row_and_a_units_file_without_signers_once()
    {
        using var dir = new Repo.TempDir();
        var parent = dir.File("tinh.yaml", Province);
        Cli.RunBoth(dir.Path, "clone", parent, "--units", dir.File("mot.yaml", Units.Replace(", ho_ten: Võ Thị Cúc", "")), "-o", "plans", "-t", Repo.Templates).Exit(1)
            .Stderr("mot.yaml:3: đơn vị 'Phường Thạnh Mỹ' chưa có ho_ten (họ tên người ký); hãy điền cột ho_ten trong tệp danh sách đơn vị",
                "mot.yaml:3: unit 'Phường Thạnh Mỹ' has no ho_ten (the signer's name); fill in the ho_ten column of the units file")
            .Stdout("đã nhân bản 3 đơn vị, 1 lỗi", "cloned 3 unit(s), 1 failed");

        var none = Cli.RunBoth(dir.Path, "clone", parent, "--units", dir.File("khong.yaml", "don_vi:\n  - { ma: X1, ten: Xã An Bình }\n  - { ma: X2, ten: Xã Hòa Lạc }\n"), "-o", "plans2", "-t", Repo.Templates).Exit(1)
            .Stderr("lỗi: khong.yaml: không đơn vị nào có ho_ten (họ tên người ký)", "error: khong.yaml: no unit has a ho_ten (the signer's name)");
        Assert.Single(none.Vi.Stderr.Split('\n'), l => l.StartsWith("lỗi: "));
        Assert.Single(none.En.Stderr.Split('\n'), l => l.StartsWith("error: "));
    }

    [Fact]
    public void A_Tinh_doan_plan_cloned_for_a_commune_is_worded_as_the_commune_Doan_writes_it()
    {
        using var dir = new Repo.TempDir();
        var units = "don_vi:\n  - { ma: X1, ten: Xã Cam Lâm, cap: xã, ho_ten: Nguyễn Văn An }\n";
        var r = Cli.Run(dir.Path, "clone", Path.Combine(Repo.Root, "examples", "tinh-doan-khanh-hoa-2022", "ke-hoach.yaml"),
            "--units", dir.File("don-vi.yaml", units), "-o", "plans", "-t", Repo.Templates);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var xa = PlanLoader.Load(Path.Combine(dir.Path, "plans", "xa-cam-lam.yaml"));
        Assert.Equal(("Tỉnh đoàn Khánh Hòa", "BCH Đoàn xã Cam Lâm", "Cam Lâm"), (xa.Organ.Parent, xa.Organ.Issuer, xa.Place));
        Assert.Equal(["TM. BAN THƯỜNG VỤ"], xa.Signer.Authority);
        Assert.Contains("- Ra quân Tháng Thanh niên đồng loạt tại các chi đoàn.", xa.Body.Text);
        Assert.Contains("Các chi đoàn xây dựng kế hoạch triển khai; báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 05/4/2022.", xa.Body.Text);
        Assert.Contains("chào mừng Đại hội Đoàn các cấp", xa.Body.Text);
        Assert.Equal(["Ban Thường vụ Tỉnh đoàn Khánh Hòa", "Thường trực Đảng ủy xã", "Các chi đoàn"], xa.Recipients.Select(x => x.Name));
    }

    [Fact]
    public void The_shipped_tables_all_load_and_each_names_its_parent_and_child_levels()
    {
        var bag = new DiagnosticBag();
        var tables = LevelWordingLoader.Load([Repo.Templates], bag);
        Assert.Empty(bag.Items);
        Assert.Equal(["dang-tinh-xa", "doan-tinh-xa", "hoi-huyen-xa", "hoi-tinh-don-vi-truc-thuoc", "hoi-tinh-huyen", "hoi-tinh-xa", "nha-nuoc-tinh-xa"], tables.Select(t => t.Name));
        Assert.All(tables, t => Assert.NotEmpty(t.ParentLevelWords));
        Assert.All(tables, t => Assert.All(t.ChildLevels, level => Assert.True(t.LowerLevels.ContainsKey(level), $"{t.Name}: no cap_duoi for {level}")));
    }
}
