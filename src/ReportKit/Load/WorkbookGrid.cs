using ReportKit.Diagnostics;

namespace ReportKit.Load;

/// <summary>One cell as read: text, a number (and whether it is shown as %), and its font for legacy-text detection.</summary>
public sealed record GridCell(string? Text, double? Number, bool PercentFormat = false, string? Font = null)
{
    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// A sheet as a plain grid, so the target reader does not care whether it came from .xlsx
/// (ClosedXML) or legacy .xls (ExcelDataReader). Rows and columns are 1-based like Excel's.
/// </summary>
public sealed class SheetGrid(string name, IReadOnlyDictionary<(int Row, int Col), GridCell> cells)
{
    public string Name { get; } = name;
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);
    public int LastColumn { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Col);

    public GridCell Get(int row, int col) => cells.TryGetValue((row, col), out var c) ? c : new GridCell(null, null);

    public bool RowIsEmpty(int row) => Enumerable.Range(1, LastColumn).All(c => Get(row, c).IsEmpty);

    /// <summary>"D7".</summary>
    public static string Address(int row, int col)
    {
        var letters = "";
        for (var c = col; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row;
    }
}

/// <summary>Opens a workbook as grids: .xlsx/.xlsm with ClosedXML, .xls with ExcelDataReader.</summary>
public static class WorkbookGrid
{
    public static IReadOnlyList<SheetGrid>? Open(string path, DiagnosticBag bag)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return ext switch
            {
                ".xlsx" or ".xlsm" => XlsxGridReader.Read(path),
                ".xls" => XlsGridReader.Read(path),
                _ => Fail(bag, path, $"not a workbook this tool reads (.xlsx or .xls), found \"{ext}\""),
            };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException
                                       or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            return Fail(bag, path, $"cannot read the workbook: {ex.Message}");
        }
    }

    static IReadOnlyList<SheetGrid>? Fail(DiagnosticBag bag, string path, string message)
    {
        bag.Add(new Diagnostic(Severity.Error, path, null, message));
        return null;
    }
}
