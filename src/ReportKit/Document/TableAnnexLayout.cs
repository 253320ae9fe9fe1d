using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// A table annex as the plan states it: its columns (a second header row under column groups,
/// optionally a "(1) (2) ..." row), group rows ("I" in the STT column and the title across the
/// row, or "I. title" across it when there is no STT column), items numbered 1, 2, ... within each
/// group, subtotals and totals as written, and computed sums (live SUM formulas in the workbook)
/// for the columns marked to be summed.
/// </summary>
static class TableAnnexLayout
{
    public static AnnexTable Build(TableAnnexSpec spec, double pageChars)
    {
        var columns = spec.Columns;
        var n = columns.Count;
        var numberCol = columns.ToList().FindIndex(c => c.Kind == AnnexColumnKind.RowNumber);
        var labelCol = Math.Max(0, columns.ToList().FindIndex(c => c.Kind != AnnexColumnKind.RowNumber));
        var firstSum = columns.ToList().FindIndex(c => c.Sum);

        var rows = Header(spec);
        var headerCount = rows.Count;
        var bodyStart = headerCount + (spec.Total && spec.TotalFirst ? 1 : 0);
        var body = new List<AnnexRow>();
        var itemRows = new List<int>();                 // table row index of every item
        (int At, string Title, string Roman, List<int> Items)? group = null;
        var groupNo = 0;
        var itemNo = 0;

        void CloseGroup()
        {
            if (group is not { } g) return;
            body[g.At - bodyStart] = GroupRow(g.Title, g.Roman, g.Items);
            group = null;
        }

        AnnexRow GroupRow(string title, string roman, List<int> items)
        {
            var cells = new List<AnnexCell>();
            var start = numberCol >= 0 && numberCol < labelCol ? labelCol : 0;
            for (var c = 0; c < start; c++) cells.Add(new AnnexCell(c == numberCol ? roman : ""));
            var text = start == 0 && numberCol != 0 ? $"{roman}. {title}" : title;
            var sums = spec.GroupSums && firstSum > start;
            var span = (sums ? firstSum : n) - start;
            cells.Add(new AnnexCell(text, span, CellAlign.Left));
            if (sums)
                for (var c = firstSum; c < n; c++) cells.Add(columns[c].Sum ? Sum(body, bodyStart, c, items, columns[c]) : new AnnexCell(""));
            return new AnnexRow(AnnexRowKind.Group, cells);
        }

        foreach (var row in spec.Rows)
        {
            switch (row.Role)
            {
                case AnnexRowRole.Group:
                    CloseGroup();
                    itemNo = 0;
                    group = (bodyStart + body.Count, row.Label ?? "", VietnameseText.Roman(++groupNo), []);
                    body.Add(new AnnexRow(AnnexRowKind.Group, [])); // filled when the group's items are known
                    break;
                case AnnexRowRole.Item:
                    itemNo++;
                    var at = bodyStart + body.Count;
                    itemRows.Add(at);
                    group?.Items.Add(at);
                    body.Add(new AnnexRow(AnnexRowKind.Item, Enumerable.Range(0, n).Select(c => ItemCell(columns[c], row.Cells[c], itemNo)).ToList()));
                    break;
                default:
                    body.Add(new AnnexRow(row.Role == AnnexRowRole.Total ? AnnexRowKind.Total : AnnexRowKind.Subtotal,
                        LabelledRow(row.Label ?? "", labelCol, n, c => ItemCell(columns[c], row.Cells[c], 0, numbered: false))));
                    break;
            }
        }
        CloseGroup();
        body = Merged(body, n);

        if (spec.Total)
        {
            var total = new AnnexRow(AnnexRowKind.Total, LabelledRow("Tổng cộng", labelCol, n,
                c => columns[c].Sum ? Sum(body, bodyStart, c, itemRows, columns[c]) : new AnnexCell("")));
            if (spec.TotalFirst) rows.Add(total);
            rows.AddRange(body);
            if (!spec.TotalFirst) rows.Add(total);
        }
        else rows.AddRange(body);

        return new AnnexTable
        {
            Label = "", Title = "", Reference = "",
            Rows = rows,
            Widths = Widths(columns, pageChars),
            FrozenColumns = Math.Min(labelCol + 1, n),
        };
    }

    /// <summary>
    /// Cells written "&lt;" join the cell on their left and "^" the cell above (among item rows), as
    /// in body tables: what an annex copied from Word with merged cells needs.
    /// </summary>
    static List<AnnexRow> Merged(List<AnnexRow> body, int n)
    {
        static bool Mark(AnnexRow row, int c, string mark) => row.Kind == AnnexRowKind.Item && row.Cells[c].Text == mark;
        if (!body.Any(r => r.Kind == AnnexRowKind.Item && r.Cells.Any(c => c.Text is "<" or "^"))) return body;
        var origin = new (int Row, int Col)[body.Count, n];
        for (var r = 0; r < body.Count; r++)
            for (var c = 0; c < n; c++)
                origin[r, c] = body[r].Kind != AnnexRowKind.Item ? (r, c)
                    : Mark(body[r], c, "<") && c > 0 ? origin[r, c - 1]
                    : Mark(body[r], c, "^") && r > 0 && body[r - 1].Kind == AnnexRowKind.Item ? origin[r - 1, c]
                    : (r, c);
        var result = new List<AnnexRow>();
        for (var r = 0; r < body.Count; r++)
        {
            if (body[r].Kind != AnnexRowKind.Item) { result.Add(body[r]); continue; }
            var cells = new List<AnnexCell>();
            for (var c = 0; c < n;)
            {
                var o = origin[r, c];
                var span = 1;
                while (c + span < n && origin[r, c + span] == o) span++;
                if (o.Row == r)
                {
                    var rowSpan = 1;
                    while (r + rowSpan < body.Count && body[r + rowSpan].Kind == AnnexRowKind.Item && origin[r + rowSpan, c] == o) rowSpan++;
                    cells.Add(body[r].Cells[o.Col] with { Span = span, RowSpan = rowSpan });
                }
                else cells.Add(AnnexCell.Covered(span));
                c += span;
            }
            result.Add(new AnnexRow(AnnexRowKind.Item, cells));
        }
        return result;
    }

