using System.Text;
using ExcelDataReader;
using ReportKit.Diagnostics;
using ReportKit.Safety;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads legacy .xls (BIFF) with ExcelDataReader. BIFF text may be stored in a Windows code page,
/// which .NET only decodes once the code-pages provider is registered. Fonts are not exposed, so
/// legacy-text detection relies on the character heuristics alone. The row, column and cell
/// limits are checked as rows stream in; whatever ExcelDataReader throws on a damaged file is the
/// file's fault, reported with the sheet (and row) it was reading.
/// </summary>
static class XlsGridReader
{
    static XlsGridReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<SheetGrid> Read(string path, Stream stream, Func<string, bool> wanted, Limits limits)
    {
        var sheets = new List<SheetGrid>();
        string? sheet = null;
        var row = 0;
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
            var total = 0;
            do
            {
                sheet = VietnameseText.Nfc(reader.Name ?? $"Sheet{sheets.Count + 1}");
                var cells = new Dictionary<(int, int), GridCell>();
                row = 0;
                while (wanted(sheet) && reader.Read())
                {
                    row++;
                    for (var col = 0; col < reader.FieldCount; col++)
                    {
                        var cell = Cell(reader, col);
                        if (cell is null || cell.IsEmpty) continue;
                        var at = SheetGrid.Address(row, col + 1);
                        if (row > limits.WorkbookRows)
                            throw new ReportKitException(Diagnostic.CellError(path, sheet, at, UiLanguage.Format(LoadMessages.ValueBelowLastRow, row, limits.Hint("workbook-rows"))));
                        if (col + 1 > limits.WorkbookColumns)
                            throw new ReportKitException(Diagnostic.CellError(path, sheet, at, UiLanguage.Format(LoadMessages.ValueRightOfLastColumn, SheetGrid.ColumnName(col + 1), limits.Hint("workbook-columns"))));
                        if (++total > limits.WorkbookCells)
                            throw new ReportKitException(Diagnostic.CellError(path, sheet, at, UiLanguage.Format(LoadMessages.TooManyCells, limits.WorkbookCells, limits.Hint("workbook-cells"))));
                        cells[(row, col + 1)] = cell;
                    }
                }
                sheets.Add(new SheetGrid(sheet, cells));
            } while (reader.NextResult());
        }
        catch (Exception ex) when (ex is not ReportKitException)
        {
            // ExcelDataReader throws whatever a damaged BIFF stream provokes (NullReference, IndexOutOfRange, ...).
            var where = sheet is null ? null : row > 0 ? $"{sheet}!{SheetGrid.Address(row, 1)}" : sheet;
            throw new ReportKitException(new Diagnostic(Severity.Error, path, null, ReadFailure.DescribeAny(ex)) { Cell = where });
        }
        return sheets;
    }

    static GridCell? Cell(IExcelDataReader reader, int col)
    {
        var v = reader.GetValue(col);
        return v switch
        {
            null => null,
            double d when !double.IsFinite(d) => new GridCell(null, null, Problem: LoadMessages.CellNumberNotFinite),
            double d => new GridCell(null, d, reader.GetNumberFormatString(col)?.Contains('%') == true),
            int i => new GridCell(null, i),
            bool b => new GridCell(b ? "TRUE" : "FALSE", null),
            DateTime dt => new GridCell(dt.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), null),
            _ => Text(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        };
    }

    static GridCell Text(string text) =>
        ForbiddenCharacters.First(text) is { } f ? new GridCell(null, null, Problem: ForbiddenCharacters.Message(f)) : new GridCell(VietnameseText.Nfc(text), null);
}
