using ReportKit.Checks.Document;
using ReportKit.Import;
using ReportKit.Load;
using ReportKit.Tests.Fixtures;
using ReportKit.Tests.Support;
using ReportKit.Text;
using Xunit.Abstractions;

namespace ReportKit.Tests;

/// <summary>
/// Plans made the way clerks make them in Word (tables, tabs, text boxes, Word lists, TCVN3 and
/// VNI fonts, footnotes, annexes, Party and Đoàn plans) import with nothing lost, find what the
/// document says, and come out of fix with no deviation for check to report.
/// </summary>
public class ImportFixtureTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Plans() => ClerkPlans.All.Select(p => new object[] { p });

    [Fact]
    public void A_table_after_the_signature_imports_as_a_table_annex()
    {
        using var dir = new Repo.TempDir();
        var path = Build(ClerkPlans.All.Single(p => p.Expect.Annex), dir.Path, out _);
        var r = new DocumentImporter(Repo.Templates).Recognise(path);
        var annex = Assert.Single(r.Plan.Annexes);
        Assert.Equal("CHỈ TIÊU HỖ TRỢ PHỤ NỮ KHỞI NGHIỆP NĂM 2025", annex.Title);
        Assert.StartsWith("(Kèm theo Kế hoạch số 31/KH-BTV", annex.Reference);
        Assert.True(annex.Landscape);
        Assert.Equal(["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025"], annex.Columns.Select(c => c.Title));
        Assert.Equal("stt", annex.Columns[0].Kind);
        Assert.Equal(2, annex.Rows.Count);
        Assert.Equal(["Hợp tác xã do phụ nữ quản lý thành lập mới", "HTX", "03"], annex.Rows[1].Cells.Skip(1));
        var yaml = DocumentImporter.Yaml(r);
        Assert.Contains("phu_luc:", yaml);
        Assert.Contains("      - [Ý tưởng khởi nghiệp được hỗ trợ, ý tưởng, 20]", yaml);
    }

    [Fact]
    public void An_annex_label_and_title_on_one_line_are_told_apart()
    {
        using var dir = new Repo.TempDir();
        var (d, sect) = ClerkPlans.AnnexLabelAndTitleOnOneLine();
        var path = Path.Combine(dir.Path, "phu-luc-mot-dong.docx");
        d.Save(path, sect);
        var r = new DocumentImporter(Repo.Templates).Recognise(path);
        Assert.Empty(r.Report.NotPlaced);
        Assert.Equal("CHỈ TIÊU HỖ TRỢ PHỤ NỮ KHỞI NGHIỆP NĂM 2025", Assert.Single(r.Plan.Annexes).Title);
    }

    /// <summary>Text between the (Kèm theo …) line and the table, an annex of text, a second table: each has its place.</summary>
    [Fact]
    public void Annex_text_and_second_tables_have_their_place()
    {
        using var dir = new Repo.TempDir();
        var importer = new DocumentImporter(Repo.Templates);

        var ubnd = importer.Recognise(Build(ClerkPlans.All.Single(p => p.Name == "ubnd-phu-luc-nhiem-vu-va-van-ban"), dir.Path, out _));
        Assert.Empty(ubnd.Report.NotPlaced);
        var (tasks, text) = (ubnd.Plan.Annexes[0], ubnd.Plan.Annexes[1]);
        Assert.Equal("Các cơ quan, đơn vị thực hiện các nhiệm vụ sau, báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn:\n", tasks.Text);
        Assert.Equal(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], tasks.Columns.Select(c => c.Title));
        Assert.Equal(["***Ghi chú:*** *các cơ quan chủ trì chủ động bố trí kinh phí trong dự toán được giao*"], tasks.Notes);
        Assert.Empty(text.Columns);
        Assert.StartsWith("## Về Chương trình OCOP\n\n- Mục tiêu, nội dung, ý nghĩa", text.Text);
        Assert.EndsWith("trên sàn thương mại điện tử.\n", text.Text);

        var party = importer.Recognise(Build(ClerkPlans.All.Single(p => p.Name == "dang-uy-xa-khau-hieu"), dir.Path, out _));
        Assert.Empty(party.Report.NotPlaced);
        Assert.StartsWith("1. Nhiệt liệt chào mừng 96 năm", party.Plan.Annexes[0].Text);
        var schedule = party.Plan.Annexes[1];
        // The first table is written in the annex's text under its heading; the last is the annex's table.
        Assert.Contains("## Cấp xã\n\n{rộng: ", schedule.Text);
        Assert.Contains("| 2 | Giải bóng chuyền chào mừng | Từ 25/01 đến 01/02/2026 |", schedule.Text);
        Assert.EndsWith("## Chi bộ thôn, bản\n", schedule.Text);
        Assert.Equal(2, schedule.Rows.Count);
    }

    static string Build(ClerkPlan plan, string dir, out WordFixture doc)
    {
        var (d, sect) = plan.Build();
        var path = Path.Combine(dir, plan.Name + ".docx");
        d.Save(path, sect);
        doc = d;
        return path;
    }

    /// <summary>REPORTKIT_FIXTURES_OUT=folder writes every fixture there, to open in Word or LibreOffice.</summary>
    [Fact]
    public void Fixtures_can_be_written_out_for_a_person_to_open()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTKIT_FIXTURES_OUT");
        using var dir = new Repo.TempDir();
        foreach (var plan in ClerkPlans.All)
        {
            var path = Build(plan, folder ?? dir.Path, out var doc);
            Assert.True(new FileInfo(path).Length > 2000);
            if (folder is not null) File.WriteAllText(Path.ChangeExtension(path, ".txt"), doc.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Clerk_plan_imports_what_it_says_with_nothing_lost(ClerkPlan plan)
    {
        using var dir = new Repo.TempDir();
        var path = Build(plan, dir.Path, out _);
        var importer = new DocumentImporter(Repo.Templates);
        var r = importer.Recognise(path);
        foreach (var line in r.Report.Corrections.Concat(r.Report.Guesses).Concat(r.Report.NotPlaced).Concat(r.Report.ReaderNotes)) output.WriteLine(line);
        output.WriteLine(DocumentImporter.Yaml(r));

        var e = plan.Expect;
        var p = r.Plan;
        Assert.Equal(e.Profile, p.Profile);
        Assert.Equal(VietnameseText.Upper(e.Issuer), VietnameseText.Upper(p.Issuer.Replace('\n', ' ')));
        Assert.Equal(e.Symbol, p.Symbol);
        Assert.Equal(e.Number, p.Number);
        Assert.Equal(e.Signer, p.SignerName);
        Assert.Equal(e.Recipients, p.Recipients.Count);
        if (e.Date is { } date) Assert.Equal(date, p.Date?.ToString("dd/MM/yyyy"));
        if (e.Year is { } year) Assert.Equal(year, p.Year);
        if (e.Authority is { } authority) Assert.Equal(authority, p.Authority[0]);
        if (e.ReaderNote is { } note) Assert.Contains(r.Report.ReaderNotes, n => n.Contains(note));
        Assert.Equal(e.Footnotes, System.Text.RegularExpressions.Regex.Matches(p.Body, @"^\[\^\d+\]:", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Equal(e.NumberingFixes, r.NumberingFixes.Count);
        Assert.Empty(r.Report.Guesses);
        Assert.Empty(r.Report.NotPlaced);
        if (e.Annexes is { } kinds)
            Assert.Equal(kinds, p.Annexes.Select(a => a.Columns.Count > 0 || a.Targets is not null ? "bang" : "van_ban"));

        var yaml = importer.CheckedYaml(r, Path.Combine(dir.Path, "ke-hoach.yaml"));
        Assert.NotNull(PlanLoader.Parse(yaml, "ke-hoach.yaml", new Diagnostics.DiagnosticBag()));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Fix_output_keeps_the_words_and_passes_check(ClerkPlan plan)
    {
        using var dir = new Repo.TempDir();
        var path = Build(plan, dir.Path, out var doc);
        var result = new DocumentFixer(Repo.Templates).Fix(path, Path.Combine(dir.Path, "out"));
        var docx = result.Files.Single(f => f.EndsWith(".docx"));

        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(docx);
        var check = DocumentChecker.Check(recognition, importer.Profile(recognition.Plan.Profile));
        foreach (var f in check.Findings) output.WriteLine(f.ToString());
        Assert.Empty(check.Findings);

        // Header and signature lines may read in another order once laid out again; no word may go missing.
        var match = WordMatch.MeasureUnordered(doc.Text, WordMatch.DocxText(docx));
        output.WriteLine($"{plan.Name}: {match.Matched}/{match.SourceWords} = {match.Ratio:P2}; missing: {string.Join(" ", match.Missing.Take(40))}");
        Assert.True(match.Ratio >= 0.99, $"{plan.Name}: {match.Ratio:P2} of the words survive fix; missing: {string.Join(" ", match.Missing.Take(40))}");
    }
}
