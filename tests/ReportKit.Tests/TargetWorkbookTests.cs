using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Tests.Support;
using ReportKit.Text;

namespace ReportKit.Tests;

/// <summary>Targets from the workbook a secretariat fills in: what it reads, and what it says when a cell is wrong.</summary>
public class TargetWorkbookTests
{
    static IReadOnlyList<string> Errors(string path)
    {
        var bag = new DiagnosticBag();
        TargetWorkbookReader.Read(path, bag);
        return bag.Items.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void Reads_targets_units_and_allocations_in_the_order_given()
    {
        using var dir = new Repo.TempDir();
        var set = TargetWorkbookReader.Read(Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx")));

        Assert.Equal(["thoat_ngheo", "dao_tao"], set.Targets.Select(t => t.Code));
        Assert.Equal(["Phường Thục Phán", "Xã Hòa An"], set.Units.Select(u => u.Name));
        var poor = set.Targets[0];
        Assert.Equal(TargetValue.Integer(300), poor.Value);
        Assert.Equal(200m, poor.Allocations["X02"].Value.Number);
        Assert.Equal(("phan_bo", "C3"), (poor.Allocations["X02"].Source!.Sheet, poor.Allocations["X02"].Source!.Cell));
        var rate = set.Targets[1];
        Assert.Equal(Aggregation.Rate, rate.Aggregation);
        Assert.Equal(TargetValue.Percent(80), rate.Value);
        Assert.Equal(TargetValue.Percent(75), rate.Allocations["X02"].Value);
    }

    [Fact]
    public void A_word_where_a_number_belongs_is_reported_at_its_cell()
    {
        using var dir = new Repo.TempDir();
        var path = Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx"), wb => wb.Worksheet("chi_tieu").Cell("D2").Value = "abc");
        Assert.Contains("chi-tieu.xlsx!chi_tieu!D2: \"abc\" is not a number", Errors(path));
    }

    [Fact]
    public void Every_bad_cell_is_reported_in_one_run_with_its_address()
    {
        using var dir = new Repo.TempDir();
        var path = Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx"), wb =>
        {
            wb.Worksheet("chi_tieu").Cell("E2").Value = "trung binh";      // not a rule
            wb.Worksheet("phan_bo").Cell("A3").Value = "X03";             // not in don_vi
            Text(wb.Worksheet("phan_bo").Cell("C2"), "2.700");           // a count typed with a grouping dot, kept as text
            wb.Worksheet("phan_bo").Cell("E1").Value = "thoat_ngeo";      // a typo for a target code
        });
        var errors = Errors(path);

        Assert.Contains("chi-tieu.xlsx!chi_tieu!E2: \"trung binh\" is not a rule (sum, rate, norm or none)", errors);
        Assert.Contains("chi-tieu.xlsx!phan_bo!E1: \"thoat_ngeo\" is not a target code from the chi_tieu sheet (did you mean 'thoat_ngheo'?)", errors);
        Assert.Contains("chi-tieu.xlsx!phan_bo!C2: \"2.700\" is ambiguous: write 2700 for a count (no grouping dot) or 2,700 for a decimal", errors);
        Assert.Contains(errors, e => e.StartsWith("chi-tieu.xlsx!phan_bo!C3: thoat_ngheo: allocation to unknown unit \"X03\""));
    }

    static void Text(ClosedXML.Excel.IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = ClosedXML.Excel.XLDataType.Text;
    }

    [Fact]
    public void A_missing_sheet_or_column_says_what_is_expected()
    {
        using var dir = new Repo.TempDir();
        var path = Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx"), targets: [["ma", "noi dung", "chi_teu"], ["a", "b", 1]]);
        var errors = Errors(path);
        Assert.Contains("chi-tieu.xlsx!chi_tieu!C1: unknown column \"chi_teu\" (did you mean 'chi_tieu'?)", errors);
        Assert.Contains("chi-tieu.xlsx!chi_tieu!A1: no 'chi_tieu' column in the header row", errors);
    }

    [Fact]
    public void TCVN3_text_is_reported_with_its_cell_not_passed_through()
    {
        using var dir = new Repo.TempDir();
        var path = Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx"), wb =>
        {
            // "Hộ phụ nữ thoát nghèo" typed with the .VnTime font: TCVN3 bytes read as Latin-1.
            var cell = wb.Worksheet("chi_tieu").Cell("B2");
            cell.Value = "Hé phô n÷ tho¸t nghÌo";
            cell.Style.Font.FontName = ".VnTime";
            // The same without the font hint: caught by its characters (µ, ­ = à, ư).
            wb.Worksheet("don_vi").Cell("B3").Value = "X· Hßa An";
        });
        var errors = Errors(path);
        Assert.Contains(errors, e => e.StartsWith("chi-tieu.xlsx!chi_tieu!B2: \"Hé phô n÷ tho¸t nghÌo\" looks like TCVN3 legacy text in font .VnTime, not Unicode"));
        Assert.Contains(errors, e => e.StartsWith("chi-tieu.xlsx!don_vi!B3: \"X· Hßa An\" looks like TCVN3 legacy text, not Unicode"));
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "TCVN3")]
    [InlineData("Ng\u00adêi lao ®éng", "TCVN3")]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI")]
    [InlineData("Hộ phụ nữ thoát nghèo", null)]
    [InlineData("Xã Hòa An", null)]
    [InlineData("Võ Thị Hà; tỷ lệ ≥ 90%", null)]
    [InlineData("Tỷ lệ lao động nữ qua đào tạo", null)]
    [InlineData("HTX, OCOP, BHYT", null)]
    public void Legacy_encodings_are_told_apart_from_Unicode(string text, string? expected) =>
        Assert.Equal(expected, LegacyEncoding.Detect(text));

    [Fact]
    public void A_legacy_xls_reads_the_same_as_the_plan_it_was_made_from()
    {
        // Fixtures/khanh-hoa-chi-tieu.xls: `reportgen new-data --from examples/khanh-hoa-2021/ke-hoach.yaml`, saved as .xls by LibreOffice.
        var fromXls = TargetWorkbookReader.Read(Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "Fixtures", "khanh-hoa-chi-tieu.xls"));
        var fromYaml = PlanLoader.Load(Repo.Example("khanh-hoa-2021")).Targets!;

        Assert.Equal(fromYaml.Units, fromXls.Units);
        Assert.Equal(fromYaml.Targets.Count, fromXls.Targets.Count);
        foreach (var (y, x) in fromYaml.Targets.Zip(fromXls.Targets))
        {
            Assert.Equal((y.Code, y.Content, y.Unit, y.Aggregation, y.Value), (x.Code, x.Content, x.Unit, x.Aggregation, x.Value));
            Assert.Equal(y.Allocations.ToDictionary(a => a.Key, a => a.Value.Value), x.Allocations.ToDictionary(a => a.Key, a => a.Value.Value));
        }
    }

    [Fact]
    public void New_data_writes_a_blank_workbook_the_reader_accepts_and_the_same_bytes_twice()
    {
        using var dir = new Repo.TempDir();
        var first = Path.Combine(dir.Path, "a.xlsx");
        var second = Path.Combine(dir.Path, "b.xlsx");
        Assert.Equal(0, Cli.Run(dir.Path, "new-data", first).ExitCode);
        Assert.Equal(0, Cli.Run(dir.Path, "new-data", second).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var set = TargetWorkbookReader.Read(first);
        Assert.Empty(set.Targets);
        Cli.RunBoth(dir.Path, "new-data", first).Exit(1).Stderr("a.xlsx: đã có; thêm --force để thay", "a.xlsx: exists already; pass --force to replace it");
    }
}
