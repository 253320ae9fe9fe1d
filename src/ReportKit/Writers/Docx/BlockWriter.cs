using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Document;
using ReportKit.Model;
using Block = ReportKit.Document.Block;
using Inline = ReportKit.Document.Inline;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Body blocks → paragraphs and tables: căn cứ, headings with their computed markers, centred
/// unnumbered titles, numbered and dash items, notes, page breaks, tables, footnotes. Sizes and
/// spacing come from the named styles (built from the profile), so this writer needs only the
/// text width.
/// </summary>
sealed class BlockWriter(FootnoteWriter footnotes, int textWidth)
{
    public IEnumerable<OpenXmlElement> Write(IReadOnlyList<Block> blocks, bool keepLastWithNext)
    {
        var pageBreakPending = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is PageBreak)
            {
                // The break goes on the next paragraph (no empty line at the top of the new page); before a table it needs a paragraph of its own.
                if (i + 1 < blocks.Count && blocks[i + 1] is not BodyTable) pageBreakPending = true;
                else yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Body }), new Run(new Break { Type = BreakValues.Page }));
                continue;
            }
            var element = Write(blocks[i], first: i == 0);
            if (pageBreakPending && element is Paragraph pb)
            {
                pb.ParagraphProperties!.InsertAfter(new PageBreakBefore(), pb.ParagraphProperties.ParagraphStyleId);
                pageBreakPending = false;
            }
            // The closing paragraph travels with the signature block (never alone at a page foot);
            // a table that ends the body keeps its last row with the end mark under it.
            var last = i == blocks.Count - 1;
            if (keepLastWithNext && last && element is Paragraph p)
                KeepWithNext(p);
            if (keepLastWithNext && i == blocks.Count - 2 && blocks[^1] is EndMark && element is Table t)
                foreach (var cp in t.Elements<TableRow>().Last().Descendants<Paragraph>()) KeepWithNext(cp);
            yield return element;
        }
    }

    static void KeepWithNext(Paragraph p)
    {
        if (p.ParagraphProperties!.GetFirstChild<KeepNext>() is null)
            p.ParagraphProperties.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);
    }

    OpenXmlElement Write(Block block, bool first) => block switch
    {
        BasisLine b => WithSpacingBefore(Para(StyleIds.Basis, b.Inlines), first ? 240 : null),
        BodyParagraph p => Para(StyleIds.Body, p.Inlines),
        NoteParagraph n => Para(StyleIds.Body, n.Inlines),
        Heading h => Para(StyleIds.Heading(h.Level), h.Inlines, h.Marker + " ", titleOnlyBold: h.Inlines.OfType<TextRun>().Any(r => r.Bold)),
        UnnumberedHeading u => Centred(Para(StyleIds.Heading(u.Level), u.Inlines)),
        NumberedParagraph n => Para(StyleIds.Body, n.Inlines, n.Marker + " "),
        DashItem d => Para(StyleIds.Body, d.Inlines, d.Bullet + " "),
        EndMark e => EndMarkParagraph(e.Text),
        BodyTable t => Table(t),
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    static Paragraph WithSpacingBefore(Paragraph p, int? before)
    {
        if (before is { } b) p.ParagraphProperties!.Append(new SpacingBetweenLines { Before = b.ToString() });
        return p;
    }

    /// <summary>A title inside the body: centred, no first-line indent.</summary>
    static Paragraph Centred(Paragraph p)
    {
        p.ParagraphProperties!.Append(new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center });
        return p;
    }

    /// <summary>"./." on its own line after a table: flush right, and a paragraph between the table and the end block.</summary>
    static Paragraph EndMarkParagraph(string text)
    {
        var p = RunFactory.Para(StyleIds.Body, RunFactory.Run(text));
        p.ParagraphProperties!.Append(new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Right });
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

    /// <summary>
    /// A bordered table: fixed widths in cm as given, the rest of the text width shared by the
    /// relative ones; header rows bold, centred and repeated on every page; total rows bold;
    /// merged cells; each column aligned as written; rows never split across pages.
    /// </summary>
    Table Table(BodyTable t)
    {
        var widths = ColumnTwips(t.Widths, textWidth);
        var table = AnnexSectionWriter.GridTable(widths);
        foreach (var row in t.Rows)
        {
            var header = row.Kind == AnnexRowKind.Header;
            var bold = header || row.Kind == AnnexRowKind.Total;
            var tr = Tables.Row(cantSplit: true);
            if (header) tr.TableRowProperties!.Append(new TableHeader());
            var col = 0;
            foreach (var cell in row.Cells)
            {
                var p = RunFactory.Para(StyleIds.TableCell);
                if (!header && Justification(t.Align[col]) is { } jc) p.ParagraphProperties!.Append(new Justification { Val = jc });
                foreach (var run in Runs(cell.MergedAbove ? [] : cell.Inlines))
                {
                    if (bold) run.RunProperties ??= new RunProperties();
                    if (bold && run.RunProperties!.Bold is null) run.RunProperties.PrependChild(new Bold());
                    p.Append(run);
                }
                var tc = Tables.Cell(widths.Skip(col).Take(cell.Span).Sum(), [p], cell.Span);
                if (cell.RowSpan > 1) tc.TableCellProperties!.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                else if (cell.MergedAbove) tc.TableCellProperties!.Append(new VerticalMerge());
                tc.TableCellProperties!.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                tr.Append(tc);
                col += cell.Span;
            }
            table.Append(tr);
        }
        return table;
    }

    /// <summary>The table cell style centres; other alignments are set on the paragraph.</summary>
    internal static JustificationValues? Justification(CellAlign align) => align switch
    {
        CellAlign.Left => JustificationValues.Left,
        CellAlign.Right => JustificationValues.Right,
        CellAlign.Justify => JustificationValues.Both,
        _ => null,
    };

    /// <summary>Column widths in twips: centimetres as given, the rest shared in proportion; the last column takes the rounding.</summary>
    internal static int[] ColumnTwips(IReadOnlyList<ColumnWidth> widths, int available)
    {
        var fixedTwips = widths.Where(w => w.IsCm).Sum(w => Units.CmToTwips(w.Value));
        var shares = widths.Where(w => !w.IsCm).Sum(w => w.Value);
        var scale = fixedTwips > available ? (double)available / fixedTwips : 1;
        var left = Math.Max(0, available - fixedTwips);
        var result = widths.Select(w => w.IsCm ? (int)(Units.CmToTwips(w.Value) * scale) : shares > 0 ? (int)(left * w.Value / shares) : 0).ToArray();
        if (shares > 0 || scale < 1) result[^1] += available - result.Sum();
        return result;
    }
}
