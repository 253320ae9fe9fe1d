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

    /// <summary>
    /// Cao Bằng's annex (a row per commune under subtotal rows, targets as columns with their units
    /// of measure beneath) comes back as the targets it prints, and the template's sentence naming
    /// the annex is left to the template, giving the annex's title as written.
    /// </summary>
    [Fact]
    public void Cao_Bang_imports_its_targets_and_leaves_the_annex_sentence_to_the_template()
    {
        using var dir = new Repo.TempDir();
        var first = new PlanRenderer(Repo.Templates).Render(Repo.Example("cao-bang-2024"), Path.Combine(dir.Path, "a")).DocxPath;
        var importer = new DocumentImporter(Repo.Templates);
        var yaml = importer.CheckedYaml(importer.Recognise(first), Path.Combine(dir.Path, "ke-hoach.yaml"));

        Assert.DoesNotContain("Kèm theo Kế hoạch này có", yaml);
        Assert.Contains("""
              - loai: chi_tieu
                bo_cuc: dong
                cong_nhom: true
                tieu_de: Phân bổ một số chỉ tiêu cơ bản năm 2024 cho các cơ sở Hội
            """.Replace("\r", ""), yaml);
        Assert.Contains("  - { ma: thuc_phan, ten: Phường Thục Phán, nhom: Thành phố Cao Bằng (cũ) }\n", yaml);
        Assert.Contains("""
              - ma: hoi_vien_tang
                nhom: Xây dựng tổ chức Hội
                noi_dung: Hội viên tăng thêm
                don_vi_tinh: hội viên
                chi_tieu: 1300
                phan_bo: { thuc_phan: 22, nung_tri_cao: 16,
            """.Replace("\r", ""), yaml);
        Assert.Contains("    chi_tieu: 60%\n    tong_hop: rate\n", yaml);
        Assert.Contains("    chi_tieu: ít nhất 01\n    tong_hop: norm\n", yaml);
    }

    /// <summary>The sentence names only the annexes the text does not: it goes when the template would write it again, and stays when it would not.</summary>
    [Theory]
    [InlineData("- Tổ chức thực hiện các nhiệm vụ tại Phụ lục I kèm theo.", "Kèm theo Kế hoạch này có Phụ lục II (Lịch tuyên truyền).", false)]
    [InlineData("- Tổ chức thực hiện các nhiệm vụ được giao.", "Kèm theo Kế hoạch này có Phụ lục I (Nhiệm vụ trọng tâm) và Phụ lục II (Lịch tuyên truyền).", false)]
    [InlineData("- Tổ chức thực hiện các nhiệm vụ được giao.\n\n  Các đơn vị thực hiện theo Phụ lục II.", "Kèm theo Kế hoạch này có Phụ lục I (Nhiệm vụ trọng tâm).", false)]
    [InlineData("- Tổ chức thực hiện các nhiệm vụ tại các Phụ lục kèm theo.", null, false)]
    [InlineData("- Tổ chức thực hiện các nhiệm vụ được giao.", "Kèm theo Kế hoạch này có Phụ lục I (Nhiệm vụ trọng tâm) và Phụ lục II (Lịch tuyên truyền).", true)]
    public void The_annex_sentence_is_the_templates(string body, string? sentence, bool noClosing)
    {
        using var dir = new Repo.TempDir();
        var plan = $$"""
            the_thuc: nha-nuoc
            co_quan: { chu_quan: Ủy ban nhân dân tỉnh Lai Châu, ban_hanh: "Sở Văn hóa, Thể thao và Du lịch" }
            so: 12
            ky_hieu: KH-SVHTTDL
            dia_danh: Lai Châu
            ngay: 05/03/2025
            trich_yeu: Tuyên truyền năm 2025
            noi_dung: |
              # Nhiệm vụ
              {{body}}
            {{(noClosing ? "ket_luan: \"\"" : "")}}
            noi_nhan: [UBND tỉnh]
            nguoi_ky: { quyen_han: KT. GIÁM ĐỐC, chuc_vu: Phó Giám đốc, ho_ten: Lò Văn Hùng }
            phu_luc:
              - tieu_de: Nhiệm vụ trọng tâm
                huong: doc
                cot: [{ ten: TT, loai: stt, rong: 1.2cm }, { ten: Nhiệm vụ, rong: 8 }, Thời gian]
                dong: [[Tuyên truyền trên báo, Quý I]]
              - tieu_de: Lịch tuyên truyền
                huong: doc
                cot: [{ ten: TT, loai: stt, rong: 1.2cm }, { ten: Nội dung, rong: 8 }, Thời gian]
                dong: [[Ngày Quốc tế Phụ nữ, 08/3]]
            """;
        var source = Path.Combine(dir.Path, "ke-hoach.yaml");
        File.WriteAllText(source, plan.Replace("\r", ""));
        var first = new PlanRenderer(Repo.Templates).Render(source, Path.Combine(dir.Path, "a")).DocxPath;
        if (sentence is not null) Assert.Contains(sentence.TrimEnd('.'), WordMatch.DocxText(first));

        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(first);
        Assert.Empty(recognition.Report.NotPlaced);
        var yamlPath = Path.Combine(dir.Path, "b", "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(yamlPath)!);
        var yaml = importer.CheckedYaml(recognition, yamlPath);
        Assert.DoesNotContain("Kèm theo Kế hoạch này", yaml);
        if (sentence?.Contains("(Lịch tuyên truyền)") == true) Assert.Contains("  - tieu_de: Lịch tuyên truyền\n", yaml);
        if (noClosing) Assert.Contains("ket_luan: \"\"\n", yaml);
        File.WriteAllText(yamlPath, yaml);
        var second = new PlanRenderer(Repo.Templates).Render(yamlPath, Path.Combine(dir.Path, "b")).DocxPath;
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
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
