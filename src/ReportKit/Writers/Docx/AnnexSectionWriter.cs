using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Document;
using ReportKit.Model;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Phụ lục at the end of the DOCX: its own A4 section (landscape or portrait) with its own page
/// numbering (NĐ 30 III.1đ), "Phụ lục" line, title, "(Kèm theo ...)" line, the annex's own text
/// (laid out as the body is, on the annex's page width), then a bordered table whose header rows
/// repeat on every page (tblHeader) and whose rows never split (cantSplit), the notes under it,
/// and the end mark ("./.", Mẫu 2.1).
/// </summary>
/// <param name="footnotes">Where footnotes in an annex's text go (the document's one footnotes part).</param>
sealed class AnnexSectionWriter(FormatProfile profile, FootnoteWriter? footnotes = null)
{
    // Landscape margins as in the official Phụ lục I file: top 20, bottom 15, left 30, right 15 mm;
    // a portrait annex keeps the document's.
    static readonly (double Top, double Bottom, double Left, double Right) Landscape = AnnexPage.LandscapeMarginsMm;

    (double Top, double Bottom, double Left, double Right) Margins(PageOrientation o) =>
        o == PageOrientation.Landscape ? Landscape : (profile.Page.TopMm, profile.Page.BottomMm, profile.Page.LeftMm, profile.Page.RightMm);

    public int TextWidth(PageOrientation o) =>
        (o == PageOrientation.Landscape ? Units.A4Height : Units.A4Width) - Units.MmToTwips(Margins(o).Left) - Units.MmToTwips(Margins(o).Right);

    /// <param name="direct">Written as XML text where it can be; false builds it through the SDK (tests compare the two).</param>
    public IEnumerable<OpenXmlElement> Write(AnnexTable annex, bool direct = true)
    {
        var textWidth = TextWidth(annex.Orientation);
        yield return Title(annex.Label).Write(direct);
        if (annex.Title.Length > 0) yield return Title(annex.Title).Write(direct);
        // Mẫu 2.1: the "(Kèm theo ...)" line is 13 pt italic, not bold (the annex-title style is bold).
        yield return new LaidParagraph(StyleIds.AnnexTitle, [new LaidRun(annex.Reference, new TextStyle { Size = 13, Italic = true }) { NotBold = true }]).Write(direct);
        var refWidth = Math.Min(TimesMetrics.WidthTwips(annex.Reference, 13, false), textWidth);
        yield return LaidParagraph.Rule(textWidth, refWidth / 3).Write(direct);
        yield return new LaidParagraph(StyleIds.HeaderLine, []).Write(direct);
        if (annex.Text.Count > 0)
        {
            // Text above a table keeps its last line with the table; text that ends the annex keeps a last table with its "./.".
            var text = new BlockWriter(footnotes ?? new FootnoteWriter(), textWidth, direct);
            foreach (var e in text.Write(annex.Text, keepLastWithNext: true)) yield return e;
        }
        var closing = Closing(annex).Select(p => p.Write(direct)).ToList();
        if (!annex.HasTable)
        {
            foreach (var p in closing) yield return p;
            yield break;
        }
        // The table's last row goes over the page with what closes the annex, so "./." (or the
        // notes) never stands alone on a page of its own.
        yield return direct ? Table(annex, textWidth, keepLastRowWithNext: closing.Count > 0) : SdkTable(annex, textWidth, closing.Count > 0);
        foreach (var p in closing) yield return p;
    }

    static LaidParagraph Title(string text) => new(StyleIds.AnnexTitle, [new LaidRun(text, new TextStyle { Size = 14, Bold = true })]);

    /// <summary>Ghi chú paragraphs under the table (the last already ends with "./."), or "./." on its own line, flush right.</summary>
    static IEnumerable<LaidParagraph> Closing(AnnexTable annex)
    {
        foreach (var note in annex.Notes)
            yield return new(StyleIds.Body, [.. note.OfType<TextRun>().Select(r => new LaidRun(r.Text, null, r.Bold, r.Italic, r.Underline))]);
        if (annex.Notes.Count == 0 && annex.EndMark.Length > 0)
            yield return new(StyleIds.Body, [new LaidRun(annex.EndMark, null)]) { FlushFirstLine = true, Justification = "right" };
    }

