using ClosedXML.Excel;

namespace ReportKit.Load;

/// <summary>Reads .xlsx cells with ClosedXML: cached values (not formulas), % formats, and fonts.</summary>
static class XlsxGridReader
{
    public static IReadOnlyList<SheetGrid> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var wb = new XLWorkbook(stream);
        var sheets = new List<SheetGrid>();
        foreach (var ws in wb.Worksheets)
        {
            var cells = new Dictionary<(int, int), GridCell>();
            foreach (var cell in ws.CellsUsed(XLCellsUsedOptions.Contents))
            {
                var font = cell.Style.Font.FontName;
                GridCell value;
                var percent = cell.Style.NumberFormat.Format.Contains('%') || cell.Style.NumberFormat.NumberFormatId is 9 or 10;
                if (cell.DataType == XLDataType.Number && TryNumber(cell, out var n))
                    value = new GridCell(null, n, percent, font);
                else
                    value = new GridCell(cell.GetFormattedString(), null, false, font);
                if (!value.IsEmpty) cells[(cell.Address.RowNumber, cell.Address.ColumnNumber)] = value;
            }
            sheets.Add(new SheetGrid(ws.Name, cells));
        }
        return sheets;
    }

    static bool TryNumber(IXLCell cell, out double n)
    {
        // Formula cells: use the value Excel cached; ClosedXML evaluates when none was cached.
        try { n = cell.GetDouble(); return true; }
        catch (Exception) { n = 0; return false; }
    }
}
