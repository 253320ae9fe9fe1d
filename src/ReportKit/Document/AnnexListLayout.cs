using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Bố cục danh sách: one row per target with the columns the plan chooses, grouped under their
/// <c>nhom</c> (I, II, ...): the form of a task-list annex built from the targets, printing what
/// the other layouts leave out (chu_tri, phoi_hop, thoi_han).
/// STT | Nội dung | Đơn vị tính | Chỉ tiêu | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn (by default).
/// </summary>
static class AnnexListLayout
{
    static (string Title, double Width, CellAlign Align) Column(TargetField f) => f switch
    {
        TargetField.RowNumber => ("STT", 6, CellAlign.Center),
        TargetField.Content => ("Nội dung", 40, CellAlign.Left),
        TargetField.Unit => ("Đơn vị tính", 9, CellAlign.Center),
        TargetField.Value => ("Chỉ tiêu", 11, CellAlign.Center),
        TargetField.Previous => ("Thực hiện năm trước", 11, CellAlign.Center),
        TargetField.Lead => ("Đơn vị chủ trì", 18, CellAlign.Left),
        TargetField.Cooperating => ("Đơn vị phối hợp", 22, CellAlign.Left),
        TargetField.Deadline => ("Thời hạn", 12, CellAlign.Center),
        TargetField.Note => ("Ghi chú", 14, CellAlign.Left),
        _ => ("Căn cứ đề xuất", 24, CellAlign.Left),
    };

    public static AnnexTable Build(TargetSet set, AnnexOptions opts)
    {
        var fields = opts.ListColumns.ToList();
        // The draft for the leaders carries the reasons rightmost; the issued version leaves them out.
        if (opts.Draft && !fields.Contains(TargetField.Basis)) fields.Add(TargetField.Basis);
        var columns = fields.Select(Column).ToList();
        var numberCol = fields.IndexOf(TargetField.RowNumber);

        var rows = new List<AnnexRow>
        {
            new(AnnexRowKind.Header, columns.Select(c => new AnnexCell(c.Title)).ToList()),
            new(AnnexRowKind.ColumnNumbers, Enumerable.Range(1, columns.Count).Select(i => new AnnexCell($"({i})")).ToList()),
        };
        var hasGroups = set.Groups.Count > 0;
        string? group = null;
        var groupNo = 0;
        var itemNo = 0;
        foreach (var t in set.Targets)
        {
            if (hasGroups && t.Group is not null && t.Group != group)
            {
                group = t.Group;
                itemNo = 0;
                var roman = VietnameseText.Roman(++groupNo);
                rows.Add(new AnnexRow(AnnexRowKind.Group, numberCol == 0 && columns.Count > 1
                    ? [new AnnexCell(roman), new AnnexCell(t.Group, columns.Count - 1, CellAlign.Left)]
                    : [new AnnexCell($"{roman}. {t.Group}", columns.Count, CellAlign.Left)]));
            }
            itemNo++;
            rows.Add(new AnnexRow(AnnexRowKind.Item, fields.Select((f, i) => Cell(t, f, itemNo, columns[i].Align)).ToList()));
        }
        return new AnnexTable
        {
            Label = "", Title = "", Reference = "",
            Rows = rows,
            Widths = columns.Select(c => ColumnWidth.Relative(c.Width)).ToList(),
            FrozenColumns = Math.Min(2, columns.Count),
        };
    }

    static AnnexCell Cell(Target t, TargetField f, int itemNo, CellAlign align) => f switch
    {
        TargetField.RowNumber => new AnnexCell($"{itemNo}"),
        TargetField.Content => new AnnexCell(t.Content, Align: align),
        TargetField.Unit => new AnnexCell(t.Unit ?? ""),
        TargetField.Value => AnnexCells.Value(t.Value),
        TargetField.Previous => AnnexCells.Value(t.Previous),
        TargetField.Lead => new AnnexCell(t.Lead ?? "", Align: align),
        TargetField.Cooperating => new AnnexCell(string.Join("; ", t.Cooperating), Align: align),
        TargetField.Deadline => new AnnexCell(t.Deadline ?? ""),
        TargetField.Note => new AnnexCell(t.Note ?? "", Align: align),
        _ => new AnnexCell(t.Basis ?? "", Align: align),
    };
}
