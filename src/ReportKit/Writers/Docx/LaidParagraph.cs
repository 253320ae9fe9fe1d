using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// A paragraph as a writer laid it out (body, header, end block, annex: style, runs, keeping,
/// space, border, indents, alignment), written either as XML text (<see cref="WordXml"/>) or
/// through the SDK; the two give the same bytes, and the SDK takes the text
/// <see cref="WordXml.CanWrite"/> refuses. Properties are written in schema order: pStyle,
/// keepNext, pageBreakBefore, pBdr, spacing, ind, jc.
/// </summary>
sealed record LaidParagraph(string Style, IReadOnlyList<LaidRun> Runs)
{
    /// <summary>Kept on the page of the paragraph (or row) after it.</summary>
    public bool KeepNext { get; init; }
    public bool PageBreakBefore { get; init; }
    public int? SpaceBefore { get; init; }
    public int? SpaceAfter { get; init; }
    public LaidBorder Border { get; init; }
    /// <summary>Left and right indents, with no first-line indent.</summary>
    public (int Left, int Right)? Indent { get; init; }
    /// <summary>No first-line indent, the style's other indents kept (a line standing alone: "./.").</summary>
    public bool FlushFirstLine { get; init; }
    /// <summary>The w:jc value ("center", "right"), or null for the style's.</summary>
    public string? Justification { get; init; }

    /// <summary>
    /// A centred line <paramref name="widthTwips"/> wide inside a box <paramref name="boxTwips"/>
    /// wide: an empty paragraph with a bottom border, indented to length (editable in Word).
    /// </summary>
    public static LaidParagraph Rule(int boxTwips, int widthTwips, string styleId = StyleIds.HeaderLine)
    {
        widthTwips = Math.Clamp(widthTwips, 200, boxTwips);
        var indent = (boxTwips - widthTwips) / 2;
        return new(styleId, []) { Border = LaidBorder.Bottom, Indent = (indent, indent) };
    }

    public bool CanWrite => Runs.All(r => WordXml.CanWrite(r.Text));

    public void WriteXml(StringBuilder sb)
    {
        sb.Append("<w:p><w:pPr><w:pStyle w:val=\"").Append(Style).Append("\" />");
        if (KeepNext) sb.Append("<w:keepNext />");
        if (PageBreakBefore) sb.Append("<w:pageBreakBefore />");
        if (Border == LaidBorder.Bottom) sb.Append("<w:pBdr>").Append(BorderSide("bottom", 1)).Append("</w:pBdr>");
        else if (Border == LaidBorder.Box)
            sb.Append("<w:pBdr>").Append(BorderSide("top", 1)).Append(BorderSide("left", 4)).Append(BorderSide("bottom", 1)).Append(BorderSide("right", 4)).Append("</w:pBdr>");
        if (SpaceBefore is not null || SpaceAfter is not null)
        {
            sb.Append("<w:spacing");
            if (SpaceBefore is { } before) sb.Append(" w:before=\"").Append(before).Append('"');
            if (SpaceAfter is { } after) sb.Append(" w:after=\"").Append(after).Append('"');
            sb.Append(" />");
        }
        if (Indent is { } ind) sb.Append("<w:ind w:left=\"").Append(ind.Left).Append("\" w:right=\"").Append(ind.Right).Append("\" w:firstLine=\"0\" />");
        else if (FlushFirstLine) sb.Append("<w:ind w:firstLine=\"0\" />");
        if (Justification is { } jc) sb.Append("<w:jc w:val=\"").Append(jc).Append("\" />");
        sb.Append("</w:pPr>");
        foreach (var run in Runs)
        {
            if (run.IsBreak) WordXml.LineBreak(sb);
            else if (run.Style is { } style) WordXml.Run(sb, run.Text, style, run.NotBold);
            else WordXml.Run(sb, run.Text, run.Bold, run.Italic, run.Underline, notBold: run.NotBold);
        }
        sb.Append("</w:p>");
    }

    /// <param name="direct">False builds it through the SDK whatever it holds (tests compare the two).</param>
    public OpenXmlElement Write(bool direct = true)
    {
        if (!direct || !CanWrite) return ToSdk();
        var sb = new StringBuilder(64 + Runs.Sum(r => r.Text.Length + 64));
        WriteXml(sb);
        return new RawXml("p", sb.ToString());
    }

