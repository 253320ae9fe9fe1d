using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Bố cục cột: one row per target, one column per unit (up to about 12 units on landscape A4).
/// STT | Chỉ tiêu | Đơn vị tính | [Thực hiện năm trước] | Chỉ tiêu giao | Chia ra: units... | Ghi chú | [Căn cứ đề xuất].
/// For a <c>sum</c> target the Chỉ tiêu giao cell is the live sum of the unit cells of its row.
/// </summary>
static class AnnexColumnLayout
{
    public static AnnexTable Build(TargetSet set, AnnexOptions opts)
    {
        var units = set.Units;
        var hasPrevious = set.Targets.Any(t => t.Previous is not null);
        var draft = opts.Draft;

        var weights = new List<double> { 6, 36, 8 };
        if (hasPrevious) weights.Add(10);
        var totalCol = weights.Count;
        weights.Add(11);
        var firstUnitCol = weights.Count;
        weights.AddRange(units.Select(u => Math.Clamp(LongestWord(u.Name) + 2, 9.0, 14.0)));
        weights.Add(14);
        if (draft) weights.Add(24);

        var rows = new List<AnnexRow>();
        // Header: two rows, "Chia ra" over the unit names; the rest span both rows.
        var h1 = new List<AnnexCell> { Tall("STT"), Tall("Chỉ tiêu"), Tall("Đơn vị tính") };
        var h2 = new List<AnnexCell> { AnnexCell.Covered(), AnnexCell.Covered(), AnnexCell.Covered() };
        if (hasPrevious) { h1.Add(Tall("Thực hiện năm trước")); h2.Add(AnnexCell.Covered()); }
        h1.Add(Tall("Chỉ tiêu giao")); h2.Add(AnnexCell.Covered());
        if (units.Count > 0)
        {
            h1.Add(new AnnexCell("Chia ra", units.Count));
            h2.AddRange(units.Select(u => new AnnexCell(u.Name)));
        }
        h1.Add(Tall("Ghi chú")); h2.Add(AnnexCell.Covered());
        if (draft) { h1.Add(Tall("Căn cứ đề xuất")); h2.Add(AnnexCell.Covered()); }
        rows.Add(new AnnexRow(AnnexRowKind.Header, h1));
        rows.Add(new AnnexRow(AnnexRowKind.Header, h2));
        rows.Add(new AnnexRow(AnnexRowKind.ColumnNumbers, Enumerable.Range(1, weights.Count).Select(i => new AnnexCell($"({i})")).ToList()));

        var hasGroups = set.Groups.Count > 0;
        string? group = null;
        var groupNo = 0;
        var itemNo = 0;
        foreach (var t in set.Targets)
        {
            if (hasGroups && t.Group != group && t.Group is not null)
            {
                group = t.Group;
                itemNo = 0;
                rows.Add(new AnnexRow(AnnexRowKind.Group,
                    [new AnnexCell(VietnameseText.Roman(++groupNo)), new AnnexCell(t.Group, weights.Count - 1, Align: CellAlign.Left)]));
            }
            var cells = new List<AnnexCell>
            {
                new($"{++itemNo}"),
                new(t.Content, Align: CellAlign.Left),
                new(t.Unit ?? ""),
            };
            if (hasPrevious) cells.Add(AnnexCells.Value(t.Previous));
            var rowIndex = rows.Count;
            cells.Add(Total(t, rowIndex, firstUnitCol, units.Count));
            cells.AddRange(units.Select(u => AnnexCells.Value(AnnexCells.UnitValue(t, u))));
            cells.Add(new AnnexCell(t.IsMismatched ? Join(t.Note, AnnexCells.MismatchNote(t)) : t.Note ?? "", Align: CellAlign.Left));
            if (draft) cells.Add(new AnnexCell(t.Basis ?? "", Align: CellAlign.Left));
            rows.Add(new AnnexRow(AnnexRowKind.Item, cells));
        }

        return new AnnexTable
        {
            Label = "", Title = "", Reference = "",
            Rows = rows,
            Widths = weights.Select(ColumnWidth.Relative).ToList(),
            FrozenColumns = 2,
        };
        static AnnexCell Tall(string text) => new(text) { RowSpan = 2 };
    }

    /// <summary>Chỉ tiêu giao: the live sum of the row's unit cells for sum targets with allocations, else the stated value.</summary>
    static AnnexCell Total(Target t, int row, int firstUnitCol, int unitCount)
    {
        if (t.Aggregation != Aggregation.Sum || t.AllocatedSum is not { } sum || unitCount == 0)
            return AnnexCells.Value(t.Value);
        return AnnexCells.Sum(sum, AnnexCells.KindOf(t), [new AnnexRange(row, firstUnitCol, row, firstUnitCol + unitCount - 1)], t.IsMismatched);
    }

    static string Join(string? a, string b) => string.IsNullOrWhiteSpace(a) ? b : $"{a}. {b}";

    static double LongestWord(string s) => s.Split(' ').Max(w => w.Length);
}