    /// <summary>One header row of titles, or two when columns are grouped ("Mức phấn đấu" over "2026 | 2030"); then "(1) (2) ..." if asked.</summary>
    static List<AnnexRow> Header(TableAnnexSpec spec)
    {
        var columns = spec.Columns;
        var rows = new List<AnnexRow>();
        if (columns.Any(c => c.Group is not null))
        {
            var top = new List<AnnexCell>();
            var bottom = new List<AnnexCell>();
            for (var c = 0; c < columns.Count;)
            {
                if (columns[c].Group is not { } g)
                {
                    top.Add(new AnnexCell(columns[c].Title) { RowSpan = 2 });
                    bottom.Add(AnnexCell.Covered());
                    c++;
                    continue;
                }
                var span = 1;
                while (c + span < columns.Count && columns[c + span].Group == g) span++;
                top.Add(new AnnexCell(g, span));
                for (var k = c; k < c + span; k++) bottom.Add(new AnnexCell(columns[k].Title));
                c += span;
            }
            rows.Add(new AnnexRow(AnnexRowKind.Header, top));
            rows.Add(new AnnexRow(AnnexRowKind.Header, bottom));
        }
        else rows.Add(new AnnexRow(AnnexRowKind.Header, columns.Select(c => new AnnexCell(c.Title)).ToList()));
        if (spec.ColumnNumbers)
            rows.Add(new AnnexRow(AnnexRowKind.ColumnNumbers, Enumerable.Range(1, columns.Count).Select(i => new AnnexCell($"({i})")).ToList()));
        return rows;
    }

    /// <summary>A total or subtotal row: nothing before the label column, the label, then the values.</summary>
    static List<AnnexCell> LabelledRow(string label, int labelCol, int n, Func<int, AnnexCell> value)
    {
        var cells = new List<AnnexCell>();
        for (var c = 0; c < labelCol; c++) cells.Add(new AnnexCell(""));
        cells.Add(new AnnexCell(label, Align: CellAlign.Center));
        for (var c = labelCol + 1; c < n; c++) cells.Add(value(c));
        return cells;
    }

    static AnnexCell ItemCell(AnnexColumnSpec column, TargetValue? value, int itemNo, bool numbered = true)
    {
        if (column.Kind == AnnexColumnKind.RowNumber)
            return new AnnexCell(value?.Text ?? (numbered ? $"{itemNo}" : ""), Align: column.Align);
        if (value is null) return new AnnexCell("", Align: column.Align);
        if (column.Kind is AnnexColumnKind.Number or AnnexColumnKind.Percent && value.IsNumber)
            return AnnexCells.Value(value) with { Align = column.Align };
        return new AnnexCell(value.Text ?? AnnexCells.Value(value).Text, Align: column.Align);
    }

    /// <summary>The live sum of a column over the given item rows, shown with its computed value.</summary>
    static AnnexCell Sum(List<AnnexRow> body, int bodyStart, int col, List<int> items, AnnexColumnSpec column)
    {
        var numbers = items.Select(r => body[r - bodyStart].Cells[col].Number).OfType<decimal>().ToList();
        if (items.Count == 0) return new AnnexCell("", Align: column.Align);
        var kind = column.Kind == AnnexColumnKind.Percent ? AnnexNumberKind.Percent
            : numbers.Any(x => x != decimal.Truncate(x)) ? AnnexNumberKind.Decimal : AnnexNumberKind.Count;
        return AnnexCells.Sum(numbers.Sum(), kind, Runs(items).Select(r => new AnnexRange(r.First, col, r.Last, col)).ToList(), flagged: false)
            with { Align = column.Align };
    }

    /// <summary>Consecutive row indexes as ranges: 5,6,7,9 → (5,7), (9,9).</summary>
    static IEnumerable<(int First, int Last)> Runs(List<int> rows)
    {
        for (var i = 0; i < rows.Count;)
        {
            var j = i;
            while (j + 1 < rows.Count && rows[j + 1] == rows[j] + 1) j++;
            yield return (rows[i], rows[j]);
            i = j + 1;
        }
    }

    /// <summary>Fixed widths stay in cm; shares become characters of what the fixed ones leave of the page.</summary>
    static List<ColumnWidth> Widths(IReadOnlyList<AnnexColumnSpec> columns, double pageChars)
    {
        var fixedChars = columns.Where(c => c.Width.IsCm).Sum(c => AnnexPage.CmToChars(c.Width.Value));
        var shares = columns.Where(c => !c.Width.IsCm).Sum(c => c.Width.Value);
        var left = Math.Max(pageChars - fixedChars, columns.Count(c => !c.Width.IsCm) * 4);
        return columns.Select(c => c.Width.IsCm ? c.Width : ColumnWidth.Relative(Math.Round(c.Width.Value / shares * left, 2))).ToList();
    }
}
