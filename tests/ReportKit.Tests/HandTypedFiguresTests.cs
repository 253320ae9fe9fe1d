using System.Text.Json;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// A parent whose body figures were typed by hand (Fixtures/go-tay): cloned for four communes,
/// every commune's body keeps the province's figures while its annex has its own. Batch must say
/// so for every commune, naming the paragraph and both figures, never print a bare "ok".
/// </summary>
public class HandTypedFiguresTests
{
    static readonly string Fixture = Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "Fixtures", "go-tay");
    static readonly string Parent = Path.Combine(Fixture, "ke-hoach.yaml");
    static readonly string Units = Path.Combine(Fixture, "don-vi.yaml");

    [Fact]
    public void Each_commune_gets_a_warning_per_figure_naming_the_paragraph_both_figures_and_the_line_of_the_parent()
    {
        using var dir = new Repo.TempDir();
        var r = Cli.RunBoth(dir.Path, "batch", Parent, "--units", Units, "-o", "out", "-t", Repo.Templates, "--report", "out/bao-cao.json").Exit(0)
            .Stdout("xong, 4 cảnh báo xa-an-binh.yaml -> ", "ok, 4 warnings xa-an-binh.yaml -> ")
            .Stdout("xong, 2 cảnh báo xa-hoa-lac.yaml -> ", "ok, 2 warnings xa-hoa-lac.yaml -> ")
            .Stdout("xong, 3 cảnh báo phuong-thanh-my.yaml -> ", "ok, 3 warnings phuong-thanh-my.yaml -> ")
            .Stdout("xong, 2 cảnh báo phuong-tan-lap.yaml -> ", "ok, 2 warnings phuong-tan-lap.yaml -> ")
            .Stdout("đã xuất 4 (4 có cảnh báo), lỗi 0, 11 cảnh báo, ", "rendered 4 (4 with warnings), failed 0, 11 warnings, ")
            // The parent's line (the scratch child is gone), the paragraph, both figures, the unit's allocation.
            .Stderr("ke-hoach.yaml:22:46: cảnh báo: §I.1 \"Các cấp Hội toàn xã giúp được ít…\": nội dung ghi 161 hộ, " +
                    "nhưng chỉ tiêu thoat_ngheo (\"Hộ có phụ nữ thoát nghèo\", ke-hoach.yaml:61:16) trong kế hoạch này là 90 hộ",
                "ke-hoach.yaml:22:46: warning: §I.1 \"Các cấp Hội toàn xã giúp được ít…\": the body says 161 hộ, " +
                    "but thoat_ngheo (\"Hộ có phụ nữ thoát nghèo\", ke-hoach.yaml:61:16) is 90 hộ in this plan's targets")
            .Stderr("ke-hoach.yaml:24:26: cảnh báo: §I.2 \"Toàn phường tăng thêm 1.300 hội viên; phấn…\": nội dung ghi 1.300 hội viên, " +
                    "nhưng chỉ tiêu hoi_vien_moi (\"Hội viên tăng thêm\", ke-hoach.yaml:71:43) trong kế hoạch này là 250 hội viên",
                "ke-hoach.yaml:24:26: warning: §I.2 \"Toàn phường tăng thêm 1.300 hội viên; phấn…\": the body says 1.300 hội viên, " +
                    "but hoi_vien_moi (\"Hội viên tăng thêm\", ke-hoach.yaml:71:43) is 250 hội viên")
            .Stderr("§I.3 \"100% cán bộ Hội chuyên trách sử dụng…\": nội dung ghi 60%, nhưng chỉ tiêu chi_hoi_truong", "§I.3 \"100% cán bộ Hội chuyên trách sử dụng…\": the body says 60%, but chi_hoi_truong");
        Assert.DoesNotContain("\nxong ", "\n" + r.Vi.Stdout);
        Assert.DoesNotContain("\nok   ", "\n" + r.En.Stdout);
        // Dates, document numbers, years, ordinals and other counts in the fixture are not figures of a target.
        Assert.Equal(11, r.Vi.Stderr.Split('\n').Count(l => l.Contains(": cảnh báo: ")));
        Assert.Equal(11, r.En.Stderr.Split('\n').Count(l => l.Contains("warning: ")));

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "bao-cao.json")));
        var plans = report.RootElement.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(["phuong-tan-lap.yaml", "phuong-thanh-my.yaml", "xa-an-binh.yaml", "xa-hoa-lac.yaml"], plans.Select(p => p.GetProperty("input").GetString()));
        Assert.All(plans, p => Assert.Equal("warnings", p.GetProperty("status").GetString()));
        var first = plans[2].GetProperty("diagnostics")[0];
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.EndsWith("ke-hoach.yaml", first.GetProperty("file").GetString());
        Assert.Equal("22:46", first.GetProperty("location").GetString());
        Assert.StartsWith("§I.1 ", first.GetProperty("message").GetString());
        Assert.Equal(2, plans[2].GetProperty("files").GetArrayLength());
        var summary = report.RootElement.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("rendered").GetInt32());
        Assert.Equal(11, summary.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Strict_fails_every_commune_whose_body_disagrees_and_writes_nothing_for_it()
    {
        using var dir = new Repo.TempDir();
        Cli.RunBoth(dir.Path, "batch", Parent, "--units", Units, "-o", "out", "-t", Repo.Templates, "--strict", "--report", "out/bao-cao.json").Exit(1)
            .Stderr("LỖI xa-an-binh.yaml", "FAIL xa-an-binh.yaml")
            .Stdout("đã xuất 0, lỗi 4, 0 cảnh báo, ", "rendered 0, failed 4, 0 warnings, ");
        Assert.False(Directory.EnumerateFiles(Path.Combine(dir.Path, "out"), "*.docx").Any());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "bao-cao.json")));
        Assert.True(report.RootElement.GetProperty("strict").GetBoolean());
        Assert.All(report.RootElement.GetProperty("plans").EnumerateArray(), p => Assert.Equal("failed", p.GetProperty("status").GetString()));
        Assert.Equal(4, report.RootElement.GetProperty("summary").GetProperty("failed").GetInt32());
    }

    [Fact]
    public void The_parent_itself_renders_clean_its_hand_typed_figures_being_its_own()
    {
        using var dir = new Repo.TempDir();
        var r = Cli.Run(dir.Path, "render", Parent, "-o", "out", "-t", Repo.Templates, "--strict");
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    [Fact]
    public void A_figure_printed_from_data_for_a_target_some_units_lack_must_be_guarded_and_the_clone_says_where()
    {
        using var dir = new Repo.TempDir();
        var parent = dir.File("ke-hoach.yaml", File.ReadAllText(Parent).Replace("ít nhất 161 hộ", "ít nhất {{ ct.thoat_ngheo.hien_thi }} hộ"));
        Cli.RunBoth(dir.Path, "clone", parent, "--units", Units, "-o", "plans", "-t", Repo.Templates).Exit(1)
            .Stderr("ke-hoach.yaml:22:49: đơn vị 'Phường Thạnh Mỹ' (don-vi.yaml:5) không được giao chỉ tiêu thoat_ngheo, mà câu này lại in chỉ tiêu đó: " +
                    "hãy đặt câu vào trong {{ if co_chi_tieu \"thoat_ngheo\" }}…{{ end }} để đơn vị không có chỉ tiêu này bỏ câu đó đi",
                "ke-hoach.yaml:22:49: unit 'Phường Thạnh Mỹ' (don-vi.yaml:5) was allocated nothing of thoat_ngheo, which this sentence prints: " +
                    "put it inside {{ if co_chi_tieu \"thoat_ngheo\" }}…{{ end }} so the units without it leave it out")
            .Stdout("đã nhân bản 2 đơn vị, 2 lỗi", "cloned 2 unit(s), 2 failed");

        var guarded = dir.File("guarded.yaml", File.ReadAllText(parent).Replace("giúp được ít nhất {{ ct.thoat_ngheo.hien_thi }} hộ có phụ nữ thoát nghèo;",
            "{{ if co_chi_tieu \"thoat_ngheo\" }}giúp được ít nhất {{ ct.thoat_ngheo.hien_thi }} hộ có phụ nữ thoát nghèo;{{ end }}"));
        var ok = Cli.Run(dir.Path, "clone", guarded, "--units", Units, "-o", "plans2", "-t", Repo.Templates);
        Assert.True(ok.ExitCode == 0, ok.Stderr);
    }
}
