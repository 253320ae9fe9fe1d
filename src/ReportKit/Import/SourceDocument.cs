namespace ReportKit.Import;

/// <summary>
/// A document as its reader saw it, before anything is recognised: paragraphs with their runs and
/// effective formatting (styles and defaults already applied), tables, sections, footnotes. The
/// DOCX and the plain-text readers both produce it; the recogniser, <c>check</c> and <c>fix</c>
/// read only this, never the file format (pandoc's split: readers, one model, consumers).
/// </summary>
internal sealed record SourceDocument
{
    /// <summary>The file it was read from, for messages.</summary>
    public required string Path { get; init; }

    public required SourceFormat Format { get; init; }

    /// <summary>Body content in reading order: paragraphs and tables.</summary>
    public IReadOnlyList<SourceBlock> Blocks { get; init; } = [];

    /// <summary>Page setup per section, in order; body blocks carry their section's index.</summary>
    public IReadOnlyList<SourceSection> Sections { get; init; } = [];

    /// <summary>Footnote texts by id, as referenced from runs.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SourceParagraph>> Footnotes { get; init; } = new Dictionary<int, IReadOnlyList<SourceParagraph>>();

    /// <summary>The document's author as its properties give it (docProps/core.xml creator).</summary>
    public string? Author { get; init; }

    /// <summary>The document's title property.</summary>
    public string? Title { get; init; }

    /// <summary>What the reader changed on the way in (legacy encodings converted, NFD normalised), each with where.</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];

    /// <summary>Every paragraph in reading order, including those in table cells and text boxes.</summary>
    public IEnumerable<SourceParagraph> AllParagraphs() => Flatten(Blocks);

    static IEnumerable<SourceParagraph> Flatten(IEnumerable<SourceBlock> blocks)
    {
        foreach (var b in blocks)
        {
            if (b is SourceParagraph p) yield return p;
            else if (b is SourceTable t)
                foreach (var row in t.Rows)
                    foreach (var cell in row.Cells)
                        foreach (var inner in Flatten(cell.Blocks))
                            yield return inner;
        }
    }
}

internal enum SourceFormat { Docx, Text }

internal abstract record SourceBlock
{
    /// <summary>0-based index into <see cref="SourceDocument.Sections"/>.</summary>
    public int Section { get; init; }
}

internal enum Alignment { Left, Center, Right, Justify }

/// <summary>Where a paragraph sits: the body, a table cell, a text box, a page header or footer, a footnote.</summary>
internal enum Container { Body, TableCell, TextBox, Header, Footer, Footnote }

/// <summary>One paragraph with its effective layout. Lengths in centimetres, sizes and spacing in points.</summary>
internal sealed record SourceParagraph : SourceBlock
{
    /// <summary>1-based position among all paragraphs of the input, in reading order (a plain-text line number for .txt).</summary>
    public required int Number { get; init; }

    /// <summary>"paragraph 57", "paragraph 3 (table 1, row 1, cell 2)", "line 12": how messages name it.</summary>
    public required string Where { get; init; }

    public Container Container { get; init; } = Container.Body;

    public IReadOnlyList<SourceRun> Runs { get; init; } = [];

    /// <summary>The number or bullet Word showed before the text (computed from numbering.xml): "1.", "a)", "II.", "-", "•".</summary>
    public string? ListLabel { get; init; }

    /// <summary>The list level (0-based ilvl) when <see cref="ListLabel"/> is set.</summary>
    public int ListLevel { get; init; }

    /// <summary>The Word list (numId) the paragraph belongs to, when it is in one.</summary>
    public int? ListId { get; init; }

    /// <summary>The paragraph style's id and display name (Heading1 / "heading 1").</summary>
    public string? StyleId { get; init; }
    public string? StyleName { get; init; }

    public Alignment Alignment { get; init; } = Alignment.Left;
    public double IndentLeftCm { get; init; }
    public double IndentRightCm { get; init; }

    /// <summary>First-line indent; negative for a hanging indent.</summary>
    public double FirstLineCm { get; init; }

    public double SpaceBeforePt { get; init; }
    public double SpaceAfterPt { get; init; }

    /// <summary>Line spacing in lines (1.0 single) when <see cref="ExactLinePt"/> is null.</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>Exact or at-least line spacing in points.</summary>
    public double? ExactLinePt { get; init; }

