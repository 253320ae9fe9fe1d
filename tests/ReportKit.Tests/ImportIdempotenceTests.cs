using ReportKit.Import;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// import is the writer's inverse: a DOCX ReportKit rendered imports to a plan that renders to
/// the same bytes. Every header variant, body level, footnote, closing, Nơi nhận and signature the
/// examples use survives the round trip.
/// </summary>
public class ImportIdempotenceTests
{
    /// <summary>Every bundled example, and every plan of the layout suite's extremes (60 recipients, co-signed, three-level organs, a body ending in a table, …).</summary>
    public static IEnumerable<object[]> Plans() =>
        Repo.ExampleNames().Select(e => new object[] { (string)e[0] })
            .Concat(Layout.LayoutPlans.All.Select(p => new object[] { "layout/" + p.Name }));

    [Theory]
    [MemberData(nameof(Plans))]
    public void Render_import_render_gives_the_same_bytes(string plan)
    {
        using var dir = new Repo.TempDir();
        var source = plan.StartsWith("layout/", StringComparison.Ordinal) ? LayoutPlan(dir.Path, plan["layout/".Length..]) : Repo.Example(plan);
        var first = new PlanRenderer(Repo.Templates).Render(source, Path.Combine(dir.Path, "a")).DocxPath;

        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(first);
        Assert.Empty(recognition.Report.NotPlaced);
        Assert.Empty(recognition.Report.Guesses);
        var yaml = Path.Combine(dir.Path, "b", "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(yaml)!);
        var text = importer.CheckedYaml(recognition, yaml);
        // The writer's no-break spaces come back as the spaces the plan was written with.
        Assert.DoesNotContain('\u00A0', text);
        File.WriteAllText(yaml, text);
        var second = new PlanRenderer(Repo.Templates).Render(yaml, Path.Combine(dir.Path, "b")).DocxPath;

        var a = DocxDump.Dump(new MemoryStream(File.ReadAllBytes(first)));
        var b = DocxDump.Dump(new MemoryStream(File.ReadAllBytes(second)));
        Assert.Equal(a, b);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    static string LayoutPlan(string dir, string name)
    {
        var path = Path.Combine(dir, "ke-hoach.yaml");
        File.WriteAllText(path, Layout.LayoutPlans.All.Single(p => p.Name == name).Yaml);
        return path;
    }

    /// <summary>Totals and subtotals written by hand, group rows, figures and notes with emphasis come back as written.</summary>
    [Fact]
    public void A_table_annex_with_totals_written_by_hand_round_trips()
    {
        using var dir = new Repo.TempDir();
        var plan = File.ReadAllText(Repo.Example("lai-chau-ocop-2025"));
        plan = plan[..plan.IndexOf("phu_luc:", StringComparison.Ordinal)] + """
            phu_luc:
              - tieu_de: Kinh phí thực hiện
                huong: doc
                cot:
                  - { ten: TT, loai: stt, rong: 1.1cm }
                  - { ten: Nội dung, ma: noi_dung, rong: 7, can: deu }
                  - { ten: Kinh phí (triệu đồng), ma: kinh_phi, loai: so, rong: 2.5, can: phai }
                  - { ten: Ghi chú, ma: ghi_chu, rong: 3 }
                dong:
                  - nhom: Tuyên truyền
                  - [Tin bài, 1200, Báo tỉnh]
                  - [Phóng sự, 300, ""]
                  - { cong: Cộng, kinh_phi: 1500 }
                  - nhom: Tập huấn
                  - [Lớp tập huấn, "8,5", ""]
                  - { tong: Tổng số, kinh_phi: 999 }
                ghi_chu:
                  - "**Ghi chú:** số liệu *dự kiến*"

            """.Replace("\n            ", "\n");
        var source = Path.Combine(dir.Path, "ke-hoach.yaml");
        File.WriteAllText(source, plan);
        var first = new PlanRenderer(Repo.Templates).Render(source, Path.Combine(dir.Path, "a")).DocxPath;

        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(first);
        Assert.Empty(recognition.Report.NotPlaced);
        var yaml = Path.Combine(dir.Path, "b", "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(yaml)!);
        var text = importer.CheckedYaml(recognition, yaml);
        Assert.Contains("      - { cong: Cộng, kinh_phi: 1.500 }", text);
        Assert.Contains("      - { tong: Tổng số, kinh_phi: 999 }", text);
        File.WriteAllText(yaml, text);
        var second = new PlanRenderer(Repo.Templates).Render(yaml, Path.Combine(dir.Path, "b")).DocxPath;
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }
}
