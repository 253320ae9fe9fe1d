using System.Security.Cryptography;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>The target annex (phụ lục chỉ tiêu) as the examples render it: workbook layout, live totals, the DOCX section, and mismatches.</summary>
public class AnnexTests
{
    static string Render(string example, string dir) =>
        new PlanRenderer().Render(Repo.Example(example), dir).Files.Single(f => f.EndsWith(".phu-luc.xlsx"));

    [Theory]
    [InlineData("khanh-hoa-2021")]
    [InlineData("cao-bang-2024")]
    [InlineData("lai-chau-ocop-2025")]
    [InlineData("an-thoi-dong-cds-2026")]
    [InlineData("lien-tich-phu-nu-tu-phap-2026")]
    public void Annex_workbook_passes_the_OpenXml_validator_and_renders_twice_the_same(string example)
    {
        using var dir = new Repo.TempDir();
        var path = Render(example, dir.Path);
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        using var again = new Repo.TempDir();
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(path)), SHA256.HashData(File.ReadAllBytes(Render(example, again.Path))));
    }

    [Theory]
    [InlineData("khanh-hoa-2021")]
    [InlineData("cao-bang-2024")]
    [InlineData("lai-chau-ocop-2025")]
    [InlineData("an-thoi-dong-cds-2026")]
    [InlineData("lien-tich-phu-nu-tu-phap-2026")]
    public void Annex_workbook_matches_the_approved_dump(string example)
    {
        using var dir = new Repo.TempDir();
        using var xlsx = File.OpenRead(Render(example, dir.Path));
        Snapshot.Verify(XlsxDump.Dump(xlsx), $"{example}.phu-luc.xlsx");
    }

    [Theory]
    [InlineData("khanh-hoa-2021")]
    [InlineData("cao-bang-2024")]
    public void Every_total_is_a_formula_that_evaluates_to_the_target_and_to_the_sum_of_its_cells(string example)
    {
        using var dir = new Repo.TempDir();
        using var wb = new XLWorkbook(Render(example, dir.Path));
        var ws = wb.Worksheet(1);
        var plan = new PlanRenderer().Prepare(Repo.Example(example)).Plan;
        var set = plan.Targets!;
        var options = plan.Annexes?.OfType<TargetAnnexSpec>().FirstOrDefault()?.Options ?? new AnnexOptions();
        var sums = set.Targets.Where(t => t.Aggregation == Aggregation.Sum && t.Allocations.Count > 0).ToList();

        var formulas = ws.CellsUsed(c => c.HasFormula).ToList();
        Assert.NotEmpty(formulas);
        foreach (var cell in formulas)
        {
            // Evaluate the formula afresh (not the cached value) and add up the cells it names by hand.
            var evaluated = Convert.ToDecimal(ws.Evaluate(cell.FormulaA1));
            var byHand = cell.FormulaA1["SUM(".Length..^1].Split(',')
                .SelectMany(r => ws.Range(r).CellsUsed()).Sum(c => (decimal)c.GetDouble());
            Assert.Equal(byHand, evaluated);
            Assert.Equal(evaluated, Convert.ToDecimal(cell.CachedValue));
        }
        // Each sum target's grand total equals the total stated in the data.
        var grandTotals = formulas.Where(c => c.FormulaA1.Contains(',') || options.Resolve(set.Units.Count) == AnnexLayout.Columns)
            .Where(c => !IsSubtotal(ws, c)).Select(c => Convert.ToDecimal(ws.Evaluate(c.FormulaA1))).ToList();
        Assert.Equal(sums.Select(t => t.Value.Number!.Value).Order(), grandTotals.Order());
    }

    static bool IsSubtotal(IXLWorksheet ws, IXLCell cell) => ws.Cell(cell.Address.RowNumber, 2).GetString() != "Tổng cộng" && ws.Cell(cell.Address.RowNumber, 1).GetString() is { Length: > 0 } stt && !char.IsDigit(stt[0]);

    [Fact]
    public void Rates_and_norms_are_never_summed()
    {
        using var dir = new Repo.TempDir();
        using var wb = new XLWorkbook(Render("cao-bang-2024", dir.Path));
        var ws = wb.Worksheet(1);
        var total = ws.RowsUsed().Single(r => r.Cell(2).GetString() == "Tổng cộng");
        var rateColumn = ws.Row(6).CellsUsed().Single(c => c.GetString().StartsWith("Chi hội trưởng")).Address.ColumnNumber;
        var normColumn = ws.Row(6).CellsUsed().Single(c => c.GetString().StartsWith("Loại hình")).Address.ColumnNumber;

        Assert.False(total.Cell(rateColumn).HasFormula);
        Assert.Equal(0.6, total.Cell(rateColumn).GetDouble(), 6);
        Assert.Equal("0%", total.Cell(rateColumn).Style.NumberFormat.Format);
        Assert.Equal("ít nhất 01", total.Cell(normColumn).GetString());
    }

    [Fact]
    public void Docx_ends_with_the_annex_in_a_landscape_section_with_repeated_header_and_unsplit_rows()
    {
        using var dir = new Repo.TempDir();
        var docx = new PlanRenderer().Render(Repo.Example("khanh-hoa-2021"), dir.Path).DocxPath;
        using var doc = WordprocessingDocument.Open(docx, false);
        var body = doc.MainDocumentPart!.Document.Body!;

        var last = body.Elements<SectionProperties>().Single();
        Assert.Equal(PageOrientationValues.Landscape, last.GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(1, last.GetFirstChild<PageNumberType>()!.Start!.Value);
        var annex = body.Elements<Table>().Last();
        var rows = annex.Elements<TableRow>().ToList();
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal(3, rows.Count(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        // STT spans the two header rows (vertical merge), "Chia ra" spans the nine districts.
        Assert.Equal(MergedCellValues.Restart, rows[0].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.NotNull(rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge);
        Assert.Equal(9, rows[0].Elements<TableCell>().ElementAt(4).TableCellProperties!.GridSpan!.Val!.Value);
        var text = DocxText.Plain(body);
        Assert.Contains("(Kèm theo Kế hoạch số 321/KH-BTV ngày 08 tháng 6 năm 2021 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa)", text);
        // The body's §II.2 figures come from the same data as the annex.
        Assert.Contains("có 2.700 hộ phụ nữ thoát nghèo và 2.200 hộ thoát cận nghèo", text);
    }

    [Fact]
    public void A_plan_without_number_keeps_the_clerks_blanks_in_the_reference_line()
    {
        // The Cao Bằng plan as a draft, before the văn thư numbers and dates it.
        var plan = PlanLoader.Load(Repo.Example("cao-bang-2024")) with { Number = null, Date = null, Year = 2023 };
        Assert.Equal("(Kèm theo Kế hoạch số       /KH-BTV ngày      tháng      năm 2023 của Ban Thường vụ Hội LHPN tỉnh Cao Bằng)",
            Document.AnnexBuilder.Reference(plan));
    }

    [Fact]
    public void Annex_workbook_is_byte_identical_on_rerun()
    {
        using var a = new Repo.TempDir();
        using var b = new Repo.TempDir();
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(Render("cao-bang-2024", a.Path))), SHA256.HashData(File.ReadAllBytes(Render("cao-bang-2024", b.Path))));
    }

    const string WrongSum = """
        phu_luc:
          bo_cuc: cot
          du_thao: true
        don_vi:
          - { ma: NT, ten: Nha Trang }
          - { ma: CR, ten: Cam Ranh }
        chi_tieu:
          - ma: thoat_ngheo
            noi_dung: Hộ phụ nữ thoát nghèo
            don_vi_tinh: hộ
            chi_tieu: 2700
            can_cu_de_xuat: Kết quả giai đoạn 2016 – 2020
            phan_bo: { NT: 1500, CR: 1150 }
        """;

    [Fact]
    public void Allocations_that_do_not_add_up_stop_the_render_unless_allowed_and_are_flagged_either_way()
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File("ke-hoach.yaml", Plans.Minimal + "\n" + WrongSum);
        var output = Path.Combine(dir.Path, "out");

        Cli.RunBoth(dir.Path, "render", plan, "-o", output, "-t", Repo.Templates).Exit(1)
            .Stderr("lỗi: ke-hoach.yaml:38:15: thoat_ngheo: số giao cho các đơn vị cộng lại được 2.650, không bằng 2.700 ghi ở chi_tieu",
                "error: ke-hoach.yaml:38:15: thoat_ngheo: allocations to the units add up to 2.650, not the 2.700 given as chi_tieu")
            .Stderr("không ghi gì", "nothing written");
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());

        Cli.RunBoth(dir.Path, "render", plan, "-o", output, "-t", Repo.Templates, "--allow-mismatch").Exit(0)
            .Stderr("ke-hoach.yaml:38:15: cảnh báo: thoat_ngheo: số giao cho các đơn vị cộng lại được 2.650, không bằng 2.700 ghi ở chi_tieu (đã đánh dấu ô này trong phụ lục)",
                "ke-hoach.yaml:38:15: warning: thoat_ngheo: allocations to the units add up to 2.650, not the 2.700 given as chi_tieu (flagged in the annex)");
        using var wb = new XLWorkbook(Path.Combine(output, "ke-hoach.phu-luc.xlsx"));
        var ws = wb.Worksheet(1);
        var total = ws.Cell("D8");
        Assert.Equal("SUM(E8:F8)", total.FormulaA1);
        Assert.Equal("FFC7CE", total.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8")[2..]);
        Assert.Equal("Chỉ tiêu giao 2.700; các đơn vị cộng lại 2.650", ws.Cell("G8").GetString());
        // Draft mode: the rightmost column carries the reason for the figure.
        Assert.Equal("Căn cứ đề xuất", ws.Cell("H5").GetString());
        Assert.Equal("Kết quả giai đoạn 2016 – 2020", ws.Cell("H8").GetString());
    }

    [Fact]
    public void Data_option_takes_the_targets_from_a_workbook_and_keeps_the_plans_layout_choice()
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File("ke-hoach.yaml", Plans.Minimal + "\nphu_luc:\n  bo_cuc: dong\n");
        var data = Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx"));
        Cli.RunBoth(dir.Path, "render", plan, "-o", dir.Path, "-t", Repo.Templates, "--data", data).Exit(0)
            .Stdout("đã ghi ke-hoach.phu-luc.xlsx", "wrote ke-hoach.phu-luc.xlsx");

        using var wb = new XLWorkbook(Path.Combine(dir.Path, "ke-hoach.phu-luc.xlsx"));
        var ws = wb.Worksheet(1);
        Assert.Equal("Phường Thục Phán", ws.Cell("B8").GetString()); // row layout: units down the side
        Assert.Equal("SUM(C8:C9)", ws.Cell("C10").FormulaA1);
    }

    [Fact]
    public void Row_layout_can_put_the_total_first_and_the_body_can_list_the_targets_from_the_same_data()
    {
        using var dir = new Repo.TempDir();
        var yaml = Plans.Minimal.Replace("- Các cấp Hội triển khai.", """
            - Các cấp Hội triển khai.
              {{~ for t in chi_tieu }}
              - {{ t.noi_dung }}: {{ t.hien_thi }}{{ if t.don_vi_tinh != "%" }} {{ t.don_vi_tinh }}{{ end }}.
              {{~ end }}
            """.Replace("\n", "\n  ")) + """

            phu_luc: { bo_cuc: dong, dong_tong: dau, du_thao: true }
            don_vi: [Nha Trang, Cam Ranh]
            chi_tieu:
              - { ma: a, noi_dung: Hộ thoát nghèo, don_vi_tinh: hộ, chi_tieu: 2700, can_cu_de_xuat: Kết quả 2020, phan_bo: { Nha Trang: 1500, Cam Ranh: 1200 } }
              - { ma: b, noi_dung: Lao động nữ qua đào tạo, don_vi_tinh: "%", chi_tieu: 80%, tong_hop: rate }
            """;
        var plan = dir.File("ke-hoach.yaml", yaml);
        var (_, document, _) = new PlanRenderer(Repo.Templates).Prepare(plan);

        var text = Template.PlanTemplate.Load(Path.Combine(Repo.Templates, "ke-hoach.sbn")).Render(PlanLoader.Load(plan));
        Assert.Contains("Hộ thoát nghèo: 2.700 hộ.", text);
        Assert.Contains("Lao động nữ qua đào tạo: 80%.", text);
        var rows = document.Annexes.Single().Rows.ToList();
        var total = rows.First(r => r.Kind == Document.AnnexRowKind.Total);
        Assert.Equal(rows.IndexOf(total), rows.FindLastIndex(r => r.Kind is Document.AnnexRowKind.Header or Document.AnnexRowKind.ColumnNumbers) + 1);
        Assert.Equal("2.700", total.Cells[2].Text);
        Assert.Equal("Căn cứ đề xuất", rows[^1].Cells[1].Text);
        Assert.Equal("Kết quả 2020", rows[^1].Cells[2].Text);
    }
}
