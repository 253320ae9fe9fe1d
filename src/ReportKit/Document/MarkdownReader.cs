using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Reads the body's light markup (Markdown) into blocks. Headings (#, ##, ###, ...) become
/// Mục/Khoản/Điểm with computed markers ("## Lịch trình {-}" is a centred title without one);
/// ordered lists become numbered paragraphs one level below their heading (the typed numbers are
/// ignored); "-" lists become dash items, "+" one level down; "> ..." is an italic note;
/// "\newpage" (or "[sang trang]") alone on a line starts a new page; pipe tables follow
/// <see cref="BodyTableSyntax"/>; **bold**, *italic* and [^n] footnotes pass through.
/// </summary>
internal sealed class MarkdownReader
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .Build();

    /// <summary>Stands for a table taken out of the text before Markdig reads it (tables follow our own syntax).</summary>
    const char TableMark = '\uE000';
    static readonly string[] PageBreakLines = ["\\newpage", "[sang trang]"];
    static readonly string[] UnnumberedMarks = ["{-}", "{.unnumbered}"];

    readonly SectionNumbering _numbering;
    readonly IReadOnlyList<string> _bullets;
    readonly Func<int, bool> _upperCaseLevel;
    readonly List<Block> _blocks = [];
    List<BodyTableSyntax.Found> _tables = [];
    int _headingLevel;

    public MarkdownReader(SectionNumbering numbering, IReadOnlyList<string> bullets, Func<int, bool> upperCaseLevel)
    {
        _numbering = numbering;
        _bullets = bullets;
        _upperCaseLevel = upperCaseLevel;
    }

    public IReadOnlyList<Block> Read(string markdown)
    {
        var doc = Markdown.Parse(WithoutTables(markdown), Pipeline);
        foreach (var block in doc) ReadBlock(block, listLevel: 0, dashDepth: 0);
        return _blocks;
    }

    /// <summary>The text with each table replaced by a marked paragraph of its own.</summary>
    string WithoutTables(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        _tables = BodyTableSyntax.FindAll(lines);
        if (_tables.Count == 0) return markdown;
        var sb = new System.Text.StringBuilder();
        var next = 0;
        for (var i = 0; i < _tables.Count; i++)
        {
            for (; next < _tables[i].FirstLine; next++) sb.Append(lines[next]).Append('\n');
            sb.Append('\n').Append(TableMark).Append(i).Append(TableMark).Append("\n\n");
            next = _tables[i].LastLine + 1;
        }
        for (; next < lines.Length; next++) sb.Append(lines[next]).Append('\n');
        return sb.ToString();
    }

    /// <summary>The cell's markup as inline runs.</summary>
    IReadOnlyList<Inline> CellInlines(string text)
    {
        if (text.Length == 0) return [];
        var doc = Markdown.Parse(text, Pipeline);
        return doc.OfType<ParagraphBlock>().FirstOrDefault() is { } p ? ReadInlines(p.Inline) : [new TextRun(text)];
    }

    void ReadBlock(Markdig.Syntax.Block block, int listLevel, int dashDepth)
    {
        switch (block)
        {
            case HeadingBlock h:
                _headingLevel = h.Level;
                var inlines = ReadInlines(h.Inline);
                var unnumbered = WithoutUnnumberedMark(inlines);
                // A number typed before the title is left out: the computed one replaces it (a warning says so).
                var title = unnumbered ?? WithoutTypedNumber(inlines);
                if (_upperCaseLevel(h.Level)) title = title.Select(UpperCase).ToList();
                if (unnumbered is not null) _blocks.Add(new UnnumberedHeading(h.Level, title));
                else _blocks.Add(new Heading(h.Level, _numbering.Next(h.Level), title));
                break;
            case ParagraphBlock p:
                var runs = ReadInlines(p.Inline);
                var plain = Inlines.PlainText(runs).Trim();
                if (plain.Length > 2 && plain[0] == TableMark && plain[^1] == TableMark && int.TryParse(plain[1..^1], out var t) && t < _tables.Count)
                    _blocks.Add(BodyTableSyntax.Build(_tables[t], CellInlines));
                else if (PageBreakLines.Contains(plain, StringComparer.OrdinalIgnoreCase)) _blocks.Add(new PageBreak());
                else _blocks.Add(new BodyParagraph(runs));
                break;
            case ListBlock list:
                ReadList(list, listLevel, dashDepth);
                break;
            case QuoteBlock q:
                // "> Ghi chú: ..." is a note: its paragraphs in italics.
                foreach (var child in q)
                {
                    if (child is ParagraphBlock np)
                        _blocks.Add(new NoteParagraph(ReadInlines(np.Inline).Select(i => i is TextRun r ? r with { Italic = true } : i).ToList()));
                    else ReadBlock(child, listLevel, dashDepth);
                }
                break;
            case FootnoteGroup:
            case LinkReferenceDefinitionGroup:
            case ThematicBreakBlock:
            case BlankLineBlock:
                break;
            case LeafBlock leaf:
                // Indented or fenced text: keep it as plain paragraphs rather than dropping it.
                var text = string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString().Trim()));
                if (text.Length > 0) _blocks.Add(new BodyParagraph([new TextRun(text)]));
                break;
            case ContainerBlock c:
                foreach (var child in c) ReadBlock(child, listLevel, dashDepth);
                break;
        }
    }

    void ReadList(ListBlock list, int listLevel, int dashDepth)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            var level = Math.Max(2, Math.Max(_headingLevel, listLevel) + 1);
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock p)
                {
                    var inlines = ReadInlines(p.Inline);
                    if (list.IsOrdered) _blocks.Add(new NumberedParagraph(level, _numbering.Next(level), inlines));
                    else _blocks.Add(new DashItem(dashDepth + 1, Bullet(dashDepth + 1), inlines));
                    first = false;
                    continue;
                }
                first = false;
                ReadBlock(child, list.IsOrdered ? level : listLevel, list.IsOrdered ? dashDepth : dashDepth + 1);
            }
        }
    }

    string Bullet(int depth) => _bullets[Math.Min(depth, _bullets.Count) - 1];

    static List<Inline> WithoutTypedNumber(List<Inline> inlines)
    {
        if (inlines.Count == 0 || inlines[0] is not TextRun first) return inlines;
        var m = SectionNumbering.TypedMarker.Match(first.Text);
        if (!m.Success || m.Length == first.Text.Length) return inlines;
        return [first with { Text = first.Text[m.Length..] }, .. inlines.Skip(1)];
    }

    /// <summary>The heading's runs without a trailing "{-}" when it has one (an unnumbered title); null otherwise.</summary>
    static List<Inline>? WithoutUnnumberedMark(List<Inline> inlines)
    {
        var idx = inlines.FindLastIndex(i => i is TextRun);
        if (idx < 0 || inlines[idx] is not TextRun last) return null;
        var text = last.Text.TrimEnd();
        var mark = UnnumberedMarks.FirstOrDefault(m => text.EndsWith(m, StringComparison.Ordinal));
        if (mark is null) return null;
        var copy = inlines.ToList();
        var rest = text[..^mark.Length].TrimEnd();
        if (rest.Length == 0) copy.RemoveAt(idx); else copy[idx] = last with { Text = rest };
        return copy;
    }

    static Inline UpperCase(Inline i) => i is TextRun t ? t with { Text = VietnameseText.Upper(t.Text) } : i;

    List<Inline> ReadInlines(ContainerInline? container, bool bold = false, bool italic = false)
    {
        var result = new List<Inline>();
        if (container is null) return result;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline lit:
                    result.Add(new TextRun(lit.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline em:
                    var strong = em.DelimiterCount >= 2;
                    var emph = em.DelimiterCount is 1 or 3;
                    result.AddRange(ReadInlines(em, bold || strong, italic || emph));
                    break;
                case LineBreakInline br:
                    if (br.IsHard) result.Add(new LineBreak());
                    else result.Add(new TextRun(" ", bold, italic));
                    break;
                case CodeInline code:
                    result.Add(new TextRun(code.Content, bold, italic));
                    break;
                case FootnoteLink { IsBackLink: false } fn:
                    var content = fn.Footnote.OfType<ParagraphBlock>().SelectMany(p => ReadInlines(p.Inline)).ToList();
                    result.Add(new FootnoteRef(content));
                    break;
                case FootnoteLink:
                    break;
                case HtmlEntityInline entity:
                    result.Add(new TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case AutolinkInline auto:
                    result.Add(new TextRun(auto.Url, bold, italic));
                    break;
                case ContainerInline c:
                    result.AddRange(ReadInlines(c, bold, italic));
                    break;
                case HtmlInline html:
                    result.Add(new TextRun(html.Tag, bold, italic));
                    break;
            }
        }
        return Merge(result);
    }

    /// <summary>
    /// Neighbouring runs of the same style joined into one, in linear time: a paragraph of many
    /// pieces (200,000 "[a](b " that are no links) must not cost the square of its length.
    /// </summary>
    static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>();
        var text = new System.Text.StringBuilder();
        TextRun? pending = null;
        void Flush()
        {
            if (pending is not null) merged.Add(pending with { Text = text.ToString() });
            pending = null;
        }
        foreach (var i in inlines)
        {
            if (i is TextRun t && pending is not null && pending.Bold == t.Bold && pending.Italic == t.Italic && pending.Underline == t.Underline)
            {
                text.Append(t.Text);
                continue;
            }
            Flush();
            if (i is TextRun run) { pending = run; text.Clear().Append(run.Text); }
            else merged.Add(i);
        }
        Flush();
        return merged;
    }
}
