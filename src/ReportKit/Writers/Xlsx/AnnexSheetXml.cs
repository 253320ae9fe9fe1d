using System.Globalization;
using System.Text;
using ReportKit.Document;
using ReportKit.Model;

namespace ReportKit.Writers.Xlsx;

/// <summary>One annex as a worksheet part: titles, the table, merges, frozen panes and print setup.</summary>
sealed class AnnexSheetXml(AnnexTable annex, CellStyles styles)
{
    const int TitleRows = 4; // "Phụ lục", title, "(Kèm theo ...)", a blank row
    const double TableFontSize = 12;
    const double MmPerInch = 25.4;
    int Columns => annex.Widths.Count;
    readonly List<string> _merges = [];

    /// <summary>Column widths in characters: relative ones are characters already, centimetres are converted.</summary>
    readonly double[] _chars = annex.Widths.Select(w => w.IsCm ? Math.Round(AnnexPage.CmToChars(w.Value), 2) : w.Value).ToArray();

    int HeaderRows => annex.Rows.TakeWhile(r => r.Kind is AnnexRowKind.Header or AnnexRowKind.ColumnNumbers).Count();

    /// <summary>Sheet rows repeated at the top of every printed page (the table's header rows).</summary>
    public (int First, int Last)? PrintTitleRows => HeaderRows > 0 ? (SheetRow(0), SheetRow(HeaderRows - 1)) : null;

    static int SheetRow(int tableRow) => TitleRows + 1 + tableRow;

    public string Build()
    {
        var data = new StringBuilder();
        Heading(data, 1, annex.Label, 14, bold: true, italic: false);
        Heading(data, 2, annex.Title, 14, bold: true, italic: false);
        Heading(data, 3, annex.Reference, 13, bold: false, italic: true);
        for (var r = 0; r < annex.Rows.Count; r++) Row(data, r);
        // Ghi chú under the table, one merged row each, after a blank row.
        var lastRow = SheetRow(annex.Rows.Count - 1);
        for (var i = 0; i < annex.Notes.Count; i++)
            Note(data, lastRow + 2 + i, Inlines.PlainText(annex.Notes[i]));
        if (annex.Notes.Count > 0) lastRow += 1 + annex.Notes.Count;

        var sb = new StringBuilder(ZipParts.XmlDeclaration);
        sb.Append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        sb.Append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        sb.Append($"<dimension ref=\"A1:{Column(Columns)}{lastRow}\"/>");
        // Title rows and the table header stay in view, and so do the label columns.
        var ySplit = SheetRow(HeaderRows - 1);
        var xSplit = annex.FrozenColumns;
        sb.Append("<sheetViews><sheetView workbookViewId=\"0\"><pane ");
        if (xSplit > 0) sb.Append($"xSplit=\"{xSplit}\" ");
        sb.Append($"ySplit=\"{ySplit}\" topLeftCell=\"{Column(xSplit + 1)}{ySplit + 1}\" activePane=\"{(xSplit > 0 ? "bottomRight" : "bottomLeft")}\" state=\"frozen\"/></sheetView></sheetViews>");
        sb.Append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        // A stored width includes the cell's padding (5 px, 0.7109375 of a character at the default
        // font), as Excel writes it; without it every column shows ~0.7 character narrower.
        for (var c = 0; c < Columns; c++)
            sb.Append($"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{Num(_chars[c] + 0.7109375)}\" customWidth=\"1\"/>");
        sb.Append("</cols><sheetData>").Append(data).Append("</sheetData>");
        if (_merges.Count > 0)
        {
            sb.Append($"<mergeCells count=\"{_merges.Count}\">");
            foreach (var m in _merges) sb.Append($"<mergeCell ref=\"{m}\"/>");
            sb.Append("</mergeCells>");
        }
        sb.Append("<printOptions horizontalCentered=\"1\"/>");
        // Margins as in the DOCX annex section: landscape top 20, bottom 15, left 30, right 15 mm; portrait 20/20/30/15.
        var (top, bottom) = annex.Orientation == PageOrientation.Landscape ? (20, 15) : (20, 20);
        sb.Append($"<pageMargins left=\"{Num(30 / MmPerInch)}\" right=\"{Num(15 / MmPerInch)}\" top=\"{Num(top / MmPerInch)}\" bottom=\"{Num(bottom / MmPerInch)}\" header=\"{Num(10 / MmPerInch)}\" footer=\"{Num(8 / MmPerInch)}\"/>");
        // Each annex numbers its own pages from 1 (NĐ 30 III.1đ), also when the workbook is printed as a whole.
        sb.Append($"<pageSetup paperSize=\"9\" firstPageNumber=\"1\" fitToHeight=\"0\" useFirstPageNumber=\"1\" orientation=\"{(annex.Orientation == PageOrientation.Landscape ? "landscape" : "portrait")}\"/>");
        // Page numbers restart per annex (NĐ 30 III.1đ), top centre like the document's, none on its first page.
        sb.Append("<headerFooter differentFirst=\"1\"><oddHeader>&amp;C&amp;P</oddHeader><firstHeader></firstHeader></headerFooter>");
        return sb.Append("</worksheet>").ToString();
    }