    /// <summary>The paragraph starts a new page (w:pageBreakBefore, or a page break before its text).</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>A horizontal rule is drawn in or under this paragraph: a bottom border, or a drawn line shape anchored here.</summary>
    public bool HasRule { get; init; }

    /// <summary>Table, row and cell (1-based) when <see cref="Container"/> is a table cell; the outermost table for nested ones.</summary>
    public (int Table, int Row, int Cell)? Cell { get; init; }

    /// <summary>The innermost table cell holding the paragraph (equal to <see cref="Cell"/> unless tables are nested): the layout column it sits in.</summary>
    public (int Table, int Row, int Cell)? InnerCell { get; init; }

    /// <summary>The paragraph's visible text: runs joined, manual line breaks as '\n', tabs as '\t'.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>The text with the list label in front, as the reader saw it.</summary>
    public string DisplayText => ListLabel is { } l && l.Length > 0 ? l + " " + Text : Text;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && ListLabel is null;
}

/// <summary>A run of text with its effective character formatting.</summary>
internal sealed record SourceRun(string Text)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Underline { get; init; }

    /// <summary>The font the text is shown in ("Times New Roman", ".VnTime").</summary>
    public string? Font { get; init; }

    public double SizePt { get; init; } = 10;
    public bool Superscript { get; init; }

    /// <summary>Shown in capitals by w:caps (the text itself is already upper-cased here).</summary>
    public bool Caps { get; init; }

    /// <summary>This run is a footnote reference mark.</summary>
    public int? FootnoteId { get; init; }
}

internal sealed record SourceTable : SourceBlock
{
    /// <summary>1-based position among the document's tables (nested tables count too).</summary>
    public required int Number { get; init; }

    public IReadOnlyList<SourceRow> Rows { get; init; } = [];

    /// <summary>Column widths of the table grid, in twips.</summary>
    public IReadOnlyList<int> GridTwips { get; init; } = [];

    /// <summary>No visible cell borders (the layout tables of the header and the signature).</summary>
    public bool Borderless { get; init; }

    /// <summary>Every paragraph of the table, nested tables included, in reading order.</summary>
    public IEnumerable<SourceParagraph> Paragraphs() =>
        new SourceDocument { Path = "", Format = SourceFormat.Docx, Blocks = [this] }.AllParagraphs();
}

internal sealed record SourceRow(IReadOnlyList<SourceCell> Cells)
{
    /// <summary>The row repeats at the top of every page (w:tblHeader): a header row.</summary>
    public bool IsHeader { get; init; }
}

internal enum VerticalMerge { None, Restart, Continue }

internal sealed record SourceCell(IReadOnlyList<SourceBlock> Blocks)
{
    public int GridSpan { get; init; } = 1;
    public VerticalMerge VMerge { get; init; }
    public int WidthTwips { get; init; }
    public Alignment? Alignment { get; init; }

    public string Text => string.Join("\n", Blocks.OfType<SourceParagraph>().Select(p => p.DisplayText));
}

/// <summary>Page setup of one section; lengths in millimetres.</summary>
internal sealed record SourceSection
{
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public bool Landscape => PageWidthMm > PageHeightMm;
    public double TopMm { get; init; }
    public double BottomMm { get; init; }
    public double LeftMm { get; init; }
    public double RightMm { get; init; }
    public double HeaderMm { get; init; }

    /// <summary>The first page has its own header and footer (w:titlePg).</summary>
    public bool TitlePage { get; init; }

    /// <summary>Page numbers restart at this value in this section.</summary>
    public int? PageNumberStart { get; init; }

    /// <summary>Header and footer paragraphs by kind ("default", "first", "even").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SourceParagraph>> Headers { get; init; } = new Dictionary<string, IReadOnlyList<SourceParagraph>>();
    public IReadOnlyDictionary<string, IReadOnlyList<SourceParagraph>> Footers { get; init; } = new Dictionary<string, IReadOnlyList<SourceParagraph>>();

    /// <summary>Where the page number field sits, if anywhere: the header or footer kind and the paragraph's alignment.</summary>
    public IReadOnlyList<PageNumberField> PageNumbers { get; init; } = [];
}

/// <summary>A PAGE field found in a header or footer.</summary>
internal sealed record PageNumberField(bool InHeader, string Kind, Alignment Alignment, double SizePt);
