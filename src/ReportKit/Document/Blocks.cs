using ReportKit.Model;

namespace ReportKit.Document;

/// <summary>Inline content of a paragraph: text runs with emphasis, and footnote references.</summary>
internal abstract record Inline;

internal sealed record TextRun(string Text, bool Bold = false, bool Italic = false, bool Underline = false) : Inline;

/// <summary>Chú thích: a real Word footnote; its text is inline runs.</summary>
internal sealed record FootnoteRef(IReadOnlyList<Inline> Content) : Inline;

internal sealed record LineBreak : Inline;

/// <summary>A block of the plan document; writers walk these once, in order.</summary>
internal abstract record Block;

/// <summary>Căn cứ: an italic basis line under the title.</summary>
internal sealed record BasisLine(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A body paragraph (justified, first-line indent).</summary>
internal sealed record BodyParagraph(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>Phần/Mục/Khoản/Điểm with a title: engine-computed marker ("I.", "1.", "1.1.", "a)").</summary>
internal sealed record Heading(int Level, string Marker, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A numbered paragraph without a title (khoản/điểm that is body text): marker + text, not bold.</summary>
internal sealed record NumberedParagraph(int Level, string Marker, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A dash item ("- ", then "+ " one level down).</summary>
internal sealed record DashItem(int Depth, string Bullet, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A title inside the body that is not numbered ("## Lịch trình {-}"): centred, bold, its level's capitals.</summary>
internal sealed record UnnumberedHeading(int Level, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>Ghi chú: an italic note paragraph ("> Ghi chú: ...").</summary>
internal sealed record NoteParagraph(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>Sang trang: the next block starts a new page.</summary>
internal sealed record PageBreak : Block;

/// <summary>
/// The end mark ("./.") on its own line, where the body ends with a table: it closes the text and
/// keeps the table apart from the end block.
/// </summary>
internal sealed record EndMark(string Text) : Block;

/// <summary>
/// A table written in the body (pipe table): its header rows repeat on every page; widths are
/// relative or in cm; each column has its alignment; cells may span columns and rows.
/// </summary>
internal sealed record BodyTable(IReadOnlyList<BodyTableRow> Rows, IReadOnlyList<ColumnWidth> Widths, IReadOnlyList<CellAlign> Align) : Block
{
    public int ColumnCount => Widths.Count;
}

/// <summary>A body table row: <see cref="AnnexRowKind.Header"/> (bold, repeated), <see cref="AnnexRowKind.Item"/>, or <see cref="AnnexRowKind.Total"/> (bold).</summary>
internal sealed record BodyTableRow(AnnexRowKind Kind, IReadOnlyList<BodyTableCell> Cells);

/// <summary>
/// A body table cell. <see cref="Span"/> columns wide; a cell that starts a vertical merge has
/// <see cref="RowSpan"/> &gt; 1 and the cells it covers below are <see cref="MergedAbove"/>.
/// </summary>
internal sealed record BodyTableCell(IReadOnlyList<Inline> Inlines, int Span = 1)
{
    public int RowSpan { get; init; } = 1;
    public bool MergedAbove { get; init; }
}

internal static class Inlines
{
    public static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        LineBreak => "\n",
        _ => "",
    }));
}
