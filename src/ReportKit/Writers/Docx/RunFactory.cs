using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Profiles;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportKit.Writers.Docx;

/// <summary>Small builders for paragraphs and runs, so layout code reads as layout.</summary>
static class RunFactory
{
    public static Run Run(string text, TextStyle? style = null, bool bold = false, bool italic = false, bool underline = false)
    {
        var props = new RunProperties();
        if (bold || style?.Bold == true) props.Append(new Bold());
        if (italic || style?.Italic == true) props.Append(new Italic());
        // Schema order: b, i, sz, szCs, u.
        if (style is not null)
        {
            props.Append(new FontSize { Val = Units.HalfPoints(style.Size) });
            props.Append(new FontSizeComplexScript { Val = Units.HalfPoints(style.Size) });
        }
        if (underline || style?.Underline == true) props.Append(new Underline { Val = UnderlineValues.Single });
        var run = new Run();
        if (props.HasChildren) run.Append(props);
        AppendText(run, NoBreak.Mark(text));
        return run;
    }

    /// <summary>Text marked by <see cref="NoBreak.Mark"/>: its non-breaking hyphens become <c>w:noBreakHyphen</c> between the text pieces.</summary>
    static void AppendText(Run run, string marked)
    {
        var pieces = marked.Split(NoBreak.Hyphen);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0) run.Append(new NoBreakHyphen());
            if (pieces[i].Length > 0 || pieces.Length == 1) run.Append(new WText(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
    }

    /// <summary>A paragraph of one style with the given runs.</summary>
    public static Paragraph Para(string styleId, params OpenXmlElement[] content)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        p.Append(content);
        return p;
    }

    /// <summary>A centred line <paramref name="widthTwips"/> wide inside a box <paramref name="boxTwips"/> wide (<see cref="LaidParagraph.Rule"/>), as an SDK paragraph.</summary>
    public static Paragraph Rule(int boxTwips, int widthTwips, string styleId = StyleIds.HeaderLine) =>
        LaidParagraph.Rule(boxTwips, widthTwips, styleId).ToSdk();
}
