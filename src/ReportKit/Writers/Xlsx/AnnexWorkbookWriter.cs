using ClosedXML.Excel;
using ReportKit.Document;

namespace ReportKit.Writers.Xlsx;

/// <summary>
/// Writes the plan's annexes as a workbook (one sheet each) that a secretariat can keep editing:
/// numbers stay numbers (#,##0 / 0%), totals are live SUM formulas, flagged cells (allocations that
/// do not add up) are shaded red. Laid out for print the way an annex is issued: Times New Roman,
/// "Phụ lục" / title / "(Kèm theo ...)" centred above the table, bordered cells, header rows bold,
/// centred, wrapped and repeated on every page, A4 landscape, one page wide. Column widths are
/// set explicitly (AdjustToContents needs libgdiplus). Output is byte-reproducible.
/// </summary>
public sealed class AnnexWorkbookWriter
{
    const string Font = "Times New Roman";
    const double TableFontSize = 12;
    // Landscape margins as in the DOCX annex section (mm): top 20, bottom 15, left 30, right 15.
    const double MmPerInch = 25.4;

    public void Write(IReadOnlyList<AnnexTable> annexes, DocumentInfo info, Stream output)
    {
        using var raw = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Style.Font.FontName = Font;
            wb.Style.Font.FontSize = TableFontSize;
            // Core properties from the plan, never the clock, so reruns give the same bytes.
            wb.Properties.Created = info.Created;
            wb.Properties.Modified = info.Created;
            wb.Properties.Author = info.Author;
            wb.Properties.Title = info.Title;
            wb.Properties.LastModifiedBy = "ReportKit";
            for (var i = 0; i < annexes.Count; i++)
                new AnnexSheet(wb.Worksheets.Add(SheetName(annexes[i], i)), annexes[i]).Write();
            // Totals carry their computed values too, so viewers that do not calculate (previews,
            // phones, scripts) still show them; Excel and Calc recalculate on load anyway.
            wb.FullCalculationOnLoad = true;
            wb.SaveAs(raw, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        }
        raw.Position = 0;
        using var finished = XlsxPackage.Finish(raw, info.Title, info.Author, info.Created);
        DeterministicPackage.Normalize(finished, output);
    }

    /// <summary>"Phụ lục", "Phụ lục II": Excel allows 31 characters and no []:*?/\.</summary>
    static string SheetName(AnnexTable annex, int index)
    {
        var name = string.Concat(annex.Label.Where(c => !"[]:*?/\\".Contains(c))).Trim();
        if (name.Length == 0) name = $"Phụ lục {index + 1}";
        return name.Length > 31 ? name[..31] : name;
    }

    /// <summary>One annex on one sheet.</summary>
    sealed class AnnexSheet(IXLWorksheet ws, AnnexTable annex)
    {
        const int TitleRows = 4; // "Phụ lục", title, "(Kèm theo ...)", a blank row
        int Columns => annex.ColumnWeights.Count;

        public void Write()
        {
            for (var c = 0; c < Columns; c++) ws.Column(c + 1).Width = annex.ColumnWeights[c];
            Heading(1, annex.Label, 14, bold: true, italic: false);
            Heading(2, annex.Title, 14, bold: true, italic: false);
            Heading(3, annex.Reference, 13, bold: false, italic: true);
            for (var r = 0; r < annex.Rows.Count; r++) Row(r);
            Borders();
            PrintSetup();
        }

        int SheetRow(int tableRow) => TitleRows + 1 + tableRow;

        void Heading(int row, string text, double size, bool bold, bool italic)
        {
            var range = ws.Range(row, 1, row, Columns).Merge();
            var cell = ws.Cell(row, 1);
            cell.Value = text;
            cell.DataType = XLDataType.Text;
            range.Style.Font.FontSize = size;
            range.Style.Font.Bold = bold;
            range.Style.Font.Italic = italic;
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            range.Style.Alignment.WrapText = true;
            ws.Row(row).Height = RowHeights.Lines(text, annex.ColumnWeights.Sum(), size, bold) * RowHeights.LineHeight(size);
        }

