using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Bố cục dòng: one row per unit, one column per target — the only layout that fits the 38–168
/// communes a province allocates to since July 2025. STT | Đơn vị | targets... | Ghi chú, with
/// the targets' groups (I, II, ...) as a super-header. A Tổng cộng row (first or last) holds live
/// sums for <c>sum</c> targets and the stated value for the others; optional group subtotal rows
/// sum each unit group. Draft mode adds a "Căn cứ đề xuất" row under the totals: per-target
/// reasons do not fit a per-unit column.
/// </summary>
static class AnnexRowLayout
{
    public static AnnexTable Build(TargetSet set, AnnexOptions opts)
    {
        var targets = set.Targets;
                const int first = 2; // first target column
        var noteCol = first + targets.Count;
        var width = noteCol + 1;
        var weights = new List<double> { 6, Math.Clamp(set.Units.Select(u => (double)u.Name.Length).DefaultIfEmpty(10).Max() + 2, 16, 36) };
        weights.AddRange(targets.Select(t => Math.Clamp(LongestWord(t.Content) + 4, 11.0, 14.0)));
        weights.Add(12);

        var rows = new List<AnnexRow>();
        var grouped = set.Groups.Count > 0;
        var headerRows = grouped ? 3 : 2;
        // Header: [target groups,] target contents, units of measure; STT, Đơn vị and Ghi chú span them all.
        if (grouped)
        {
            var g = new List<AnnexCell> { Tall("STT", headerRows), Tall("Đơn vị", headerRows) };
            var i = 0;
            while (i < targets.Count)
            {
                var name = targets[i].Group;
                var span = 1;
                while (i + span < targets.Count && targets[i + span].Group == name) span++;
                var no = name is null ? "" : VietnameseText.Roman(set.Groups.ToList().IndexOf(name) + 1) + ". ";
                g.Add(new AnnexCell(name is null ? "" : no + name, span));
                i += span;
            }
            g.Add(Tall("Ghi chú", headerRows));
            rows.Add(new AnnexRow(AnnexRowKind.Header, g));
        }
        var contents = new List<AnnexCell>();
        contents.AddRange(grouped ? [AnnexCell.Covered(), AnnexCell.Covered()] : [Tall("STT", 2), Tall("Đơn vị", 2)]);
        contents.AddRange(targets.Select(t => new AnnexCell(t.Content)));
        contents.Add(grouped ? AnnexCell.Covered() : Tall("Ghi chú", 2));
        rows.Add(new AnnexRow(AnnexRowKind.Header, contents));
        var measures = new List<AnnexCell> { AnnexCell.Covered(), AnnexCell.Covered() };
        measures.AddRange(targets.Select(t => new AnnexCell(t.Unit is { Length: > 0 } u ? $"({u})" : "")));
        measures.Add(AnnexCell.Covered());
        rows.Add(new AnnexRow(AnnexRowKind.Header, measures));
        rows.Add(new AnnexRow(AnnexRowKind.ColumnNumbers, Enumerable.Range(1, width).Select(i => new AnnexCell($"({i})")).ToList()));

        // Units, optionally under subtotal rows; item ranges are remembered for the sums.
        var body = new List<(AnnexRow Row, List<AnnexRange>? SubtotalOf)>();
        var itemRanges = new List<(int First, int Last)>();
        var groups = opts.Subtotals && set.UnitGroups.Count > 0
            ? set.Units.GroupBy(u => u.Group ?? "").Select(g => (Name: g.Key, Units: g.ToList())).ToList()
            : [(Name: "", Units: set.Units.ToList())];
        var totalFirst = opts.TotalFirst;
        var bodyStart = rows.Count + (totalFirst ? 1 : 0);
        var groupNo = 0;
        var pending = new List<AnnexRow>();
        foreach (var (name, units) in groups)
        {
            var subtotalAt = -1;
            if (opts.Subtotals && set.UnitGroups.Count > 0)
            {
                subtotalAt = bodyStart + pending.Count;
                pending.Add(null!); // filled once its units' rows are known
            }
            var firstItem = bodyStart + pending.Count;
            var no = 0;
            foreach (var u in units)
            {
                var cells = new List<AnnexCell> { new($"{++no}"), new(u.Name, Align: CellAlign.Left) };
                cells.AddRange(targets.Select(t => AnnexCells.Value(AnnexCells.UnitValue(t, u))));
                cells.Add(new AnnexCell(""));
                pending.Add(new AnnexRow(AnnexRowKind.Item, cells));
            }
            var lastItem = bodyStart + pending.Count - 1;
            if (units.Count > 0) itemRanges.Add((firstItem, lastItem));
            if (subtotalAt >= 0)
            {
                var label = name.Length > 0 ? name : "Khác";
                var cells = new List<AnnexCell> { new(VietnameseText.Roman(++groupNo)), new(label, Align: CellAlign.Left) };
                for (var i = 0; i < targets.Count; i++)
                    cells.Add(GroupSum(targets[i], units, first + i, units.Count == 0 ? [] : [(firstItem, lastItem)]));
                cells.Add(new AnnexCell(""));
                pending[subtotalAt - bodyStart] = new AnnexRow(AnnexRowKind.Subtotal, cells);
            }
        }

        var total = new List<AnnexCell> { new(""), new("Tổng cộng") };
        var notes = new List<string>();
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            total.Add(Total(t, first + i, itemRanges));
            if (t.IsMismatched) notes.Add($"({first + i + 1}): {AnnexCells.MismatchNote(t)}");
        }
        total.Add(new AnnexCell(string.Join("; ", notes), Align: CellAlign.Left));
        var totalRow = new AnnexRow(AnnexRowKind.Total, total);

