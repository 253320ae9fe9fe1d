using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace ReportKit.Tests.Support;

/// <summary>
/// A workbook as text a reviewer can read in a diff: per sheet the print setup (paper,
/// orientation, fit, print titles, margins, page header), frozen panes, column widths, merged
/// ranges, then every non-empty cell row by row with its value or formula (and cached value),
/// number format, and what differs from plain text (bold, italic, size, alignment, fill).
/// </summary>
public static class XlsxDump
{
    public static string Dump(Stream xlsx)
    {
        using var wb = new XLWorkbook(xlsx);
        var sb = new StringBuilder();
        sb.AppendLine($"properties: created={wb.Properties.Created:yyyy-MM-dd} author={wb.Properties.Author}");
        foreach (var ws in wb.Worksheets)
        {
            var p = ws.PageSetup;
            sb.AppendLine($"sheet \"{ws.Name}\"");
            sb.AppendLine($"  print: {p.PaperSize} {p.PageOrientation} fit {p.PagesWide} wide x {p.PagesTall} tall · repeat rows {p.FirstRowToRepeatAtTop}-{p.LastRowToRepeatAtTop} · centred={p.CenterHorizontally}");
            sb.AppendLine($"  margins (mm): top={Mm(p.Margins.Top)} bottom={Mm(p.Margins.Bottom)} left={Mm(p.Margins.Left)} right={Mm(p.Margins.Right)}");
            sb.AppendLine($"  page header: \"{p.Header.Center.GetText(XLHFOccurrence.OddPages)}\"");
            sb.AppendLine($"  frozen: {ws.SheetView.SplitRow} rows, {ws.SheetView.SplitColumn} columns");
            var last = ws.LastColumnUsed()?.ColumnNumber() ?? 0;
            sb.AppendLine("  widths: " + string.Join(" ", Enumerable.Range(1, last).Select(c => $"{ws.Column(c).ColumnLetter()}={F(ws.Column(c).Width)}")));
            sb.AppendLine("  merged: " + string.Join(" ", ws.MergedRanges.Select(r => r.RangeAddress.ToStringRelative()).Order(StringComparer.Ordinal)));
            foreach (var row in ws.RowsUsed())
            {
                sb.AppendLine($"  row {row.RowNumber()} h={F(row.Height)}");
                foreach (var cell in row.CellsUsed(XLCellsUsedOptions.Contents))
                    sb.AppendLine($"    {cell.Address.ToStringRelative()} {Content(cell)}{Style(cell)}");
            }
        }
        return sb.ToString();
    }

    static string Content(IXLCell cell)
    {
        if (cell.HasFormula) return $"={cell.FormulaA1} → {F(cell.CachedValue)}";
        return cell.DataType == XLDataType.Number ? F(cell.GetDouble()) : $"\"{cell.GetString()}\"";
    }

    static string Style(IXLCell cell)
    {
        var s = cell.Style;
        var parts = new List<string>();
        if (s.NumberFormat.Format is { Length: > 0 } nf) parts.Add($"[{nf}]");
        else if (s.NumberFormat.NumberFormatId > 0) parts.Add($"[#{s.NumberFormat.NumberFormatId}]");
        if (s.Font.FontName != "Times New Roman") parts.Add(s.Font.FontName);
        if (s.Font.FontSize != 12) parts.Add($"{F(s.Font.FontSize)}pt");
        if (s.Font.Bold) parts.Add("bold");
        if (s.Font.Italic) parts.Add("italic");
        parts.Add(s.Alignment.Horizontal.ToString().ToLowerInvariant());
        if (s.Alignment.WrapText) parts.Add("wrap");
        if (s.Border.TopBorder != XLBorderStyleValues.None) parts.Add("border");
        if (s.Fill.BackgroundColor.ColorType == XLColorType.Color && s.Fill.PatternType != XLFillPatternValues.None)
            parts.Add("fill=" + s.Fill.BackgroundColor.Color.ToArgb().ToString("X8")[2..]);
        return " " + string.Join(" ", parts);
    }

    static string Mm(double inches) => F(Math.Round(inches * 25.4, 1));

    static string F(object? v) => v switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        null => "(none)",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