        void Row(int r)
        {
            var row = annex.Rows[r];
            var sheetRow = SheetRow(r);
            var header = row.Kind is AnnexRowKind.Header or AnnexRowKind.ColumnNumbers;
            var bold = row.Kind is AnnexRowKind.Header or AnnexRowKind.Group or AnnexRowKind.Subtotal or AnnexRowKind.Total;
            var col = 1;
            var lines = 1;
            foreach (var cell in row.Cells)
            {
                var xl = ws.Cell(sheetRow, col);
                if (!cell.MergedAbove)
                {
                    Value(xl, cell);
                    var width = annex.ColumnWeights.Skip(col - 1).Take(cell.Span).Sum();
                    if (cell.RowSpan == 1) lines = Math.Max(lines, RowHeights.Lines(cell.Text, width, TableFontSize, bold));
                    var range = ws.Range(sheetRow, col, sheetRow + cell.RowSpan - 1, col + cell.Span - 1);
                    if (cell.Span > 1 || cell.RowSpan > 1) range.Merge();
                    var style = range.Style;
                    style.Font.Bold = bold;
                    style.Font.Italic = row.Kind == AnnexRowKind.ColumnNumbers;
                    style.Alignment.WrapText = true;
                    style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
                    // Figures centred as annexes print them (a column mixes 2.700, 80% and "ít nhất 01"); text flush left.
                    style.Alignment.Horizontal = cell.AlignLeft && !header ? XLAlignmentHorizontalValues.Left : XLAlignmentHorizontalValues.Center;
                    if (cell.Flagged)
                    {
                        // Excel's "bad" style: light red fill, dark red text; the CLI names the cell too.
                        style.Fill.BackgroundColor = XLColor.FromHtml("#FFC7CE");
                        style.Font.FontColor = XLColor.FromHtml("#9C0006");
                    }
                }
                col += cell.Span;
            }
            ws.Row(sheetRow).Height = lines * RowHeights.LineHeight(TableFontSize) + 4;
        }

        void Value(IXLCell xl, AnnexCell cell)
        {
            if (cell.SumOf is { Count: > 0 } ranges)
            {
                xl.FormulaA1 = "SUM(" + string.Join(",", ranges.Select(A1)) + ")";
                Format(xl, cell);
            }
            else if (cell.Number is { } n)
            {
                xl.Value = (double)(cell.Kind == AnnexNumberKind.Percent ? n / 100 : n);
                Format(xl, cell);
            }
            else
            {
                xl.Value = cell.Text;
                xl.DataType = XLDataType.Text;
            }
        }

        static void Format(IXLCell xl, AnnexCell cell) => xl.Style.NumberFormat.Format = cell.Kind switch
        {
            AnnexNumberKind.Percent => cell.Decimals == 0 ? "0%" : "0." + new string('0', cell.Decimals) + "%",
            _ => cell.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', cell.Decimals),
        };

        string A1(AnnexRange r)
        {
            var first = ws.Cell(SheetRow(r.FirstRow), r.FirstColumn + 1).Address.ToStringRelative();
            var last = ws.Cell(SheetRow(r.LastRow), r.LastColumn + 1).Address.ToStringRelative();
            return first == last ? first : $"{first}:{last}";
        }

        void Borders()
        {
            var table = ws.Range(SheetRow(0), 1, SheetRow(annex.Rows.Count - 1), Columns);
            table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        }

        void PrintSetup()
        {
            var page = ws.PageSetup;
            page.PaperSize = XLPaperSize.A4Paper;
            page.PageOrientation = XLPageOrientation.Landscape;
            page.FitToPages(1, 0);
            page.CenterHorizontally = true;
            page.Margins.Top = 20 / MmPerInch;
            page.Margins.Bottom = 15 / MmPerInch;
            page.Margins.Left = 30 / MmPerInch;
            page.Margins.Right = 15 / MmPerInch;
            page.Margins.Header = 10 / MmPerInch;
            page.Margins.Footer = 8 / MmPerInch;
            var headerRows = annex.Rows.TakeWhile(r => r.Kind is AnnexRowKind.Header or AnnexRowKind.ColumnNumbers).Count();
            if (headerRows > 0) page.SetRowsToRepeatAtTop(SheetRow(0), SheetRow(headerRows - 1)); // made absolute by XlsxPackage
            // Page numbers restart per annex (NĐ 30 III.1đ), top centre like the document's.
            page.Header.Center.AddText("&P", XLHFOccurrence.AllPages);
            ws.SheetView.Freeze(SheetRow(headerRows - 1), annex.FrozenColumns);
        }
    }
}

/// <summary>Row heights for wrapped text, estimated from Times New Roman widths (Excel does not grow rows with merged or wrapped cells by itself).</summary>
static class RowHeights
{
    public static double LineHeight(double sizePt) => Math.Round(sizePt * 1.25, 2);

    /// <summary>Lines <paramref name="text"/> takes in a column <paramref name="widthChars"/> wide (Excel width units).</summary>
    public static int Lines(string text, double widthChars, double sizePt, bool bold)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        // One width unit is the default font's digit (6 pt for Times New Roman 12) plus 5 px of padding per column.
        var usable = widthChars * 5.5 - 4; // conservative: a row a little tall beats clipped text
        var lines = 0;
        foreach (var para in text.Split('\n'))
        {
            var words = para.Split(' ');
            double line = 0;
            var count = 1;
            foreach (var w in words)
            {
                var wpt = Docx.TimesMetrics.WidthTwips(w + " ", sizePt, bold) / 20.0;
                if (line > 0 && line + wpt > usable) { count++; line = 0; }
                line += wpt;
            }
            lines += count;
        }
        return lines;
    }
}
