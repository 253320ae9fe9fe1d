using ReportKit.Import;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// A target annex in a DOCX comes back as targets, not as a table: chi_tieu with their totals and
/// rules, don_vi and phan_bo, in every shape the writer lays one out — a column per unit or a row
/// per unit, with or without target groups, unit groups under subtotal rows, the total first or
/// last, the draft's reasons, last year's results — and the plan renders to the same bytes.
/// </summary>
public class ImportTargetAnnexTests
{
    const string Units = """
        don_vi:
          - { ma: X1, ten: Xã Quảng Lâm, nhom: Huyện Bảo Lâm (cũ) }
          - { ma: X2, ten: Xã Nam Quang, nhom: Huyện Bảo Lâm (cũ) }
          - { ma: P1, ten: Phường Thục Phán, nhom: Thành phố Cao Bằng (cũ) }
          - { ma: H1, ten: Hội Phụ nữ Công an tỉnh }

        """;

    // Every rule the writer knows, and the figures that tell them apart: a sum that adds up, a
    // decimal sum, rates with a unit left out, a norm in words with one unit's own value, a value
    // that is not aggregated, a sum allocated to no one.
    static string Targets(bool groups, bool previous, bool basis) => $$"""
        chi_tieu:
          - ma: thoat_ngheo
            {{(groups ? "nhom: Kinh tế, giảm nghèo" : "")}}
            noi_dung: Hộ có phụ nữ thoát nghèo
            don_vi_tinh: hộ
            chi_tieu: 1300
            {{(previous ? "ket_qua_nam_truoc: 1250" : "")}}
            {{(basis ? "can_cu_de_xuat: Kết quả năm 2023 đạt 1.250 hộ" : "")}}
            phan_bo: { X1: 500, X2: 300, P1: 480, H1: 20 }
          - ma: von_vay
            {{(groups ? "nhom: Kinh tế, giảm nghèo" : "")}}
            noi_dung: Vốn vay ủy thác (tỷ đồng)
            don_vi_tinh: tỷ đồng
            chi_tieu: "12,5"
            phan_bo: { X1: "4,5", X2: 3, P1: 5 }
          - ma: tap_hop
            {{(groups ? "nhom: Xây dựng tổ chức Hội" : "")}}
            noi_dung: Tỷ lệ tập hợp phụ nữ
            don_vi_tinh: "%"
            chi_tieu: 60%
            tong_hop: rate
            phan_bo: { X1: 62%, X2: "58,5%", P1: 70% }
          - ma: mo_hinh
            {{(groups ? "nhom: Xây dựng tổ chức Hội" : "")}}
            noi_dung: Mô hình tập hợp phụ nữ ở mỗi cơ sở Hội
            don_vi_tinh: mô hình
            chi_tieu: ít nhất 01
            tong_hop: norm
            phan_bo: { P1: ít nhất 02 }
            {{(previous ? "ket_qua_nam_truoc: 01" : "")}}
          - ma: suy_dinh_duong
            {{(groups ? "nhom: Xây dựng tổ chức Hội" : "")}}
            noi_dung: Tỷ lệ trẻ suy dinh dưỡng
            chi_tieu: dưới 8,5%
            tong_hop: none
            ghi_chu: Theo số liệu ngành y tế
          - ma: chi_hoi_moi
            {{(groups ? "nhom: Xây dựng tổ chức Hội" : "")}}
            noi_dung: Chi hội thành lập mới
            don_vi_tinh: chi hội
            chi_tieu: 15

        """;

    public static IEnumerable<object[]> Layouts() =>
    [
        ["bo_cuc: dong", true],
        ["bo_cuc: dong\n  cong_nhom: true", true],
        ["bo_cuc: dong\n  cong_nhom: true\n  dong_tong: dau", false],
        ["bo_cuc: dong\n  du_thao: true", true],
        ["bo_cuc: dong\n  cong_nhom: true\n  du_thao: true\n  huong: doc", false],
        ["bo_cuc: cot", true],
        ["bo_cuc: cot", false],
        ["bo_cuc: cot\n  du_thao: true", true],
        ["bo_cuc: cot\n  tieu_de: Chỉ tiêu giao cho các cơ sở Hội năm 2025\n  co_chu: 12", true],
    ];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_target_annex_comes_back_as_targets_and_renders_the_same(string options, bool groups)
    {
        var previous = options.Contains("cot");
        var basis = options.Contains("du_thao");
        using var dir = new Repo.TempDir();
        var plan = Plan(options, Units + Targets(groups, previous, basis));
        var (first, yaml) = RoundTrip(dir.Path, plan);

        Assert.Contains("\nchi_tieu:\n", yaml);
        Assert.Contains("  - loai: chi_tieu\n", yaml);
        Assert.DoesNotContain("    cot:\n", yaml);
        Assert.Contains("    tong_hop: rate\n", yaml);
        Assert.Contains("    tong_hop: norm\n", yaml);
        Assert.Contains("    chi_tieu: \"12,5\"\n", yaml);
        Assert.Contains("    phan_bo: { quang_lam: 500, nam_quang: 300, thuc_phan: 480, hoi_phu_nu_cong: 20 }\n", yaml);
        Assert.Contains("    phan_bo: { thuc_phan: ít nhất 02 }\n", yaml);
        if (options.Contains("cong_nhom")) Assert.Contains("  - { ma: quang_lam, ten: Xã Quảng Lâm, nhom: Huyện Bảo Lâm (cũ) }\n", yaml);
    }

