using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Document;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// The header (Ô 1–4) as a borderless table laid out by <see cref="HeaderLayout"/>: Ô 2/3 on the
/// left (organ names on the lines chosen for them, a line or a star, Số and the framed marks),
/// Ô 1/4 on the right (Quốc hiệu or tiêu đề, a line as long as its last line, place and date).
/// Số and the date share the second row, so they sit on the same line as NĐ 30 requires.
/// </summary>
sealed class HeaderTableWriter(FormatProfile profile, int textWidth)
{
    public Table Write(DocumentHeader h, HeaderLayout layout)
    {
        var (left, gutter, right) = (layout.Left, layout.Gutter, layout.Right);
        var leftTop = new List<Paragraph>();
        foreach (var organ in layout.Organs)
        {
            if (organ.Parent is { } parent) leftTop.Add(Lines(parent, profile.ParentOrgan));
            leftTop.Add(Lines(organ.Issuer, profile.IssuingOrgan));
        }
        if (profile.UnderIssuer == "gach")
        {
            // 1/3 to 1/2 of the issuing organ's line: 40 %, centred under it (the widest line of a broken name).
            var issuerWidth = Math.Min(layout.Organs[^1].Issuer.Max(l => TimesMetrics.WidthTwips(l, profile.IssuingOrgan)), left);
            leftTop.Add(RunFactory.Rule(left, issuerWidth * 2 / 5));
        }
        else leftTop.Add(Line(profile.UnderIssuer, new TextStyle { Size = profile.IssuingOrgan.Size }));

        var motto = profile.Motto;
        var rightTop = motto.Select(m => Line(m.Text, m.Style)).ToList();
        if (motto.Count > 0)
        {
            var last = motto[^1];
            rightTop.Add(RunFactory.Rule(right, TimesMetrics.WidthTwips(last.Text, last.Style)));
        }

        var table = Tables.Borderless(left, gutter, right);
        var row1 = Tables.Row(cantSplit: true);
        row1.Append(Tables.Cell(left, leftTop), Tables.Cell(gutter, []), Tables.Cell(right, rightTop));
        var row2 = Tables.Row(cantSplit: true);
        var number = Line(h.NumberLine, new TextStyle { Size = profile.Number.Size });
        var date = DateLine(h.DateLine, layout);
        // A little air between the lines above and the Số/date row.
        foreach (var p in new[] { number, date })
            p.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "120" });
        // Độ mật and độ khẩn (Ô 10a, 10b) go under the number, framed.
        var underNumber = new List<Paragraph> { number };
        underNumber.AddRange(h.Stamps.Select(stamp => Framed(stamp, profile.Stamp, left, JustificationValues.Center)));
        row2.Append(Tables.Cell(left, underNumber), Tables.Cell(gutter, []), Tables.Cell(right, [date]));
        table.Append(row1, row2);
        return table;
    }

    /// <summary>The place and date at the size the layout chose; when it had to, the date on a second line after the place's comma.</summary>
    Paragraph DateLine(string text, HeaderLayout layout)
    {
        var style = new TextStyle { Size = layout.DateSize, Bold = profile.DateLine.Bold, Italic = profile.DateLine.Italic, Underline = profile.DateLine.Underline };
        var comma = HeaderLayout.DateBreak(text);
        if (!layout.DateWrapped || comma < 0) return Line(text, style);
        return RunFactory.Para(StyleIds.HeaderCell, RunFactory.Run(text[..(comma + 1)], style), new Run(new Break()), RunFactory.Run(text[(comma + 2)..], style));
    }

    /// <summary>An organ name on the lines chosen for it; a dash inside a name is held to both its neighbours.</summary>
    static Paragraph Lines(IReadOnlyList<string> lines, TextStyle style)
    {
        var content = new List<OpenXmlElement>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) content.Add(new Run(new Break()));
            content.Add(RunFactory.Run(GlueDashes(lines[i]), style));
        }
        return RunFactory.Para(StyleIds.HeaderCell, [.. content]);
    }

    static string GlueDashes(string line) =>
        line.Replace(" - ", $"{NoBreak.Space}-{NoBreak.Space}").Replace(" – ", $"{NoBreak.Space}–{NoBreak.Space}");

    public static Paragraph Line(string text, TextStyle style) => RunFactory.Para(StyleIds.HeaderCell, RunFactory.Run(text, style));

    /// <summary>"DỰ THẢO" above the header, on the right (where NĐ 30 puts its marks, Ô 11), framed as the profile says.</summary>
    public Paragraph DraftMark(string text)
    {
        var style = profile.Draft;
        if (style.Framed) return Framed(text, style.Style, textWidth, JustificationValues.Right, before: 0, after: 120);
        var p = RunFactory.Para(StyleIds.HeaderCell, RunFactory.Run(text, style.Style));
        p.ParagraphProperties!.Append(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Right });
        return p;
    }

    /// <summary>
    /// Text in a single-line frame just wide enough for it (paragraph borders, indented to size, so
    /// it stays editable in Word), placed in a box <paramref name="boxTwips"/> wide.
    /// </summary>
    static Paragraph Framed(string text, TextStyle style, int boxTwips, JustificationValues place, int before = 120, int after = 0)
    {
        const int pad = HeaderLayout.FramePadTwips - 20;
        var width = Math.Min(TimesMetrics.WidthTwips(text, style) + 2 * HeaderLayout.FramePadTwips, boxTwips);
        var free = boxTwips - width;
        var (leftIndent, rightIndent) = place == JustificationValues.Right ? (free, 0) : place == JustificationValues.Left ? (0, free) : (free / 2, free - free / 2);
        var pPr = new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.HeaderCell },
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" }),
            new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() },
            new Indentation { Left = (leftIndent + pad).ToString(), Right = (rightIndent + pad).ToString(), FirstLine = "0" },
            new Justification { Val = JustificationValues.Center });
        return new Paragraph(pPr, RunFactory.Run(text, style));
    }
}
