namespace ReportKit.Document;

/// <summary>
/// The plan as a document: every element already worded and numbered, nothing left to decide
/// but layout. Writers (DOCX, text dump) walk it once.
/// </summary>
public sealed record PlanDocument
{
    public required DocumentHeader Header { get; init; }

    /// <summary>Tên loại ("KẾ HOẠCH").</summary>
    public required string DocumentType { get; init; }

    /// <summary>Trích yếu.</summary>
    public required string Subject { get; init; }

    public IReadOnlyList<Block> Body { get; init; } = [];

    public required EndBlock End { get; init; }

    public IReadOnlyList<AnnexTable> Annexes { get; init; } = [];

    public required DocumentInfo Info { get; init; }
}

/// <summary>Ô 1–4: organ names, Quốc hiệu/tiêu đề, số và ký hiệu, địa danh và ngày.</summary>
public sealed record DocumentHeader
{
    /// <summary>Cơ quan chủ quản, upper case; empty when none.</summary>
    public string? Parent { get; init; }

    /// <summary>Cơ quan ban hành, upper case.</summary>
    public required string Issuer { get; init; }

    /// <summary>"Số: 321/KH-BTV" or "Số:      /KH-BTV".</summary>
    public required string NumberLine { get; init; }

    /// <summary>"Khánh Hòa, ngày 08 tháng 6 năm 2021".</summary>
    public required string DateLine { get; init; }
}

/// <summary>Ô 7 and Ô 9b: signature block beside Nơi nhận.</summary>
public sealed record EndBlock
{
    /// <summary>Recipient lines, already prefixed and punctuated ("- Tỉnh ủy Cao Bằng;"), the Lưu line last.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Authority lines ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH").</summary>
    public IReadOnlyList<string> Authority { get; init; } = [];

    public required string Position { get; init; }
    public required string SignerName { get; init; }
}

/// <summary>Core properties, from the data, so output is reproducible.</summary>
public sealed record DocumentInfo(string Title, string Author, DateTime Created);

/// <summary>Phụ lục: a table annex rendered in its own landscape section.</summary>
public sealed record AnnexTable
{
    /// <summary>"Phụ lục" or "Phụ lục I".</summary>
    public required string Label { get; init; }
    public required string Title { get; init; }
    /// <summary>"(Kèm theo Kế hoạch số ... của ...)".</summary>
    public required string Reference { get; init; }
    /// <summary>Header rows then body rows; each cell text with its role.</summary>
    public IReadOnlyList<AnnexRow> Rows { get; init; } = [];
    /// <summary>Relative column widths (in characters of the table font, which a spreadsheet uses as they are).</summary>
    public IReadOnlyList<double> ColumnWeights { get; init; } = [];
    /// <summary>Leading label columns (STT, Chỉ tiêu / Đơn vị) that stay in view when scrolling.</summary>
    public int FrozenColumns { get; init; }
}

public enum AnnexRowKind { Header, ColumnNumbers, Group, Item, Subtotal, Total }

public sealed record AnnexRow(AnnexRowKind Kind, IReadOnlyList<AnnexCell> Cells);

/// <summary>
/// One table cell. <see cref="Text"/> is what a reader sees (numbers already formatted the
/// Vietnamese way); <see cref="Number"/> and <see cref="SumOf"/> let a spreadsheet keep numbers
/// numeric and totals live. Row and column indexes in <see cref="SumOf"/> are the table's own,
/// 0-based (rows of <see cref="AnnexTable.Rows"/>, grid columns).
/// </summary>
public sealed record AnnexCell(string Text, int Span = 1, bool AlignLeft = false, bool Flagged = false)
{
    public decimal? Number { get; init; }
    public AnnexNumberKind Kind { get; init; }
    /// <summary>Digits after the decimal point to show.</summary>
    public int Decimals { get; init; }
    /// <summary>The cell is the sum of these ranges (a SUM formula in a spreadsheet).</summary>
    public IReadOnlyList<AnnexRange>? SumOf { get; init; }
    /// <summary>Rows this cell spans downwards (header cells such as STT).</summary>
    public int RowSpan { get; init; } = 1;
    /// <summary>Placeholder covered by a cell above that spans rows.</summary>
    public bool MergedAbove { get; init; }

    public static AnnexCell Covered(int span = 1) => new("", span) { MergedAbove = true };
}

public enum AnnexNumberKind { None, Count, Decimal, Percent }

/// <summary>A block of cells, inclusive, in table coordinates.</summary>
public sealed record AnnexRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);
