using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Reads the body's light markup (Markdown) into blocks. Headings (#, ##, ###, ...) become
/// Mục/Khoản/Điểm with computed markers; ordered lists become numbered paragraphs one level
/// below their heading (the typed numbers are ignored); "-" lists become dash items, "+" one
/// level down; **bold**, *italic* and [^n] footnotes pass through.
/// </summary>
public sealed class MarkdownReader
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .Build();

    readonly SectionNumbering _numbering;
    readonly IReadOnlyList<string> _bullets;
    readonly Func<int, bool> _upperCaseLevel;
    readonly List<Block> _blocks = [];
    int _headingLevel;

    public MarkdownReader(SectionNumbering numbering, IReadOnlyList<string> bullets, Func<int, bool> upperCaseLevel)
    {
        _numbering = numbering;
        _bullets = bullets;
        _upperCaseLevel = upperCaseLevel;
    }

    public IReadOnlyList<Block> Read(string markdown)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        foreach (var block in doc) ReadBlock(block, listLevel: 0, dashDepth: 0);
        return _blocks;
    }

    void ReadBlock(Markdig.Syntax.Block block, int listLevel, int dashDepth)
    {
        switch (block)
        {
            case HeadingBlock h:
                _headingLevel = h.Level;
                var inlines = ReadInlines(h.Inline);
                if (_upperCaseLevel(h.Level)) inlines = inlines.Select(UpperCase).ToList();
                _blocks.Add(new Heading(h.Level, _numbering.Next(h.Level), inlines));
                break;
            case ParagraphBlock p:
                _blocks.Add(new BodyParagraph(ReadInlines(p.Inline)));
                break;
            case ListBlock list:
                ReadList(list, listLevel, dashDepth);
                break;
            case QuoteBlock q:
                foreach (var child in q) ReadBlock(child, listLevel, dashDepth);
                break;
            case Table table:
                _blocks.Add(ReadTable(table));
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

    BodyTable ReadTable(Table table)
    {
        var rows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        var hasHeader = false;
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader) hasHeader = true;
            var cells = new List<IReadOnlyList<Inline>>();
            foreach (var cell in row.OfType<TableCell>())
                cells.Add(cell.OfType<ParagraphBlock>().SelectMany(p => ReadInlines(p.Inline)).ToList());
            rows.Add(cells);
        }
        return new BodyTable(rows, hasHeader);
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
                    Append(result, new TextRun(lit.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline em:
                    var strong = em.DelimiterCount >= 2;
                    var emph = em.DelimiterCount is 1 or 3;
                    result.AddRange(ReadInlines(em, bold || strong, italic || emph));
                    break;
                case LineBreakInline br:
                    if (br.IsHard) result.Add(new LineBreak());
                    else Append(result, new TextRun(" ", bold, italic));
                    break;
                case CodeInline code:
                    Append(result, new TextRun(code.Content, bold, italic));
                    break;
                case FootnoteLink { IsBackLink: false } fn:
                    var content = fn.Footnote.OfType<ParagraphBlock>().SelectMany(p => ReadInlines(p.Inline)).ToList();
                    result.Add(new FootnoteRef(content));
                    break;
                case FootnoteLink:
                    break;
                case HtmlEntityInline entity:
                    Append(result, new TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case AutolinkInline auto:
                    Append(result, new TextRun(auto.Url, bold, italic));
                    break;
                case ContainerInline c:
                    result.AddRange(ReadInlines(c, bold, italic));
                    break;
                case HtmlInline html:
                    Append(result, new TextRun(html.Tag, bold, italic));
                    break;
            }
        }
        return Merge(result);
    }

    static void Append(List<Inline> list, TextRun run)
    {
        if (list.Count > 0 && list[^1] is TextRun last && last.Bold == run.Bold && last.Italic == run.Italic && last.Underline == run.Underline)
            list[^1] = last with { Text = last.Text + run.Text };
        else list.Add(run);
    }

    static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>();
        foreach (var i in inlines)
        {
            if (i is TextRun t) Append(merged, t);
            else merged.Add(i);
        }
        return merged;
    }
}