    static string BorderSide(string side, int space) => $"<w:{side} w:val=\"single\" w:color=\"000000\" w:sz=\"6\" w:space=\"{space}\" />";

    public Paragraph ToSdk()
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = Style });
        if (KeepNext) pPr.Append(new KeepNext());
        if (PageBreakBefore) pPr.Append(new PageBreakBefore());
        if (Border == LaidBorder.Bottom) pPr.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }));
        else if (Border == LaidBorder.Box)
            pPr.Append(new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" }));
        if (SpaceBefore is not null || SpaceAfter is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (SpaceBefore is { } before) spacing.Before = before.ToString();
            if (SpaceAfter is { } after) spacing.After = after.ToString();
            pPr.Append(spacing);
        }
        if (Indent is { } ind) pPr.Append(new Indentation { Left = ind.Left.ToString(), Right = ind.Right.ToString(), FirstLine = "0" });
        else if (FlushFirstLine) pPr.Append(new Indentation { FirstLine = "0" });
        if (Justification is { } jc) pPr.Append(new Justification { Val = jc == "right" ? JustificationValues.Right : jc == "left" ? JustificationValues.Left : JustificationValues.Center });
        var p = new Paragraph(pPr);
        foreach (var run in Runs)
        {
            if (run.IsBreak) { p.Append(new Run(new Break())); continue; }
            var r = RunFactory.Run(run.Text, run.Style, run.Bold, run.Italic, run.Underline);
            if (run.NotBold)
            {
                r.RunProperties ??= new RunProperties();
                r.RunProperties.PrependChild(new Bold { Val = false });
            }
            p.Append(r);
        }
        return p;
    }
}

/// <summary>A run of a <see cref="LaidParagraph"/>: text in a profile style (sized), plain text with the plan's emphasis, or a line break.</summary>
sealed record LaidRun(string Text, TextStyle? Style, bool Bold = false, bool Italic = false, bool Underline = false)
{
    public bool IsBreak { get; private init; }

    /// <summary>Plain in a bold paragraph style: <c>&lt;w:b w:val="false" /&gt;</c> first.</summary>
    public bool NotBold { get; init; }

    public static readonly LaidRun Break = new("", null) { IsBreak = true };
}

/// <summary>No border, a bottom line (a rule under a name), or a box (a framed mark).</summary>
enum LaidBorder { None, Bottom, Box }

/// <summary>
/// A borderless layout table (header Ô 1–4, end Ô 7/9b) of laid-out paragraphs: rows that never
/// split, cells of fixed widths. Written as XML text inside the SDK's own frame, or wholly through
/// the SDK when a paragraph holds text only the SDK escapes exactly.
/// </summary>
sealed class LaidTable(int[] widths)
{
    readonly List<IReadOnlyList<LaidParagraph>[]> _rows = [];

    public IReadOnlyList<int> Widths => widths;

    public LaidTable Row(params IReadOnlyList<LaidParagraph>[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <param name="direct">False builds it through the SDK whatever it holds (tests compare the two).</param>
    public OpenXmlElement Write(bool direct = true) =>
        direct && _rows.All(r => r.All(c => c.All(p => p.CanWrite))) ? new RawXml("tbl", Xml()) : Sdk();

    StringBuilder Xml()
    {
        // Left to grow chunk by chunk (a Nơi nhận of hundreds): see RawXml.
        var sb = new StringBuilder();
        TableFrames.Borderless(sb, widths);
        foreach (var row in _rows)
        {
            WordXml.RowStart(sb, header: false);
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(widths[i]).Append("\" w:type=\"dxa\" /></w:tcPr>");
                if (row[i].Count == 0) sb.Append("<w:p />");
                foreach (var p in row[i]) p.WriteXml(sb);
                WordXml.CellEnd(sb);
            }
            WordXml.RowEnd(sb);
        }
        return sb.Append("</w:tbl>");
    }

    Table Sdk()
    {
        var table = Tables.Borderless(widths);
        foreach (var row in _rows)
        {
            var tr = Tables.Row(cantSplit: true);
            for (var i = 0; i < row.Length; i++) tr.Append(Tables.Cell(widths[i], row[i].Select(p => p.ToSdk())));
            table.Append(tr);
        }
        return table;
    }
}
