using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Document;
using ReportKit.Profiles;
using Block = ReportKit.Document.Block;
using Inline = ReportKit.Document.Inline;

namespace ReportKit.Writers.Docx;

/// <summary>Body blocks → paragraphs: căn cứ, headings with their computed markers, numbered and dash items, tables, footnotes.</summary>
sealed class BlockWriter(FormatProfile profile, FootnoteWriter footnotes, int textWidth)
{
    public IEnumerable<OpenXmlElement> Write(IReadOnlyList<Block> blocks, bool keepLastWithNext)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var element = Write(blocks[i], first: i == 0);
            // The closing paragraph travels with the signature block (never alone at a page foot).
            if (keepLastWithNext && i == blocks.Count - 1 && element is Paragraph p)
                p.ParagraphProperties!.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);
            yield return element;
        }
    }

    OpenXmlElement Write(Block block, bool first) => block switch
    {
        BasisLine b => WithSpacingBefore(Para(StyleIds.Basis, b.Inlines), first ? 240 : null),
        BodyParagraph p => Para(StyleIds.Body, p.Inlines),
        Heading h => Para(StyleIds.Heading(h.Level), h.Inlines, h.Marker + " ", titleOnlyBold: h.Inlines.OfType<TextRun>().Any(r => r.Bold)),
        NumberedParagraph n => Para(StyleIds.Body, n.Inlines, n.Marker + " "),
        DashItem d => Para(StyleIds.Body, d.Inlines, d.Bullet + " "),
        BodyTable t => Table(t),
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    static Paragraph WithSpacingBefore(Paragraph p, int? before)
    {
        if (before is { } b) p.ParagraphProperties!.Append(new SpacingBetweenLines { Before = b.ToString() });
        return p;
    }

    /// <param name="titleOnlyBold">
    /// A heading that marks part of its text bold ("## **Chỉ đạo Khối thi đua:** Các hoạt động ...")
    /// is a khoản whose title runs into its text: only the marked part and the marker stay bold.
    /// </param>
    Paragraph Para(string style, IReadOnlyList<Inline> inlines, string? marker = null, bool titleOnlyBold = false)
    {
        var p = RunFactory.Para(style);
        if (marker is not null)
        {
            // The marker takes the emphasis of the text it numbers ("1. **Mục đích**" → bold "1.").
            var firstRun = inlines.OfType<TextRun>().FirstOrDefault();
            p.Append(RunFactory.Run(marker, bold: firstRun?.Bold == true, italic: firstRun?.Italic == true));
        }
        foreach (var r in Runs(inlines, titleOnlyBold)) p.Append(r);
        return p;
    }

    IEnumerable<Run> Runs(IReadOnlyList<Inline> inlines, bool plainNotBold = false)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t:
                    var run = RunFactory.Run(t.Text, bold: t.Bold, italic: t.Italic, underline: t.Underline);
                    if (plainNotBold && !t.Bold)
                    {
                        run.RunProperties ??= new RunProperties();
                        run.RunProperties.PrependChild(new Bold { Val = false });
                    }
                    yield return run;
                    break;
                case LineBreak:
                    yield return new Run(new Break());
                    break;
                case FootnoteRef f:
                    yield return footnotes.Add(Runs(f.Content).ToList());
                    break;
            }
        }
    }

    Table Table(BodyTable t)
    {
        var columns = t.Rows.Count == 0 ? 1 : t.Rows.Max(r => r.Count);
        var widths = Enumerable.Repeat(textWidth / columns, columns).ToArray();
        widths[^1] += textWidth - widths.Sum();
        var table = AnnexSectionWriter.GridTable(widths);
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var header = t.HasHeader && r == 0;
            var row = Tables.Row(cantSplit: true);
            if (header) row.TableRowProperties!.Append(new TableHeader());
            for (var c = 0; c < columns; c++)
            {
                var cellInlines = c < t.Rows[r].Count ? t.Rows[r][c] : [];
                var p = RunFactory.Para(StyleIds.TableCell);
                foreach (var run in Runs(cellInlines))
                {
                    if (header) run.RunProperties ??= new RunProperties();
                    if (header && run.RunProperties!.Bold is null) run.RunProperties.PrependChild(new Bold());
                    p.Append(run);
                }
                row.Append(Tables.Cell(widths[c], [p]));
            }
            table.Append(row);
        }
        return table;
    }
}
