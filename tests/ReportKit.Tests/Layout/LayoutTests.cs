using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;
using ReportKit.External.LibreOffice;
using ReportKit.Writers.Pdf;

namespace ReportKit.Tests.Layout;

/// <summary>
/// Pages that hold at every length: the plans of <see cref="LayoutPlans"/> are rendered, converted
/// to PDF by LibreOffice in one run, and their pages read back with positions (pdftotext
/// -bbox-layout). The assertions are what a văn thư checks on paper: the place and date on one
/// line level with Số; no page left mostly empty by keep rules; the closing, the first lines of
/// Nơi nhận and the authority line on one page, and a long Nơi nhận running on to the next; organ
/// names that neither end a line in a dash nor leave a syllable alone; "Covid-19", "2020 – 2025",
/// "Số: 12/KH-BTV", "ngày 05/7/2023" never split. Skipped, saying what to install, without
/// LibreOffice and poppler. Set REPORTKIT_LAYOUT_OUT to a folder to keep the PDFs (and the plans) and look at them.
/// </summary>
public class LayoutTests(LayoutTests.Rendered rendered) : IClassFixture<LayoutTests.Rendered>
{
    internal sealed record Result(LayoutPlans.Plan Plan, PlanDocument Document, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<PdfPage> Pages);

    /// <summary>Every plan rendered, then converted in one LibreOffice run (starting it costs seconds).</summary>
    public sealed class Rendered : IDisposable
    {
        readonly Repo.TempDir _dir = new();
        readonly Lazy<IReadOnlyDictionary<string, Result>> _results;

        public Rendered() => _results = new(() =>
        {
            var renderer = new PlanRenderer(Repo.Templates);
            var rendered = new List<(LayoutPlans.Plan Plan, PlanDocument Document, IReadOnlyList<Diagnostic> Warnings, string Docx)>();
            foreach (var plan in LayoutPlans.All)
            {
                var yaml = _dir.File(Path.Combine(plan.Name, "ke-hoach.yaml"), plan.Yaml);
                var (_, document, _) = renderer.Prepare(yaml);
                var result = renderer.Render(yaml, Path.Combine(_dir.Path, plan.Name, "out"));
                rendered.Add((plan, document, result.Warnings, result.DocxPath));
            }
            using var converter = new PdfConverter(SofficeLocator.Locate(), PdfFlavor.Pdf);
            var pdfs = converter.Convert(rendered.Select(r => r.Docx).ToList());
            var keep = Environment.GetEnvironmentVariable("REPORTKIT_LAYOUT_OUT");
            if (!string.IsNullOrEmpty(keep)) Directory.CreateDirectory(keep);
            var results = new Dictionary<string, Result>();
            for (var i = 0; i < rendered.Count; i++)
            {
                var (plan, document, warnings, _) = rendered[i];
                Assert.True(pdfs[i].Succeeded, $"{plan.Name}: {pdfs[i].Error}");
                if (!string.IsNullOrEmpty(keep))
                {
                    File.Copy(pdfs[i].PdfPath!, Path.Combine(keep, plan.Name + ".pdf"), overwrite: true);
                    File.WriteAllText(Path.Combine(keep, plan.Name + ".yaml"), plan.Yaml);
                }
                results[plan.Name] = new Result(plan, document, warnings, PdfPages.Read(pdfs[i].PdfPath!));
            }
            return results;
        });

        internal Result this[string name] => _results.Value[name];
        public void Dispose() => _dir.Dispose();
    }

