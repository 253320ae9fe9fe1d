using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Tests.Support;
using ReportKit.Text;

namespace ReportKit.Tests;

/// <summary>
/// The README's clone-then-batch of the Cao Bằng 2024 plan for its 61 units, as a newcomer runs
/// it: every commune plan comes out with no warning, and its body prints its own figures, the
/// ones its annex allocates to it, read back from the DOCX.
/// </summary>
public class CaoBangCloneTests
{
    static readonly string Plan = Repo.Example("cao-bang-2024");
    static readonly string Workbook = Path.Combine(Repo.Examples, "cao-bang-2024", "chi-tieu.xlsx");

    /// <summary>The sentence of the body that carries each target's figure, with the figure as the annex prints it.</summary>
    static readonly Dictionary<string, (string Before, string After)> Sentence = new()
    {
        ["thoat_ngheo"] = ("ít nhất ", " hộ có phụ nữ thoát nghèo,"),
        ["thoat_can_ngheo"] = (" ", " hộ có phụ nữ thoát cận nghèo;"),
        ["htx_moi"] = ("thành lập mới ", " HTX có phụ nữ tham gia quản lý"),
        ["hoi_vien_moi"] = ("tăng thêm ", " hội viên"),
        ["ket_nap_dang"] = ("ít nhất ", " hội viên phụ nữ ưu tú"),
        ["chi_hoi_truong"] = ("; ", " chi hội trưởng được tập huấn"),
        ["loai_hinh"] = ("duy trì thường xuyên ", " loại hình hoạt động"),
    };

    [Fact]
    public void Every_unit_gets_a_plan_whose_body_prints_the_figures_its_annex_allocates_to_it()
    {
        using var dir = new Repo.TempDir();
        var vi = new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null };
        var clone = Cli.Run(vi, dir.Path, "clone", Plan, "--units", Workbook, "-o", "plans");
        Assert.True(clone.ExitCode == 0, clone.Stderr);
        Assert.Contains("đã nhân bản 61 đơn vị, 0 lỗi", clone.Stdout);
        var batch = Cli.Run(vi, dir.Path, "batch", "plans", "-o", "out", "--strict", "--report", "out/bao-cao.json");
        Assert.True(batch.ExitCode == 0, batch.Stderr);
        Assert.Matches(@"đã xuất 61, lỗi 0, 0 cảnh báo, ", batch.Stdout);
        // The same words in English, for one unit (the 61 above are the test; this only reads the messages).
        var cloneEn = Cli.Run(dir.Path, "clone", Plan, "--units", Workbook, "--unit", "X04", "-o", "plans-en", "--lang", "en");
        Assert.Contains("cloned 1 unit(s), 0 failed", cloneEn.Stdout);
        Assert.Matches(@"rendered 1, failed 0, 0 warnings, ", Cli.Run(dir.Path, "batch", "plans-en", "-o", "out-en", "--strict", "--lang", "en").Stdout);
        using (var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "bao-cao.json"))))
        {
            Assert.Equal(61, report.RootElement.GetProperty("plans").GetArrayLength());
            Assert.All(report.RootElement.GetProperty("plans").EnumerateArray(), p => Assert.Equal("ok", p.GetProperty("status").GetString()));
        }

        var parent = PlanLoader.Load(Plan);
        var targets = parent.Targets!;
        var checkedFigures = 0;
        foreach (var unit in targets.Units)
        {
            var file = Path.Combine(dir.Path, "out", VietnameseText.Slug(unit.Name) + ".docx");
            var body = BodyText(file);
            Assert.StartsWith("Thực hiện Kế hoạch số 95/KH-BTV ngày 15 tháng 12 năm 2023 của Ban Thường vụ Hội LHPN tỉnh Cao Bằng", body);
            foreach (var t in targets.Targets)
            {
                var value = t.Allocations.TryGetValue(unit.Code, out var a) ? a.Value : t.Aggregation == Aggregation.Sum ? null : t.Value;
                var (before, after) = Sentence[t.Code];
                if (value is null)
                {
                    // Not this unit's target: its sentence is left out, not printed with the province's figure.
                    Assert.DoesNotMatch(System.Text.RegularExpressions.Regex.Escape(before) + @"\S+" + System.Text.RegularExpressions.Regex.Escape(after), body);
                    continue;
                }
                var shown = t.Code == "htx_moi" ? VietnameseNumber.Padded((int)value.Number!.Value) : Shown(value);
                Assert.True(body.Contains(before + shown + after), $"{unit.Name}: expected \"{before + shown + after}\" in its body");
                checkedFigures++;
            }
        }
        Assert.True(checkedFigures > 61 * 4, $"only {checkedFigures} figures checked");
    }

    static string Shown(TargetValue v) => v.Kind switch
    {
        TargetValueKind.Percent => VietnameseNumber.Percent(v.Number!.Value),
        TargetValueKind.Text => v.Text!,
        _ => VietnameseNumber.Number(v.Number!.Value),
    };

    /// <summary>The body's paragraphs as a reader sees them, up to the annex.</summary>
    static string BodyText(string docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        // DocxText reads w:noBreakHyphen as "-" and U+00A0 as a space, as a reader gets them.
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(DocxText.Plain).Where(t => t.Length > 0);
        return string.Join("\n", paragraphs.SkipWhile(p => !p.StartsWith("Thực hiện Kế hoạch", StringComparison.Ordinal)).TakeWhile(p => p != "Phụ lục"));
    }
}