    void Heading(StringBuilder sb, int row, string text, double size, bool bold, bool italic)
    {
        var height = RowHeights.Lines(text, _chars.Sum(), size, bold) * RowHeights.LineHeight(size);
        var style = styles.Index(new CellStyle(size, bold, italic, Border: false, Flagged: false, NumberFormat: null, CellAlign.Center));
        sb.Append($"<row r=\"{row}\" ht=\"{Num(height)}\" customHeight=\"1\">");
        Text(sb, $"A{row}", style, text);
        for (var c = 2; c <= Columns; c++) sb.Append($"<c r=\"{Column(c)}{row}\" s=\"{style}\"/>");
        sb.Append("</row>");
        if (Columns > 1) _merges.Add($"A{row}:{Column(Columns)}{row}");
    }

    void Note(StringBuilder sb, int row, string text)
    {
        var height = RowHeights.Lines(text, _chars.Sum(), TableFontSize, false) * RowHeights.LineHeight(TableFontSize);
        var style = styles.Index(new CellStyle(TableFontSize, false, false, Border: false, Flagged: false, NumberFormat: null, CellAlign.Left));
        sb.Append($"<row r=\"{row}\" ht=\"{Num(height)}\" customHeight=\"1\">");
        Text(sb, $"A{row}", style, text);
        for (var c = 2; c <= Columns; c++) sb.Append($"<c r=\"{Column(c)}{row}\" s=\"{style}\"/>");
        sb.Append("</row>");
        if (Columns > 1) _merges.Add($"A{row}:{Column(Columns)}{row}");
    }

