// Renders two plans with the ReportKit library, in one call each:
//   1. a plan built in C#            → <out>/ke-hoach.docx
//   2. a plan given as YAML text,
//      with targets                  → <out>/chi-tieu.docx and its annex <out>/chi-tieu.phu-luc.xlsx
// Run: dotnet run --project docs/samples/LibrarySample -- out/
// (add --pdf to also write <out>/ke-hoach.pdf through LibreOffice, when it is installed)
using ReportKit;
using ReportKit.Diagnostics;
using ReportKit.Model;

var outDir = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "out";
var withPdf = args.Contains("--pdf");
Directory.CreateDirectory(outDir);

// 1. A plan built in code: the same fields as a plan file's keys (docs/yaml-keys.md).
var plan = new Plan
{
    Profile = "hoi",
    Organ = new Organ { Parent = "Hội LHPN tỉnh Khánh Hòa", Issuer = "Ban Thường vụ" },
    Number = 42,
    Symbol = "KH-BTV",
    Place = "Khánh Hòa",
    Date = new DateOnly(2026, 3, 2),
    Subject = "Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
    Opening = new Opening
    {
        Citations = ["Thực hiện Chương trình công tác năm 2026 của Ban Thường vụ Hội LHPN tỉnh"],
        Actor = "Ban Thường vụ Hội LHPN tỉnh",
        Builds = "Kế hoạch tổ chức các hoạt động kỷ niệm",
    },
    Body = new TextSource("""
        # Mục đích, yêu cầu
        - Tuyên truyền truyền thống của phụ nữ Việt Nam.
        - Tổ chức thiết thực, tiết kiệm.
        # Nội dung
        ## Hoạt động tuyên truyền
        Tuyên truyền trên các phương tiện thông tin đại chúng.
        ## Hoạt động gặp mặt
        Gặp mặt cán bộ Hội các thời kỳ.
        """),
    Recipients = [new Recipient("Trung ương Hội LHPN Việt Nam", "để báo cáo"), new Recipient("Các cơ sở Hội")],
    Archive = "TC",
    Signer = new Signer { Authority = ["TM. BAN THƯỜNG VỤ"], Position = "CHỦ TỊCH", Name = "Nguyễn Thị Hồng Hải" },
};

try
{
    using (var docx = File.Create(Path.Combine(outDir, "ke-hoach.docx")))
    using (var pdf = withPdf ? File.Create(Path.Combine(outDir, "ke-hoach.pdf")) : null)
    {
        var output = PlanRendering.From(plan).Render(docx, pdf: pdf);
        Report(output.Warnings);
        Console.WriteLine($"wrote {Path.Combine(outDir, "ke-hoach.docx")}{(output.Pdf ? " and ke-hoach.pdf" : "")}");
    }

    // 2. The same from YAML text, with targets: their annex goes into a workbook too.
    var yaml = """
        co_quan: { chu_quan: Hội LHPN tỉnh Khánh Hòa, ban_hanh: Ban Thường vụ }
        so: 43
        ky_hieu: KH-BTV
        dia_danh: Khánh Hòa
        ngay: 02/03/2026
        trich_yeu: Phát triển hội viên năm 2026
        noi_dung: |
          # Chỉ tiêu
          Phát triển thêm {{ ct.hv.hien_thi }} hội viên.
        chi_tieu:
          - { ma: hv, noi_dung: Phát triển hội viên mới, don_vi_tinh: hội viên, chi_tieu: 1300, phan_bo: { nt: 700, cr: 600 } }
        don_vi:
          - { ma: nt, ten: Thành phố Nha Trang }
          - { ma: cr, ten: Thành phố Cam Ranh }
        noi_nhan: [Các huyện, thị, thành Hội]
        nguoi_ky: { quyen_han: TM. BAN THƯỜNG VỤ, chuc_vu: Chủ tịch, ho_ten: Nguyễn Thị Hồng Hải }
        """;
    using (var docx = File.Create(Path.Combine(outDir, "chi-tieu.docx")))
    using (var xlsx = File.Create(Path.Combine(outDir, "chi-tieu.phu-luc.xlsx")))
    {
        var output = PlanRendering.FromYaml(yaml, "chi-tieu.yaml").Render(docx, annex: xlsx);
        Report(output.Warnings);
        Console.WriteLine($"wrote {Path.Combine(outDir, "chi-tieu.docx")}{(output.Annex ? " and chi-tieu.phu-luc.xlsx" : "")}");
    }
    return 0;
}
catch (ReportKitException ex)
{
    // Every problem at once, each at its place ("chi-tieu.yaml:7:7: ngay: ... is not a date").
    foreach (var d in ex.Diagnostics) Console.Error.WriteLine(d);
    return 1;
}

static void Report(IReadOnlyList<Diagnostic> warnings)
{
    foreach (var w in warnings) Console.Error.WriteLine(w);
}
