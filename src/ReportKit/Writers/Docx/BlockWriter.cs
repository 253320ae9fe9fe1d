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
/// <param name="direct">Paragraphs written as XML text (<see cref="WordXml"/>); false builds every one through the SDK (tests compare the two).</param>
sealed class BlockWriter(FootnoteWriter footnotes, int textWidth, bool direct = true)
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
            if (blocks[i] is BodyTable t)
            {
                var table = Table(t);
                // A table that ends the body keeps its last row with the end mark under it.
                if (keepLastWithNext && i == blocks.Count - 2 && blocks[^1] is EndMark)
                    foreach (var cp in table.Elements<TableRow>().Last().Descendants<Paragraph>()) KeepWithNext(cp);
                yield return table;
                continue;
            }
            // The closing paragraph travels with the signature block (never alone at a page foot).
            var shape = Shape(blocks[i], first: i == 0) with
            {
                KeepNext = keepLastWithNext && i == blocks.Count - 1,
                PageBreakBefore = pageBreakPending,
            };
            pageBreakPending = false;
            yield return direct && !shape.Inlines.Any(i => i is FootnoteRef) ? Laid(shape).Write() : Sdk(shape);
        }
    }

    static void KeepWithNext(Paragraph p)
    {
        if (p.ParagraphProperties!.GetFirstChild<KeepNext>() is null)
            p.ParagraphProperties.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);
    }

    /// <summary>
    /// A body paragraph as the writer lays it out: style, the marker before its text, and the
    /// paragraph properties added to the style's (schema order: keepNext, pageBreakBefore,
    /// spacing, ind, jc).
    /// </summary>
    sealed record ParagraphShape(string Style, IReadOnlyList<Inline> Inlines)
    {
        public string? Marker { get; init; }
        public bool TitleOnlyBold { get; init; }
        public bool KeepNext { get; init; }
        public bool PageBreakBefore { get; init; }
        public int? SpacingBefore { get; init; }
        /// <summary>A line of its own with no first-line indent, aligned "center" or "right".</summary>
        public string? AlignedAlone { get; init; }
    }

    static ParagraphShape Shape(Block block, bool first) => block switch
    {
        BasisLine b => new(StyleIds.Basis, b.Inlines) { SpacingBefore = first ? 240 : null },
        BodyParagraph p => new(StyleIds.Body, p.Inlines),
        NoteParagraph n => new(StyleIds.Body, n.Inlines),
        Heading h => new(StyleIds.Heading(h.Level), h.Inlines) { Marker = h.Marker + " ", TitleOnlyBold = h.Inlines.OfType<TextRun>().Any(r => r.Bold) },
        // A title inside the body: centred, no first-line indent.
        UnnumberedHeading u => new(StyleIds.Heading(u.Level), u.Inlines) { AlignedAlone = "center" },
        NumberedParagraph n => new(StyleIds.Body, n.Inlines) { Marker = n.Marker + " " },
        DashItem d => new(StyleIds.Body, d.Inlines) { Marker = d.Bullet + " " },
        // "./." on its own line after a table: flush right, and a paragraph between the table and the end block.
        EndMark e => new(StyleIds.Body, [new TextRun(e.Text)]) { AlignedAlone = "right" },
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    /// <summary>
    /// The paragraph for <see cref="LaidParagraph"/> to write (as text, or through the SDK for
    /// text only it escapes exactly). One with a footnote is not: footnotes are numbered as the
    /// document goes, and <see cref="Sdk"/> keeps that state.
    /// </summary>
    static LaidParagraph Laid(ParagraphShape shape)
    {
        var runs = new List<LaidRun>(shape.Inlines.Count + 1);
        if (shape.Marker is { } marker)
        {
            // The marker takes the emphasis of the text it numbers ("1. **Mục đích**" → bold "1.").
            var firstRun = shape.Inlines.OfType<TextRun>().FirstOrDefault();
            runs.Add(new LaidRun(marker, null, Bold: firstRun?.Bold == true, Italic: firstRun?.Italic == true));
        }
        foreach (var inline in shape.Inlines)
        {
            if (inline is TextRun t) runs.Add(new LaidRun(t.Text, null, t.Bold, t.Italic, t.Underline) { NotBold = shape.TitleOnlyBold && !t.Bold });
            else if (inline is LineBreak) runs.Add(LaidRun.Break);
        }
        return new LaidParagraph(shape.Style, runs)
        {
            KeepNext = shape.KeepNext,
            PageBreakBefore = shape.PageBreakBefore,
            SpaceBefore = shape.SpacingBefore,
            FlushFirstLine = shape.AlignedAlone is not null,
            Justification = shape.AlignedAlone,
        };
    }

    Paragraph Sdk(ParagraphShape shape)
    {
        var p = Para(shape.Style, shape.Inlines, shape.Marker, shape.TitleOnlyBold);
        var pPr = p.ParagraphProperties!;
        if (shape.SpacingBefore is { } b) pPr.Append(new SpacingBetweenLines { Before = b.ToString() });
        if (shape.AlignedAlone is { } jc)
            pPr.Append(new Indentation { FirstLine = "0" }, new Justification { Val = jc == "right" ? JustificationValues.Right : JustificationValues.Center });
        if (shape.PageBreakBefore) pPr.InsertAfter(new PageBreakBefore(), pPr.ParagraphStyleId);
        if (shape.KeepNext) KeepWithNext(p);
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
