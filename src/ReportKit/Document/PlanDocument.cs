using ReportKit.Model;

namespace ReportKit.Document;

/// <summary>
/// The plan as a document: every element already worded and numbered, nothing left to decide
/// but layout. Writers (DOCX, text dump) walk it once.
/// </summary>
internal sealed record PlanDocument
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

/// <summary>Ô 1–4: organ names, Quốc hiệu/tiêu đề, số và ký hiệu, địa danh và ngày; Ô 10–11 marks.</summary>
internal sealed record DocumentHeader
{
    /// <summary>The issuing organs, upper case, the lead first (two or more in a co-issued plan).</summary>
    public required IReadOnlyList<HeaderOrgan> Organs { get; init; }

    /// <summary>"Số: 321/KH-BTV" or "Số:      /KH-BTV".</summary>
    public required string NumberLine { get; init; }

    /// <summary>"Khánh Hòa, ngày 08 tháng 6 năm 2021".</summary>
    public required string DateLine { get; init; }

    /// <summary>"DỰ THẢO" (or the plan's own label) above the header; null for an issued plan.</summary>
    public string? DraftMark { get; init; }

    /// <summary>Độ mật then độ khẩn ("MẬT", "THƯỢNG KHẨN"), framed under the number line.</summary>
    public IReadOnlyList<string> Stamps { get; init; } = [];

    /// <summary>Where the place name and the organs were written, so a header that cannot hold them is reported there.</summary>
    public SourceRef? PlaceAt { get; init; }
    public SourceRef? OrganAt { get; init; }
}

/// <summary>One organ of the header: its parent (not bold) and its own name (bold), upper case; "\n" is a kept line break.</summary>
internal sealed record HeaderOrgan(string? Parent, string Issuer);

/// <summary>Ô 7 and Ô 9b: the signature blocks (one, or several side by side) and Nơi nhận.</summary>
internal sealed record EndBlock
{
    /// <summary>Recipient lines, already prefixed and punctuated ("- Tỉnh ủy Cao Bằng;"), the Lưu line last.</summary>
    public IReadOnlyList<RecipientLine> Recipients { get; init; } = [];

    /// <summary>The signatures, the lead organ's first (printed rightmost).</summary>
    public required IReadOnlyList<SignatureBlock> Signatures { get; init; }
}

/// <summary>One Nơi nhận line as inline runs ("- Trung ương Hội ", "(để báo cáo)" italic when the profile says so, ";").</summary>
internal sealed record RecipientLine(IReadOnlyList<Inline> Inlines)
{
    public string Text => Document.Inlines.PlainText(Inlines);
    public override string ToString() => Text;
}

/// <summary>Ô 7a–7c: authority lines, position, room to sign, name, and the signer's other position (Ô 7b).</summary>
internal sealed record SignatureBlock
{
    /// <summary>Authority lines ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH").</summary>
    public IReadOnlyList<string> Authority { get; init; } = [];

    /// <summary>Position ("CHỦ TỊCH"); null when the authority line names it ("Q. GIÁM ĐỐC").</summary>
    public string? Position { get; init; }

    public required string Name { get; init; }

    /// <summary>Chức vụ khác ("TRƯỞNG BAN XÂY DỰNG ĐẢNG"), placed by the profile above or under the name.</summary>
    public string? OtherPosition { get; init; }
}

/// <summary>Core properties, from the data, so output is reproducible.</summary>
internal sealed record DocumentInfo(string Title, string Author, DateTime Created);

/// <summary>
/// Phụ lục: an annex rendered in its own section (orientation, page numbers from 1): its heading
/// lines, its own text (<see cref="Text"/>), its table (<see cref="Rows"/>; none for an annex of
/// text only), the notes under it and the end mark.
/// </summary>
internal sealed record AnnexTable
{
    /// <summary>"Phụ lục" or "Phụ lục I".</summary>
    public required string Label { get; init; }
    public required string Title { get; init; }
    /// <summary>"(Kèm theo Kế hoạch số ... của ...)".</summary>
    public required string Reference { get; init; }
    /// <summary>Nội dung: the annex's own text as body blocks (headings, paragraphs, lists, tables), above its table.</summary>
    public IReadOnlyList<Block> Text { get; init; } = [];
    /// <summary>Header rows then body rows; each cell text with its role. Empty for an annex of text only.</summary>
    public IReadOnlyList<AnnexRow> Rows { get; init; } = [];
    /// <summary>The annex has a table of its own (the workbook holds a sheet for each annex that does).</summary>
    public bool HasTable => Rows.Count > 0;
    /// <summary>
    /// Column widths: relative ones in characters of the table font (a spreadsheet uses them as
    /// they are; a document shares what the fixed ones leave in proportion), or fixed in cm.
    /// </summary>
    public IReadOnlyList<ColumnWidth> Widths { get; init; } = [];
    /// <summary>Leading label columns (STT, Chỉ tiêu / Đơn vị) that stay in view when scrolling.</summary>
    public int FrozenColumns { get; init; }
    public PageOrientation Orientation { get; init; } = PageOrientation.Landscape;
    /// <summary>Table text size in pt; null sizes it to fit (wide target annexes shrink to 10 pt).</summary>
    public double? FontSize { get; init; }
    /// <summary>Ghi chú paragraphs under the table; the last one ends with <see cref="EndMark"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Inline>> Notes { get; init; } = [];
    /// <summary>What closes the annex ("./." under NĐ 30 Mẫu 2.1): the end of the last note, or a line of its own; empty for none.</summary>
    public string EndMark { get; init; } = "";
}

/// <summary>The role of a table row, in annexes and body tables alike.</summary>
internal enum AnnexRowKind { Header, ColumnNumbers, Group, Item, Subtotal, Total }

internal sealed record AnnexRow(AnnexRowKind Kind, IReadOnlyList<AnnexCell> Cells);

/// <summary>
/// One table cell. <see cref="Text"/> is what a reader sees (numbers already formatted the
/// Vietnamese way); <see cref="Number"/> and <see cref="SumOf"/> let a spreadsheet keep numbers
/// numeric and totals live. Row and column indexes in <see cref="SumOf"/> are the table's own,
/// 0-based (rows of <see cref="AnnexTable.Rows"/>, grid columns).
/// </summary>
internal sealed record AnnexCell(string Text, int Span = 1, CellAlign Align = CellAlign.Center, bool Flagged = false)
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

internal enum AnnexNumberKind { None, Count, Decimal, Percent }

/// <summary>A block of cells, inclusive, in table coordinates.</summary>
internal sealed record AnnexRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);