    public static IEnumerable<object[]> Plans() => LayoutPlans.All.Select(p => new object[] { p.Name });

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(Plans))]
    public void The_place_and_date_stand_on_one_line_level_with_the_number(string plan)
    {
        var r = rendered[plan];
        var header = Header(r);
        var date = Assert.Single(header, l => Squash(l.Text).Contains(Squash(r.Document.Header.DateLine)));
        var number = Assert.Single(header, l => Squash(l.Text).Contains(Squash(r.Document.Header.NumberLine)));
        Assert.True(Math.Abs(date.YMax - number.YMax) <= 2.5, $"Số and the date are not level: {number} / {date}");
        Assert.DoesNotContain(r.Warnings, w => w.Message.Contains("dia_danh") || w.Message.Contains("co_quan"));
    }

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(Plans))]
    public void No_page_is_left_less_than_60_percent_full_unless_it_ends_a_section(string plan)
    {
        foreach (var section in Sections(rendered[plan].Pages))
            foreach (var page in section.SkipLast(1))
                Assert.True(page.Fullness >= 0.6, $"{plan}: page {page.Number} is only {page.Fullness:P0} full; its last line: {page.Body.LastOrDefault()}");
    }

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(Plans))]
    public void The_closing_the_first_recipients_and_the_authority_line_share_a_page(string plan)
    {
        var r = rendered[plan];
        var main = Sections(r.Pages)[0];
        var lines = main.SelectMany(p => p.Body).ToList();
        var label = lines.First(l => l.Text.Contains("Nơi nhận:"));
        // The body's end mark closes the last paragraph (or stands under a table that ends the body).
        var closing = lines.TakeWhile(l => !ReferenceEquals(l, label)).Last(l => l.Text.Contains("./."));
        var authority = lines.First(l => l.Text.Contains(r.Plan.Authority));
        var firstRecipient = lines.First(l => l.Page == label.Page && l.YMin > label.YMin + 1 && Math.Abs(l.XMin - label.XMin) < 3);
        Assert.True(closing.Page == label.Page && authority.Page == label.Page && firstRecipient.Page == label.Page,
            $"{plan}: closing {closing}, label {label}, first recipient {firstRecipient}, authority {authority}");
        Assert.StartsWith("-", firstRecipient.Text);
    }

    [NeedsLibreOfficeTheory]
    [InlineData("sau-muoi-noi-nhan")]
    [InlineData("lien-tich-40-noi-nhan")]
    public void A_long_Noi_nhan_runs_on_to_the_next_page_and_the_signature_stays_whole(string plan)
    {
        var r = rendered[plan];
        var lines = Sections(r.Pages)[0].SelectMany(p => p.Body).ToList();
        var label = lines.First(l => l.Text.Contains("Nơi nhận:"));
        var archive = lines.Last(l => l.Text.StartsWith("- Lưu"));
        Assert.True(archive.Page > label.Page, $"{plan}: Nơi nhận fits on one page; the test wants it longer");
        // Each next page goes on with the list, from the top (how full each page is, is No_page_is_left_...'s).
        for (var page = label.Page + 1; page <= archive.Page; page++)
            Assert.StartsWith("-", r.Pages[page - 1].Body.First().Text);
        // Every line of every signature block is on the label's page.
        foreach (var name in r.Document.End.Signatures.Select(s => s.Name))
            Assert.Equal(label.Page, lines.First(l => l.Text.Contains(name)).Page);
    }

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(Plans))]
    public void Organ_lines_neither_end_in_a_dash_nor_leave_a_syllable_alone(string plan)
    {
        var r = rendered[plan];
        var header = Header(r);
        var number = header.First(l => Squash(l.Text).Contains(Squash(r.Document.Header.NumberLine)));
        var date = header.First(l => Squash(l.Text).Contains(Squash(r.Document.Header.DateLine)));
        var organLines = header.Where(l => l.YMax < number.YMin && l.XMax < date.XMin).ToList();
        Assert.NotEmpty(organLines);
        foreach (var line in organLines.Where(l => l.Text.Any(char.IsLetter)))
        {
            Assert.False(Dashes.Contains(line.Text[^1]) || Dashes.Contains(line.Text[0]), $"{plan}: an organ line breaks at a dash: {line}");
            Assert.False(line.Words.Count == 1 && IsSyllable(line.Words[0]), $"{plan}: a syllable alone on an organ line: {line}");
        }
    }

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(Plans))]
    public void Nothing_that_reads_as_one_unit_is_broken_across_lines(string plan)
    {
        foreach (var page in rendered[plan].Pages)
        {
            var lines = page.Body.ToList();
            foreach (var (line, next) in lines.Zip(lines.Skip(1)))
            {
                // The next line of the same paragraph: just below, in the same column.
                if (next.YMin - line.YMax > 10 || next.XMin > line.XMax || next.XMax < line.XMin) continue;
                var last = line.Words[^1];
                var first = next.Words[0];
                Assert.False(JoinedHyphenAtEnd.IsMatch(last), $"{plan}: a hyphenated word is split: {line} / {next}");
                Assert.False(Dashes.Contains(last[^1]) && last.Length == 1 && line.Words.Count > 1 && char.IsDigit(line.Words[^2][^1]) && char.IsDigit(first[0]),
                    $"{plan}: a range of numbers is split: {line} / {next}");
                Assert.False(Dashes.Contains(first[0]) && first.Length == 1 && char.IsDigit(last[^1]) && next.Words.Count > 1 && char.IsDigit(next.Words[1][0]),
                    $"{plan}: a range of numbers is split: {line} / {next}");
                Assert.False(NumberWords.Contains(last) && char.IsDigit(first[0]), $"{plan}: a number is split from its word: {line} / {next}");
            }
        }
    }

    [NeedsLibreOfficeFact]
    public void Every_extreme_renders_without_a_layout_warning()
    {
        foreach (var plan in LayoutPlans.All)
            Assert.DoesNotContain(rendered[plan.Name].Warnings, w => w.Message.Contains("dia_danh") || w.Message.Contains("co_quan"));
    }

    [NeedsLibreOfficeFact]
    public void What_is_kept_together_is_found_and_copied_from_the_PDF_as_typed()
    {
        // w:noBreakHyphen and U+00A0 come out of LibreOffice as a plain "-" and a plain space.
        var text = string.Join(' ', rendered["khong-ngat-dong"].Pages.SelectMany(p => p.Lines).Select(l => l.Text));
        foreach (var typed in new[] { "Covid-19", "2020 – 2025", "Số: 12/KH-BTV", "ngày 05/7/2023" })
            Assert.Contains(typed, text);
        Assert.DoesNotContain('\u2011', text);
        Assert.DoesNotContain('\u00A0', text);
    }

    [NeedsLibreOfficeFact]
    public void The_body_refers_to_its_annex()
    {
        var lines = rendered["bang-cuoi-va-phu-luc"].Pages.SelectMany(p => p.Body).Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.Contains("Kèm theo Kế hoạch này có Phụ lục"));
    }

    /// <summary>Page 1 above the type name ("KẾ HOẠCH"): the header's lines.</summary>
    static List<PdfLine> Header(Result r)
    {
        var page = r.Pages[0];
        var type = page.Body.First(l => l.Text == r.Document.DocumentType);
        return page.Body.Where(l => l.YMax <= type.YMin).ToList();
    }

    /// <summary>
    /// The document's sections as page ranges: the plan itself, then each annex (it starts on a
    /// page of its own with "Phụ lục", NĐ 30 III.1đ).
    /// </summary>
    static List<List<PdfPage>> Sections(IReadOnlyList<PdfPage> pages)
    {
        var sections = new List<List<PdfPage>> { new() };
        foreach (var page in pages)
        {
            if (page.Number > 1 && page.Body.FirstOrDefault()?.Text.StartsWith("Phụ lục") == true) sections.Add([]);
            sections[^1].Add(page);
        }
        return sections;
    }

    static readonly char[] Dashes = ['-', '–', '—', '\u2011'];
    static readonly Regex JoinedHyphenAtEnd = new(@"[\p{L}\p{N}][-\u2011]$");
    static readonly HashSet<string> NumberWords = ["ngày", "Ngày", "tháng", "năm", "Năm", "số", "Số", "Số:"];

    static string Squash(string s) => Regex.Replace(s.Replace('\u00A0', ' '), @"\s+", " ").Trim();

    /// <summary>A Vietnamese syllable (onset, vowels, coda) once its marks are taken off: "KHÁNH", "MINH", "TỈNH".</summary>
    static bool IsSyllable(string word)
    {
        var plain = new string(word.Replace('Đ', 'D').Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).ToUpperInvariant();
        return plain.Length < 4 || Regex.IsMatch(plain, "^(NGH|CH|GH|GI|KH|NG|NH|PH|QU|TH|TR|[BCDGHKLMNPRSTVX])?[AEIOUY]+(CH|NG|NH|[CMNPT])?$");
    }
}
