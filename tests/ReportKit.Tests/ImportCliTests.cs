using System.Text.Json;
using ReportKit.Tests.Fixtures;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>import, check and fix as a user runs them: exit codes, what is written, what is printed.</summary>
public class ImportCliTests
{
    static string Fixture(string dir, string name)
    {
        var plan = ClerkPlans.All.Single(p => p.Name == name);
        var (d, sect) = plan.Build();
        var path = Path.Combine(dir, name + ".docx");
        d.Save(path, sect);
        return path;
    }

    [Fact]
    public void Import_writes_a_plan_that_renders()
    {
        using var dir = new Repo.TempDir();
        var docx = Fixture(dir.Path, "hoi-bang-1x2");
        new Cli.Both(Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null }, dir.Path, "import", docx, "-o", "ke-hoach.yaml"), Cli.Run(dir.Path, "import", docx, "-o", "en.yaml", "--lang", "en")).Exit(0)
            .Stdout("đã ghi ke-hoach.yaml", "wrote en.yaml");
        var yaml = File.ReadAllText(Path.Combine(dir.Path, "ke-hoach.yaml"));
        Assert.Contains("so: 15", yaml);
        Assert.Contains("# MỤC ĐÍCH, YÊU CẦU", yaml);
        var render = Cli.Run(dir.Path, "render", "ke-hoach.yaml", "-o", "out", "-t", Repo.Templates);
        Assert.True(render.ExitCode == 0, render.Stderr);

        // An existing plan file is not replaced without --force.
        Cli.RunBoth(dir.Path, "import", docx, "-o", "ke-hoach.yaml").Exit(1)
            .Stderr("ke-hoach.yaml: đã có; thêm --force để thay", "ke-hoach.yaml: exists already; pass --force to replace it");
    }

    [Fact]
    public void Import_prints_what_it_corrected_and_guessed()
    {
        using var dir = new Repo.TempDir();
        var seed = Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "Fixtures", "seeds", "001_c25a720ce7efe261.txt");
        Cli.RunBoth(dir.Path, "import", seed, "-o", "001.yaml", "--force").Exit(0)
            .Stderr("đã sửa: dòng 129: văn bản gốc đánh số \"III.\", được in là \"IV.\"", "corrected: line 129: numbered \"III.\" in the source, printed \"IV.\"")
            .Stderr("đã sửa: dòng 3: \"Số: 321 /KH-BTV\" được in là \"Số: 321/KH-BTV\"", "corrected: line 3: \"Số: 321 /KH-BTV\" is printed \"Số: 321/KH-BTV\"")
            .Stderr("đã đoán: co_quan", "guessed: co_quan");
    }

    [Fact]
    public void Check_exits_0_when_clean_1_with_findings_and_2_when_unreadable()
    {
        using var dir = new Repo.TempDir();
        var render = Cli.Run(dir.Path, "render", Repo.Example("khanh-hoa-2021"), "-o", "out");
        Assert.Equal(0, render.ExitCode);
        Cli.RunBoth(dir.Path, "check", Path.Combine(dir.Path, "out", "ke-hoach.docx")).Exit(0)
            .Stdout("Không có điểm nào sai thể thức.", "No deviations from the profile.");

        var naive = Fixture(dir.Path, "hoi-tab");
        var findings = Cli.Run(dir.Path, "check", naive, "--json");
        Assert.Equal(1, findings.ExitCode);
        using var json = JsonDocument.Parse(findings.Stdout);
        Assert.Equal("hoi", json.RootElement.GetProperty("profile").GetString());
        Assert.True(json.RootElement.GetProperty("count").GetInt32() > 0);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "so_trang");

        var empty = Path.Combine(dir.Path, "trong.docx");
        File.WriteAllBytes(empty, []);
        Cli.RunBoth(dir.Path, "check", empty).Exit(2).NoStackTrace()
            .Stderr("trong.docx: tệp trống (0 byte), không phải văn bản Word", "trong.docx: the file is empty");
    }

    [Fact]
    public void Fix_writes_the_document_and_its_plan_file_and_check_finds_them_clean()
    {
        using var dir = new Repo.TempDir();
        var docx = Fixture(dir.Path, "tcvn3-vntime");
        new Cli.Both(Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null }, dir.Path, "fix", docx, "-o", "sua"), Cli.Run(dir.Path, "fix", docx, "-o", "sua-en", "--lang", "en")).Exit(0)
            .Stderr("ghi chú: đã chuyển TCVN3", "note: converted TCVN3");
        Assert.True(File.Exists(Path.Combine(dir.Path, "sua", "tcvn3-vntime.docx")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "sua", "tcvn3-vntime.yaml")));
        Cli.RunBoth(dir.Path, "check", Path.Combine("sua", "tcvn3-vntime.docx")).Exit(0)
            .Stdout("Không có điểm nào sai thể thức.", "No deviations from the profile.");
    }

    [Fact]
    public void A_wrong_profile_name_is_an_error_naming_the_known_ones()
    {
        using var dir = new Repo.TempDir();
        var docx = Fixture(dir.Path, "hoi-bang-1x2");
        Cli.RunBoth(dir.Path, "check", docx, "--the-thuc", "dangg").Exit(2)
            .Stderr("--the-thuc: không có hồ sơ thể thức tên 'dangg' (có: ", "--the-thuc: no profile named 'dangg' (known: ")
            .Stderr("dang, ", "dang, ");
    }

    [Fact]
    public void An_old_doc_imports_through_LibreOffice_when_it_is_installed()
    {
        if (ReportKit.External.LibreOffice.SofficeLocator.Find() is null) return; // nothing to test without it; the message is tested elsewhere
        using var dir = new Repo.TempDir();
        var docx = Fixture(dir.Path, "hoi-bang-1x2");
        // Make a Word 97–2003 file the way an office would have it: LibreOffice saves the .doc.
        var profile = new Uri(Path.Combine(dir.Path, "lo-profile") + "/").AbsoluteUri;
        var psi = new System.Diagnostics.ProcessStartInfo(ReportKit.External.LibreOffice.SofficeLocator.Find()!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-env:UserInstallation=" + profile, "--headless", "--convert-to", "doc", "--outdir", dir.Path, docx }) psi.ArgumentList.Add(a);
        using (var p = System.Diagnostics.Process.Start(psi)!) { p.WaitForExit(120_000); }
        var doc = Path.Combine(dir.Path, "hoi-bang-1x2.doc");
        Assert.True(File.Exists(doc));
        var r = Cli.Run(dir.Path, "import", doc, "-o", "tu-doc.yaml");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var yaml = File.ReadAllText(Path.Combine(dir.Path, "tu-doc.yaml"));
        Assert.Contains("ky_hieu: KH-BTV", yaml);
        Assert.Contains("ho_ten: Hoàng Thị Mai", yaml);
    }
}