    /// <summary>The annex's section: its orientation, page numbers restarting at 1.</summary>
    public SectionProperties Section(PageOrientation orientation)
    {
        var m = Margins(orientation);
        var size = orientation == PageOrientation.Landscape
            ? new PageSize { Width = Units.A4Height, Height = Units.A4Width, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = Units.A4Width, Height = Units.A4Height };
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId4" },
            // Each annex is numbered on its own (NĐ 30 III.1đ) and, like the document, shows no number on its first page.
            new HeaderReference { Type = HeaderFooterValues.First, Id = "rId5" },
            new SectionType { Val = SectionMarkValues.NextPage },
            size,
            new PageMargin
            {
                Top = Units.MmToTwips(m.Top), Bottom = Units.MmToTwips(m.Bottom),
                Left = (uint)Units.MmToTwips(m.Left), Right = (uint)Units.MmToTwips(m.Right),
                Header = (uint)Units.MmToTwips(profile.Page.HeaderMm), Footer = (uint)Units.MmToTwips(profile.Page.HeaderMm), Gutter = 0,
            },
            new PageNumberType { Start = 1 },
            new TitlePage());
    }

    /// <summary>
    /// The annex's table: written as XML directly (<see cref="WordXml"/>, the cells are most of a
    /// plan's document), or through the SDK when a cell holds text only the SDK escapes exactly.
    /// </summary>
    internal OpenXmlElement Table(AnnexTable annex, int textWidth, bool keepLastRowWithNext)
    {
        var widths = BlockWriter.ColumnTwips(annex.Widths, textWidth);
        var size = annex.FontSize ?? FittedSize(annex, textWidth);
        if (annex.Rows.All(r => r.Cells.All(c => WordXml.CanWrite(c.Text))))
            return new RawXml("tbl", TableXml(annex, widths, size, keepLastRowWithNext));
        return SdkTable(annex, textWidth, keepLastRowWithNext);
    }

    static System.Text.StringBuilder TableXml(AnnexTable annex, int[] widths, double size, bool keepLastRowWithNext)
    {
        // Left to grow chunk by chunk: see RawXml.
        var sb = new System.Text.StringBuilder();
        TableFrames.Grid(sb, widths);
        for (var r = 0; r < annex.Rows.Count; r++)
        {
            var row = annex.Rows[r];
            var keepNext = keepLastRowWithNext && r == annex.Rows.Count - 1;
            WordXml.RowStart(sb, header: row.Kind is AnnexRowKind.Header or AnnexRowKind.ColumnNumbers);
            var style = CellStyle(row.Kind, size);
            var col = 0;
            foreach (var cell in row.Cells)
            {
                var merge = cell.RowSpan > 1 ? WordXml.VerticalMerge.Restart : cell.MergedAbove ? WordXml.VerticalMerge.Continue : WordXml.VerticalMerge.None;
                WordXml.CellStart(sb, Width(widths, col, cell.Span), cell.Span, merge, cell.Flagged ? FlaggedFill : null);
                new LaidParagraph(StyleIds.TableCell, [new LaidRun(cell.MergedAbove ? "" : cell.Text, style)]) { KeepNext = keepNext, Justification = JustificationXml(cell.Align) }.WriteXml(sb);
                WordXml.CellEnd(sb);
                col += cell.Span;
            }
            WordXml.RowEnd(sb);
        }
        return sb.Append("</w:tbl>");
    }

    /// <summary>A cell flagged for the clerk (a figure that does not add up) is shaded light red.</summary>
    const string FlaggedFill = "FFC7CE";

    static int Width(int[] widths, int col, int span)
    {
        var sum = 0;
        for (var i = col; i < Math.Min(widths.Length, col + span); i++) sum += widths[i];
        return sum;
    }

    /// <summary>Header, group, total and subtotal rows bold; the column-number row italic.</summary>
    static TextStyle CellStyle(AnnexRowKind kind, double size) => new()
    {
        Size = size,
        Bold = kind is AnnexRowKind.Header or AnnexRowKind.Group or AnnexRowKind.Total or AnnexRowKind.Subtotal,
        Italic = kind == AnnexRowKind.ColumnNumbers,
    };

    /// <summary>The w:jc value of <see cref="BlockWriter.Justification"/>.</summary>
    static string? JustificationXml(CellAlign align) => align switch
    {
        CellAlign.Left => "left",
        CellAlign.Right => "right",
        CellAlign.Justify => "both",
        _ => null,
    };

    /// <summary>The same table built through the SDK, for cells whose text only the SDK escapes exactly (and for tests, the yardstick of <see cref="WordXml"/>).</summary>
    internal Table SdkTable(AnnexTable annex, int textWidth, bool keepLastRowWithNext)
    {
        var widths = BlockWriter.ColumnTwips(annex.Widths, textWidth);
        var size = annex.FontSize ?? FittedSize(annex, textWidth);
        var table = GridTable(widths);
        foreach (var row in annex.Rows)
        {
            var tr = Tables.Row(cantSplit: true);
            if (row.Kind is AnnexRowKind.Header or AnnexRowKind.ColumnNumbers) tr.TableRowProperties!.Append(new TableHeader());
            var col = 0;
            foreach (var cell in row.Cells)
            {
                var width = Width(widths, col, cell.Span);
                var text = cell.MergedAbove ? "" : cell.Text;
                var p = RunFactory.Para(StyleIds.TableCell, RunFactory.Run(text, CellStyle(row.Kind, size)));
                if (BlockWriter.Justification(cell.Align) is { } jc) p.ParagraphProperties!.Append(new Justification { Val = jc });
                var tc = Tables.Cell(width, [p], cell.Span);
                // Schema order inside tcPr: tcW, gridSpan, vMerge, shd, vAlign.
                if (cell.RowSpan > 1) tc.TableCellProperties!.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                else if (cell.MergedAbove) tc.TableCellProperties!.Append(new VerticalMerge());
                if (cell.Flagged)
                    tc.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = FlaggedFill });
                tc.TableCellProperties!.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                tr.Append(tc);
                col += cell.Span;
            }
            table.Append(tr);
        }
        if (keepLastRowWithNext)
            foreach (var p in table.Elements<TableRow>().Last().Descendants<Paragraph>())
                p.ParagraphProperties!.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);
        return table;
    }

    /// <summary>
    /// Table text size: 13 pt when the columns fit, smaller (down to 10 pt) for wide annexes, so
    /// a unit name is not broken mid-word. Weights are widths in characters (about half an em each).
    /// </summary>
    static double FittedSize(AnnexTable annex, int textWidth) => CellFontSize(annex.Widths.Where(w => !w.IsCm).Sum(w => w.Value), textWidth);

    /// <summary>The size an annex without a size of its own is printed in (what import compares a document's table with).</summary>
    internal static double AutoFontSize(AnnexTable annex, FormatProfile profile) => FittedSize(annex, new AnnexSectionWriter(profile).TextWidth(annex.Orientation));

    static double CellFontSize(double totalWeight, int textWidth)
    {
        var fit = textWidth / 20.0 / (totalWeight * 0.5);
        return Math.Clamp(Math.Floor(fit * 2) / 2, 10, 13);
    }

    /// <summary>A bordered table of fixed column widths, for annexes and tables written in the body.</summary>
    public static Table GridTable(int[] widths)
    {
        var table = new Table();
        table.Append(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        var grid = new TableGrid();
        foreach (var w in widths) grid.Append(new GridColumn { Width = w.ToString() });
        table.Append(grid);
        return table;
    }
}