    [Fact]
    public void Allocations_that_do_not_add_up_come_back_as_given_and_are_reported()
    {
        using var dir = new Repo.TempDir();
        var plan = Plan("bo_cuc: dong", Units + Targets(true, false, false).Replace("X1: 500,", "X1: 450,"));
        var (_, yaml) = RoundTrip(dir.Path, plan, allowMismatch: true,
            report: r => Assert.Contains(r.Report.Corrections, c => c.Contains("\"Hộ có phụ nữ thoát nghèo\": the units' figures do not add up")));
        Assert.Contains("    chi_tieu: 1300\n    phan_bo: { quang_lam: 450,", yaml);
    }

    [Fact]
    public void A_table_that_only_looks_like_a_target_annex_stays_a_table()
    {
        using var dir = new Repo.TempDir();
        var plan = Plan("bo_cuc: dong", Units + Targets(true, false, false));
        plan = plan.Replace("phu_luc:\n  loai: chi_tieu\n  bo_cuc: dong\n", """
            phu_luc:
              - tieu_de: Chỉ tiêu
                so_cot: true
                cot: [{ ten: STT, loai: stt }, Đơn vị, { ten: (hộ), nhom: Hộ thoát nghèo, ma: ho }, Ghi chú]
                dong:
                  - [Xã Quảng Lâm, "500", ""]
                  - { tong: Tổng cộng, ho: "499" }

            """.Replace("\r", ""));
        var (_, yaml) = RoundTrip(dir.Path, plan);
        Assert.DoesNotContain("loai: chi_tieu", yaml);
        Assert.Contains("    cot:\n", yaml);
    }

    static string Plan(string options, string targets) => $"""
        the_thuc: hoi
        co_quan: {"{"} chu_quan: Hội LHPN tỉnh Cao Bằng, ban_hanh: Ban Thường vụ {"}"}
        so: 95
        ky_hieu: KH-BTV
        dia_danh: Cao Bằng
        ngay: 15/12/2023
        trich_yeu: Định hướng nhiệm vụ trọng tâm năm 2024
        noi_dung: |
          # Chỉ tiêu
          - Chỉ tiêu giao cho các cơ sở Hội tại Phụ lục kèm theo.
        noi_nhan: [Trung ương Hội]
        nguoi_ky: {"{"} quyen_han: TM. BAN THƯỜNG VỤ, chuc_vu: Chủ tịch, ho_ten: Nông Thị Hà {"}"}
        phu_luc:
          loai: chi_tieu
          {options}
        {targets}
        """.Replace("\r", "");

    /// <summary>Renders the plan, imports its DOCX, renders the import; the bytes must be the same. Returns the first DOCX and the imported plan file.</summary>
    static (string Docx, string Yaml) RoundTrip(string dir, string plan, bool allowMismatch = false, Action<ReportKit.Import.Recognise.Recognition>? report = null)
    {
        var source = Path.Combine(dir, "ke-hoach.yaml");
        File.WriteAllText(source, plan);
        var options = new RenderOptions(AllowMismatch: allowMismatch);
        var first = new PlanRenderer(Repo.Templates).Render(source, Path.Combine(dir, "a"), options).DocxPath;
        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(first);
        Assert.Empty(recognition.Report.NotPlaced);
        report?.Invoke(recognition);
        var yamlPath = Path.Combine(dir, "b", "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(yamlPath)!);
        var yaml = importer.CheckedYaml(recognition, yamlPath);
        File.WriteAllText(yamlPath, yaml);
        var second = new PlanRenderer(Repo.Templates).Render(yamlPath, Path.Combine(dir, "b"), options).DocxPath;
        Assert.Equal(DocxDump.Dump(new MemoryStream(File.ReadAllBytes(first))), DocxDump.Dump(new MemoryStream(File.ReadAllBytes(second))));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        return (first, yaml);
    }
}
