namespace ReportKit.Document;

/// <summary>Inline content of a paragraph: text runs with emphasis, and footnote references.</summary>
public abstract record Inline;

public sealed record TextRun(string Text, bool Bold = false, bool Italic = false, bool Underline = false) : Inline;

/// <summary>Chú thích: a real Word footnote; its text is inline runs.</summary>
public sealed record FootnoteRef(IReadOnlyList<Inline> Content) : Inline;

public sealed record LineBreak : Inline;

/// <summary>A block of the plan document; writers walk these once, in order.</summary>
public abstract record Block;

/// <summary>Căn cứ: an italic basis line under the title.</summary>
public sealed record BasisLine(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A body paragraph (justified, first-line indent).</summary>
public sealed record BodyParagraph(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>Phần/Mục/Khoản/Điểm with a title: engine-computed marker ("I.", "1.", "1.1.", "a)").</summary>
public sealed record Heading(int Level, string Marker, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A numbered paragraph without a title (khoản/điểm that is body text): marker + text, not bold.</summary>
public sealed record NumberedParagraph(int Level, string Marker, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A dash item ("- ", then "+ " one level down).</summary>
public sealed record DashItem(int Depth, string Bullet, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A table written in the body (Markdown pipe table).</summary>
public sealed record BodyTable(IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows, bool HasHeader) : Block;

public static class Inlines
{
    public static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        LineBreak => "\n",
        _ => "",
    }));
}
