using System.Globalization;
using ReportKit.Checks.Document;
using ReportKit.Import;
using ReportKit.Localization;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;
using static ReportKit.Tests.Support.WordFixture;

namespace ReportKit.Tests;

/// <summary>check holds a document against the same profile the writer prints with.</summary>
public class CheckTests
{
    /// <summary>Checks in Vietnamese (the command line's default) unless <paramref name="lang"/> says otherwise.</summary>
    static CheckResult Check(string path, string? profile = null, CultureInfo? lang = null) => TestLanguage.In(lang ?? UiLanguage.Vietnamese, () =>
    {
        var importer = new DocumentImporter(Repo.Templates);
        var r = importer.Recognise(path, profile);
        return DocumentChecker.Check(r, importer.Profile(r.Plan.Profile));
    });

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_renders_to_a_document_check_finds_nothing_wrong_with(string example)
    {
        using var dir = new Repo.TempDir();
        var docx = new PlanRenderer().Render(Repo.Example(example), dir.Path).DocxPath;
        var result = Check(docx);
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
    }

    /// <summary>A plan typed without knowing the rules: Arial, no Quốc hiệu, "Số: 5/KH", "ngày 5", page numbers at the foot.</summary>
    static string Naive(string dir)
    {
        var d = new WordFixture { NormalFont = "Arial", NormalSize = 12 };
        var f = new Fmt(12, Font: "Arial");
        d.Add(d.P(d.R("HỘI LHPN TỈNH HÀ NAM", f)));
        d.Add(d.P(d.R("BAN THƯỜNG VỤ", f.Bold)));
        d.Add(d.P(d.R("Số: 5/KH", f)));
        d.Add(d.P(d.R("Hà Nam, ngày 5 tháng 3 năm 2025", f), jc: "right"));
        d.Add(d.P(d.R("KẾ HOẠCH", f.Bold), jc: "center"));
        d.Add(d.P(d.R("Tổ chức Ngày hội phụ nữ năm 2025", f), jc: "center"));
        d.Add(d.P(d.R("I. MỤC ĐÍCH", f.Bold)));
        for (var i = 0; i < 40; i++) d.Add(d.P(d.R("- Tuyên truyền sâu rộng đến cán bộ, hội viên về ý nghĩa của ngày hội, vận động phụ nữ tham gia các hoạt động văn hóa, thể thao tại cơ sở", f)));
        d.Add(d.P(d.R("II. TỔ CHỨC THỰC HIỆN", f.Bold)));
        d.Add(d.P(d.R("Các cấp Hội triển khai thực hiện.", f)));
        d.Add(d.P(d.R("Nơi nhận:", f.Bold)));
        d.Add(d.P(d.R("- Các cơ sở Hội", f)));
        d.Add(d.P(d.R("CHỦ TỊCH", f.Bold), jc: "right"));
        d.Add(d.P(d.R("Trần Thị Hà", f.Bold), jc: "right"));
        var path = Path.Combine(dir, "naive.docx");
        d.Save(path, Section(defaultFooter: d.Part(false, d.P(PageField(f), jc: "right", record: false)), titlePage: false));
        return path;
    }

    [Fact]
    public void A_naive_document_gets_at_least_the_expected_findings()
    {
        using var dir = new Repo.TempDir();
        var result = Check(Naive(dir.Path));
        var rules = result.Findings.Select(f => f.Rule).ToList();
        Assert.Contains("phong_chu", rules);                 // Arial
        Assert.Contains("tieu_de", rules);                   // no Quốc hiệu
        Assert.Contains("so.mau", rules);                    // "Số: 5/KH" → "Số: 05/KH"
        Assert.Contains("kiem_tra.ky_hieu", rules);          // "KH" has no organ part
        Assert.Contains("ngay", rules);                      // "ngày 5" → "ngày 05"
        Assert.Contains("so_trang", rules);                  // page numbers in the footer
        Assert.Contains(result.Findings, f => f.Message.Contains("chân trang"));
        Assert.Contains(result.Findings, f => f.Message.Contains("“Số: 05/KH”"));
        Assert.Contains(result.Findings, f => f.Message.Contains("ngày 05 tháng 3 năm 2025"));
        Assert.Contains(result.Findings, f => f.Message.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        // Every finding says where it is and what the rule is.
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Where)));
        Assert.All(result.Findings, f => Assert.Matches("quy định|đúng thể thức|thể thức này", f.Message));
    }

    [Fact]
    public void Findings_can_be_read_in_English()
    {
        using var dir = new Repo.TempDir();
        var result = Check(Naive(dir.Path), lang: UiLanguage.English);
        Assert.Contains(result.Findings, f => f.Message.Contains("footer"));
        Assert.Contains(result.Findings, f => f.Where.StartsWith("paragraph ") || f.Where is "document" or "page footer");
    }

    [Fact]
    public void Numbering_mistakes_of_the_source_are_findings()
    {
        using var dir = new Repo.TempDir();
        var plan = Fixtures.ClerkPlans.All.Single(p => p.Name == "nfd-so-muc-sai");
        var (d, sect) = plan.Build();
        var path = Path.Combine(dir.Path, "sai.docx");
        d.Save(path, sect);
        var result = Check(path);
        var numbering = result.Findings.Where(f => f.Rule == "danh_so").ToList();
        Assert.Equal(4, numbering.Count);
        Assert.Contains(numbering, f => f.Message.Contains("“II.” đúng ra là “III.”"));
    }

    [Fact]
    public void A_party_document_checked_under_the_state_profile_is_told_what_differs()
    {
        using var dir = new Repo.TempDir();
        var docx = new PlanRenderer().Render(Repo.Example("phu-tho-dang-uy-khoi-2022"), dir.Path).DocxPath;
        var result = Check(docx, "nha-nuoc");
        var rules = result.Findings.Select(f => f.Rule).ToHashSet();
        Assert.Contains("tieu_de", rules);            // ĐẢNG CỘNG SẢN VIỆT NAM instead of the Quốc hiệu
        Assert.Contains("so.mau", rules);             // "Số 52-KH/ĐUK" instead of "Số: 52/..."
        Assert.Contains("chu_ky.tien_to", rules);     // T/M instead of TM.
        Assert.Contains("duoi_co_quan", rules);       // a star instead of a line
    }
}

/// <summary>The worked example of docs/import-check-fix.md says what the commands print.</summary>
public class WorkedExampleTests
{
    [Fact]
    public void The_documented_example_gets_the_documented_findings_and_fix_clears_them()
    {
        var path = Path.Combine(Repo.Examples, "word", "ke-hoach-cu.docx");
        var importer = new DocumentImporter(Repo.Templates);
        var r = importer.Recognise(path);
        // The document quotes the command's output as a clerk sees it: in Vietnamese.
        var result = TestLanguage.In(UiLanguage.Vietnamese, () => DocumentChecker.Check(r, importer.Profile(r.Plan.Profile)));
        Assert.Equal(["so_trang", "so_trang", "phong_chu", "so.mau", "ngay", "trich_yeu"], result.Findings.Select(f => f.Rule));
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "import-check-fix.md"));
        foreach (var f in result.Findings) Assert.Contains($"ke-hoach-cu.docx: {f}", doc);

        using var dir = new Repo.TempDir();
        var fixedDocx = new DocumentFixer(Repo.Templates).Fix(path, dir.Path).Files.Single(f => f.EndsWith(".docx"));
        var again = importer.Recognise(fixedDocx);
        Assert.Empty(DocumentChecker.Check(again, importer.Profile(again.Plan.Profile)).Findings);
    }
}