        if (totalFirst) rows.Add(totalRow);
        rows.AddRange(pending);
        if (!totalFirst) rows.Add(totalRow);
        if (opts.Draft)
        {
            var basis = new List<AnnexCell> { new(""), new("Căn cứ đề xuất", Align: CellAlign.Left) };
            basis.AddRange(targets.Select(t => new AnnexCell(t.Basis ?? "", Align: CellAlign.Left)));
            basis.Add(new AnnexCell(""));
            rows.Add(new AnnexRow(AnnexRowKind.Item, basis));
        }

        return new AnnexTable
        {
            Label = "", Title = "", Reference = "",
            Rows = rows,
            Widths = weights.Select(ColumnWidth.Relative).ToList(),
            FrozenColumns = 2,
        };
        static AnnexCell Tall(string text, int span) => new(text) { RowSpan = span };
    }

    /// <summary>Tổng cộng for one target: a live sum of every unit row for sum targets, else the stated value.</summary>
    static AnnexCell Total(Target t, int col, List<(int First, int Last)> ranges)
    {
        if (t.Aggregation != Aggregation.Sum || t.AllocatedSum is not { } sum || ranges.Count == 0) return AnnexCells.Value(t.Value);
        return AnnexCells.Sum(sum, AnnexCells.KindOf(t), ranges.Select(r => new AnnexRange(r.First, col, r.Last, col)).ToList(), t.IsMismatched);
    }

    /// <summary>Cộng nhóm: the group's live sum for sum targets; nothing for rates, which are never summed.</summary>
    static AnnexCell GroupSum(Target t, List<SubordinateUnit> units, int col, List<(int First, int Last)> ranges)
    {
        if (t.Aggregation != Aggregation.Sum || ranges.Count == 0) return new AnnexCell("");
        var values = units.Select(u => t.Allocations.GetValueOrDefault(u.Code)?.Value.Number).OfType<decimal>().ToList();
        if (values.Count == 0) return new AnnexCell("");
        return AnnexCells.Sum(values.Sum(), AnnexCells.KindOf(t), ranges.Select(r => new AnnexRange(r.First, col, r.Last, col)).ToList(), flagged: false);
    }

    static double LongestWord(string s) => s.Split(' ').Max(w => w.Length);
}