    void Row(StringBuilder sb, int r)
    {
        var row = annex.Rows[r];
        var sheetRow = SheetRow(r);
        var header = row.Kind is AnnexRowKind.Header or AnnexRowKind.ColumnNumbers;
        var bold = row.Kind is AnnexRowKind.Header or AnnexRowKind.Group or AnnexRowKind.Subtotal or AnnexRowKind.Total;
        var italic = row.Kind == AnnexRowKind.ColumnNumbers;
        var cells = new StringBuilder();
        var lines = 1;
        var col = 1;
        foreach (var cell in row.Cells)
        {
            var width = _chars.Skip(col - 1).Take(cell.Span).Sum();
            // Figures centred as annexes print them (a column mixes 2.700, 80% and "ít nhất 01"); text flush left.
            var style = styles.Index(new CellStyle(TableFontSize, bold, italic, Border: true, cell.Flagged && !cell.MergedAbove,
                cell.MergedAbove ? null : NumberFormat(cell), header ? CellAlign.Center : cell.Align));
            if (!cell.MergedAbove)
            {
                Value(cells, $"{Column(col)}{sheetRow}", style, cell);
                if (cell.RowSpan == 1) lines = Math.Max(lines, RowHeights.Lines(cell.Text, width, TableFontSize, bold));
                if (cell.Span > 1 || cell.RowSpan > 1)
                    _merges.Add($"{Column(col)}{sheetRow}:{Column(col + cell.Span - 1)}{sheetRow + cell.RowSpan - 1}");
            }
            else cells.Append($"<c r=\"{Column(col)}{sheetRow}\" s=\"{style}\"/>");
            // Cells covered by a merge carry the border too, or Excel draws the merged box without it.
            for (var c = col + 1; c < col + cell.Span; c++) cells.Append($"<c r=\"{Column(c)}{sheetRow}\" s=\"{style}\"/>");
            col += cell.Span;
        }
        var height = lines * RowHeights.LineHeight(TableFontSize) + 4;
        sb.Append($"<row r=\"{sheetRow}\" ht=\"{Num(height)}\" customHeight=\"1\">").Append(cells).Append("</row>");
    }

    void Value(StringBuilder sb, string address, int style, AnnexCell cell)
    {
        if (cell.SumOf is { Count: > 0 } ranges)
        {
            var formula = "SUM(" + string.Join(",", ranges.Select(A1)) + ")";
            sb.Append($"<c r=\"{address}\" s=\"{style}\"><f>{formula}</f><v>{Num(CachedSum(ranges))}</v></c>");
        }
        else if (cell.Number is { } n)
            sb.Append($"<c r=\"{address}\" s=\"{style}\"><v>{Num(cell.Kind == AnnexNumberKind.Percent ? n / 100 : n)}</v></c>");
        else if (cell.Text.Length > 0) Text(sb, address, style, cell.Text);
        else sb.Append($"<c r=\"{address}\" s=\"{style}\"/>");
    }

    static void Text(StringBuilder sb, string address, int style, string text) =>
        sb.Append($"<c r=\"{address}\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{ZipParts.Escape(text)}</t></is></c>");

    /// <summary>The value a SUM formula computes, from the same cells, so the cached total is the real one.</summary>
    decimal CachedSum(IReadOnlyList<AnnexRange> ranges)
    {
        decimal sum = 0;
        foreach (var r in ranges)
            for (var row = r.FirstRow; row <= r.LastRow; row++)
                for (var col = r.FirstColumn; col <= r.LastColumn; col++)
                    if (CellAt(row, col) is { Number: { } n } cell)
                        sum += cell.Kind == AnnexNumberKind.Percent ? n / 100 : n;
        return sum;
    }

    /// <summary>The cell that starts at grid column <paramref name="col"/> (0-based) of table row <paramref name="row"/>.</summary>
    AnnexCell? CellAt(int row, int col)
    {
        var at = 0;
        foreach (var cell in annex.Rows[row].Cells)
        {
            if (at == col) return cell;
            at += cell.Span;
            if (at > col) return null;
        }
        return null;
    }

    string A1(AnnexRange r)
    {
        var first = $"{Column(r.FirstColumn + 1)}{SheetRow(r.FirstRow)}";
        var last = $"{Column(r.LastColumn + 1)}{SheetRow(r.LastRow)}";
        return first == last ? first : $"{first}:{last}";
    }

    static string? NumberFormat(AnnexCell cell) => cell.SumOf is null && cell.Number is null ? null : cell.Kind switch
    {
        AnnexNumberKind.Percent => cell.Decimals == 0 ? "0%" : "0." + new string('0', cell.Decimals) + "%",
        _ => cell.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', cell.Decimals),
    };

    /// <summary>1 → A, 27 → AA.</summary>
    public static string Column(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    static string Num(double v) => v.ToString("0.##########", CultureInfo.InvariantCulture);
    static string Num(decimal v) => v.ToString("0.##########", CultureInfo.InvariantCulture);
}
