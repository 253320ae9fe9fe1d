using System.Text;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// WordprocessingML written as text for the pieces a document repeats by the hundred (runs, table
/// rows and cells; paragraphs are <see cref="LaidParagraph"/>'s), byte for byte as the SDK writes
/// the same elements built through <see cref="RunFactory"/> and <see cref="Tables"/> (schema order,
/// <c>&lt;w:b /&gt;</c>, the same escaping): building and walking an SDK element per run and cell
/// was most of a document's cost in a national batch. Tests hold each shape to the SDK's output. Text the SDK escapes in ways of its
/// own (controls, surrogates) is not written here: <see cref="CanWrite"/> says so first.
/// </summary>
static class WordXml
{
    /// <summary>Whether <paramref name="text"/> is written here exactly as the SDK writes it.</summary>
    public static bool CanWrite(string text)
    {
        foreach (var c in text)
            if (c < 0x20 || char.IsSurrogate(c) || c >= 0xFFFE) return false;
        return true;
    }

    /// <summary>As <see cref="Tables.Row"/> with <c>cantSplit</c>: the start of a row that never splits, optionally repeated as a header.</summary>
    public static void RowStart(StringBuilder sb, bool header) =>
        sb.Append(header ? "<w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>" : "<w:tr><w:trPr><w:cantSplit /></w:trPr>");

    public static void RowEnd(StringBuilder sb) => sb.Append("</w:tr>");

    /// <summary>Cell properties in schema order: tcW, gridSpan, vMerge, shd, vAlign (centred).</summary>
    public static void CellStart(StringBuilder sb, int width, int span, VerticalMerge merge, string? fill)
    {
        sb.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(width).Append("\" w:type=\"dxa\" />");
        if (span > 1) sb.Append("<w:gridSpan w:val=\"").Append(span).Append("\" />");
        if (merge == VerticalMerge.Restart) sb.Append("<w:vMerge w:val=\"restart\" />");
        else if (merge == VerticalMerge.Continue) sb.Append("<w:vMerge />");
        if (fill is not null) sb.Append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").Append(fill).Append("\" />");
        sb.Append("<w:vAlign w:val=\"center\" /></w:tcPr>");
    }

    public static void CellEnd(StringBuilder sb) => sb.Append("</w:tc>");

    /// <summary>As <see cref="RunFactory.Run(string, TextStyle?, bool, bool, bool)"/> with a style: b, i, sz, szCs, u, then the text with its non-breaking hyphens.</summary>
    public static void Run(StringBuilder sb, string text, TextStyle style, bool notBold = false) =>
        Run(sb, text, style.Bold, style.Italic, style.Underline, Units.HalfPoints(style.Size), notBold);

    /// <summary>
    /// As <see cref="RunFactory.Run(string, TextStyle?, bool, bool, bool)"/>: run properties in
    /// schema order (b, i, sz, szCs, u; none at all when nothing is set), then the text.
    /// </summary>
    /// <param name="halfPoints">The size (w:sz and w:szCs), or null for the style's.</param>
    /// <param name="notBold">Writes <c>&lt;w:b w:val="false" /&gt;</c> first: plain text in a bold style.</param>
    public static void Run(StringBuilder sb, string text, bool bold, bool italic, bool underline, string? halfPoints = null, bool notBold = false)
    {
        sb.Append("<w:r>");
        if (bold || italic || underline || halfPoints is not null || notBold)
        {
            sb.Append("<w:rPr>");
            if (notBold) sb.Append("<w:b w:val=\"false\" />");
            if (bold) sb.Append("<w:b />");
            if (italic) sb.Append("<w:i />");
            if (halfPoints is not null) sb.Append("<w:sz w:val=\"").Append(halfPoints).Append("\" /><w:szCs w:val=\"").Append(halfPoints).Append("\" />");
            if (underline) sb.Append("<w:u w:val=\"single\" />");
            sb.Append("</w:rPr>");
        }
        var marked = NoBreak.Mark(text);
        var start = 0;
        for (var i = 0; ; i++)
        {
            var end = marked.IndexOf(NoBreak.Hyphen, start);
            var piece = end < 0 ? marked.AsSpan(start) : marked.AsSpan(start, end - start);
            if (i > 0) sb.Append("<w:noBreakHyphen />");
            // An empty piece is written only when it is the whole text, as RunFactory does.
            if (piece.Length > 0 || (i == 0 && end < 0)) Text(sb, piece);
            if (end < 0) break;
            start = end + 1;
        }
        sb.Append("</w:r>");
    }

    /// <summary>A line break inside a paragraph: a run holding <c>w:br</c>.</summary>
    public static void LineBreak(StringBuilder sb) => sb.Append("<w:r><w:br /></w:r>");

    static void Text(StringBuilder sb, ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            sb.Append("<w:t xml:space=\"preserve\" />");
            return;
        }
        sb.Append("<w:t xml:space=\"preserve\">");
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => null };
            if (entity is null) continue;
            sb.Append(text[start..i]).Append(entity);
            start = i + 1;
        }
        sb.Append(text[start..]).Append("</w:t>");
    }

    /// <summary>w:vMerge of a cell: none, the first of a vertical merge, or one merged into the cell above.</summary>
    public enum VerticalMerge { None, Restart, Continue }
}
