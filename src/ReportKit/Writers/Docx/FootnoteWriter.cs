using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportKit.Writers.Docx;

/// <summary>Collects real Word footnotes (w:footnotes) as the body is written; ids start at 1 after the two separators.</summary>
sealed class FootnoteWriter
{
    readonly Footnotes _footnotes = new(
        new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
        new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
    int _next = 1;

    public bool Any => _next > 1;
    public Footnotes Part => _footnotes;

    /// <summary>Adds a footnote with <paramref name="runs"/> and returns the reference run for the body.</summary>
    public Run Add(IEnumerable<Run> runs)
    {
        var id = _next++;
        var p = RunFactory.Para(StyleIds.FootnoteText,
            new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark()),
            new Run(new WText(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        foreach (var r in runs) p.Append(r);
        _footnotes.Append(new Footnote(p) { Id = id });
        return new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReference { Id = id });
    }
}
