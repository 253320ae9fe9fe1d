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
    /// <param name="direct">Written as XML text where it can be (<see cref="LaidTable"/>); false builds it through the SDK (tests compare the two).</param>
    public OpenXmlElement Write(DocumentHeader h, HeaderLayout layout, bool direct = true)
    {
        var (left, gutter, right) = (layout.Left, layout.Gutter, layout.Right);
        var leftTop = new List<LaidParagraph>();
        foreach (var organ in layout.Organs)
        {
            if (organ.Parent is { } parent) leftTop.Add(Lines(parent, profile.ParentOrgan));
            leftTop.Add(Lines(organ.Issuer, profile.IssuingOrgan));
        }
        if (profile.UnderIssuer == "gach")
        {
            // 1/3 to 1/2 of the issuing organ's line: 40 %, centred under it (the widest line of a broken name).
            var issuerWidth = Math.Min(layout.Organs[^1].Issuer.Max(l => TimesMetrics.WidthTwips(l, profile.IssuingOrgan)), left);
            leftTop.Add(LaidParagraph.Rule(left, issuerWidth * 2 / 5));
        }
        else leftTop.Add(Line(profile.UnderIssuer, new TextStyle { Size = profile.IssuingOrgan.Size }));

        var motto = profile.Motto;
        var rightTop = motto.Select(m => Line(m.Text, m.Style)).ToList();
        if (motto.Count > 0)
        {
            var last = motto[^1];
            rightTop.Add(LaidParagraph.Rule(right, TimesMetrics.WidthTwips(last.Text, last.Style)));
        }

        // A little air between the lines above and the Số/date row.
        var number = Line(h.NumberLine, new TextStyle { Size = profile.Number.Size }) with { SpaceBefore = 120 };
        var date = DateLine(h.DateLine, layout) with { SpaceBefore = 120 };
        // Độ mật and độ khẩn (Ô 10a, 10b) go under the number, framed.
        var underNumber = new List<LaidParagraph> { number };
        underNumber.AddRange(h.Stamps.Select(stamp => Framed(stamp, profile.Stamp, left, "center")));
        return new LaidTable([left, gutter, right])
            .Row(leftTop, [], rightTop)
            .Row(underNumber, [], [date])
            .Write(direct);
    }

    /// <summary>The place and date at the size the layout chose; when it had to, the date on a second line after the place's comma.</summary>
    LaidParagraph DateLine(string text, HeaderLayout layout)
    {
        var style = new TextStyle { Size = layout.DateSize, Bold = profile.DateLine.Bold, Italic = profile.DateLine.Italic, Underline = profile.DateLine.Underline };
        var comma = HeaderLayout.DateBreak(text);
        if (!layout.DateWrapped || comma < 0) return Line(text, style);
        return new(StyleIds.HeaderCell, [new LaidRun(text[..(comma + 1)], style), LaidRun.Break, new LaidRun(text[(comma + 2)..], style)]);
    }

    /// <summary>An organ name on the lines chosen for it; a dash inside a name is held to both its neighbours.</summary>
    static LaidParagraph Lines(IReadOnlyList<string> lines, TextStyle style)
    {
        var runs = new List<LaidRun>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) runs.Add(LaidRun.Break);
            runs.Add(new LaidRun(GlueDashes(lines[i]), style));
        }
        return new(StyleIds.HeaderCell, runs);
    }

    static string GlueDashes(string line) =>
        line.Replace(" - ", $"{NoBreak.Space}-{NoBreak.Space}").Replace(" – ", $"{NoBreak.Space}–{NoBreak.Space}");

    static LaidParagraph Line(string text, TextStyle style) => new(StyleIds.HeaderCell, [new LaidRun(text, style)]);

    /// <summary>"DỰ THẢO" above the header, on the right (where NĐ 30 puts its marks, Ô 11), framed as the profile says.</summary>
    public Paragraph DraftMark(string text)
    {
        var style = profile.Draft;
        if (style.Framed) return Framed(text, style.Style, textWidth, "right", before: 0, after: 120).ToSdk();
        return (Line(text, style.Style) with { SpaceAfter = 120, Justification = "right" }).ToSdk();
    }

    /// <summary>
    /// Text in a single-line frame just wide enough for it (paragraph borders, indented to size, so
    /// it stays editable in Word), placed in a box <paramref name="boxTwips"/> wide.
    /// </summary>
    /// <param name="place">Where the frame stands in its box: "left", "center" or "right".</param>
    static LaidParagraph Framed(string text, TextStyle style, int boxTwips, string place, int before = 120, int after = 0)
    {
        const int pad = HeaderLayout.FramePadTwips - 20;
        var width = Math.Min(TimesMetrics.WidthTwips(text, style) + 2 * HeaderLayout.FramePadTwips, boxTwips);
        var free = boxTwips - width;
        var (leftIndent, rightIndent) = place == "right" ? (free, 0) : place == "left" ? (0, free) : (free / 2, free - free / 2);
        return Line(text, style) with
        {
            Border = LaidBorder.Box,
            SpaceBefore = before,
            SpaceAfter = after,
            Indent = (leftIndent + pad, rightIndent + pad),
            Justification = "center",
        };
    }
}
