using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Document;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// The header row's geometry (Ô 1–4), decided before anything is written: how wide the organ
/// column and the Quốc hiệu column are, at which size the place-and-date line is set, and where
/// each organ name breaks. NĐ 30 wants the place and date on one line, level with Số; this holds
/// it there, in this order:
/// <list type="number">
/// <item>the date column takes the room the organ names do not need when broken on two lines
/// before an administrative word ("HỘI LHPN" / "THÀNH PHỐ HỒ CHÍ MINH");</item>
/// <item>the date is set at the profile's smaller allowed size (<c>ngay.co_toi_thieu</c>; NĐ 30
/// allows 13–14);</item>
/// <item>the organ names break at another word boundary ("HỘI LHPN THÀNH PHỐ" / "HỒ CHÍ MINH"),
/// then take a third line;</item>
/// <item>only then is the date put on a second line after the place's comma, with a warning at
/// <c>dia_danh</c>.</item>
/// </list>
/// </summary>
sealed record HeaderLayout(int Left, int Gutter, int Right, double DateSize, bool DateWrapped,
    IReadOnlyList<HeaderLayout.OrganLines> Organs, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>An organ's lines: its parent (null when it has none) and its own name.</summary>
    public sealed record OrganLines(IReadOnlyList<string>? Parent, IReadOnlyList<string> Issuer);

    /// <summary>
    /// What each line keeps free of its column's edge: the widths are the fonts' own (LibreOffice's
    /// PDF places header lines within 0.3 pt of the estimate), so 1.5 pt covers rounding in Word and
    /// LibreOffice.
    /// </summary>
    public const int SlackTwips = 30;

    /// <summary>
    /// Between the columns: 8.5 pt, or less when a long date and a long organ name need it and
    /// their rows still keep <see cref="MinGapTwips"/> between what they print (each line is
    /// centred in its column, and the widest lines of the two rows are not side by side: the
    /// organ name stands beside the short Quốc hiệu or tiêu đề, the long date beside the short Số).
    /// </summary>
    public const int GutterTwips = 170, MinGapTwips = 120;

    /// <summary>The stamp frame's padding on each side of its text (see <see cref="HeaderTableWriter"/>).</summary>
    public const int FramePadTwips = 120;

    public static HeaderLayout Fit(DocumentHeader h, FormatProfile profile, int textWidth)
    {
        var names = h.Organs.SelectMany(o => new[] { (Text: o.Parent, Style: profile.ParentOrgan), (Text: (string?)o.Issuer, Style: profile.IssuingOrgan) })
            .Where(n => !string.IsNullOrWhiteSpace(n.Text)).Select(n => (Text: n.Text!, n.Style)).ToList();
        // What must stay on one line in the left column, under the names: Số and the framed marks.
        var number = h.Stamps.Select(s => TimesMetrics.WidthTwips(s, profile.Stamp) + 2 * FramePadTwips)
            .Append(TimesMetrics.WidthTwips(NoBreak.Mark(h.NumberLine), new TextStyle { Size = profile.Number.Size })).Max();
        // Each (lines, tier) is asked once per date size tried: worked out once.
        var organWidths = new Dictionary<(int, OrganNameBreaker.Tier), int>();
        int OrganWidth(int lines, OrganNameBreaker.Tier tier)
        {
            if (!organWidths.TryGetValue((lines, tier), out var width))
                organWidths[(lines, tier)] = width = names.Select(n => OrganNameBreaker.MinWidth(n.Text, n.Style, lines, tier)).DefaultIfEmpty(0).Max();
            return width;
        }
        var organIdeal = OrganWidth(1, OrganNameBreaker.Tier.Anywhere);
        var motto = profile.Motto.Select(m => TimesMetrics.WidthTwips(m.Text, m.Style)).DefaultIfEmpty(0).Max();
        int DateWidth(double size) => TimesMetrics.WidthTwips(NoBreak.Mark(h.DateLine), Sized(profile.DateLine, size));

        var sizes = profile.DateLine.Sizes().ToList();
        // The organ names keep their good breaks (before "THÀNH PHỐ", "TỈNH", ...) before the date gives up its size.
        var tries = new List<(double Size, int Lines, OrganNameBreaker.Tier Tier)>();
        foreach (var (lines, tier) in new[] { (2, OrganNameBreaker.Tier.BeforeUnit), (2, OrganNameBreaker.Tier.WordBoundary),
                     (OrganNameBreaker.MaxLines, OrganNameBreaker.Tier.WordBoundary), (OrganNameBreaker.MaxLines, OrganNameBreaker.Tier.Anywhere) })
            foreach (var size in sizes)
                tries.Add((size, lines, tier));

        var warnings = new List<Diagnostic>();
        foreach (var (size, lines, tier) in tries)
            if (Columns(OrganWidth(lines, tier), DateWidth(size)) is { } columns)
                return Build(columns, size, wrapped: false);

        // Last resort: the place on the first line, "ngày ... năm ..." under it.
        var size0 = sizes[0];
        var comma = DateBreak(h.DateLine);
        var style0 = Sized(profile.DateLine, size0);
        var dateWrapped = comma < 0 ? DateWidth(size0)
            : Math.Max(TimesMetrics.WidthTwips(h.DateLine[..(comma + 1)], style0), TimesMetrics.WidthTwips(NoBreak.Mark(h.DateLine[(comma + 2)..]), style0));
        warnings.Add(h.PlaceAt.At(Severity.Warning,
            UiLanguage.Format(WriterMessages.DateLineTooLong, h.DateLine, sizes[^1])));
        // However long the place, the organ names keep a third of the width; the date line wraps in its column.
        var rightLast = Math.Min(Math.Max(motto, dateWrapped) + SlackTwips, textWidth * 2 / 3);
        var last = Columns(OrganWidth(OrganNameBreaker.MaxLines, OrganNameBreaker.Tier.Anywhere), dateWrapped)
            ?? (textWidth - GutterTwips - rightLast, GutterTwips, rightLast);
        return Build(last, size0, wrapped: comma >= 0);

        // Column widths for organ lines and a date line this wide, or null when they do not fit side by side.
        (int Left, int Gutter, int Right)? Columns(int organ, int date)
        {
            var leftNeed = Math.Max(organ, number) + SlackTwips;
            var rightNeed = Math.Max(motto, date) + SlackTwips;
            if (leftNeed + GutterTwips + rightNeed <= textWidth)
            {
                // The Quốc hiệu column takes at least half the page (the official form has about 40 % and
                // 60 %), less only to give the organ names the room to stand on one line, or the room
                // their breaks need; never less than its own lines need.
                var avail = textWidth - GutterTwips;
                var half = Math.Max(rightNeed, textWidth / 2);
                var oneLine = avail - organIdeal - SlackTwips;
                var right = avail - half >= organIdeal + SlackTwips ? half : oneLine >= rightNeed ? oneLine : half;
                if (avail - right < leftNeed) right = avail - leftNeed;
                return (avail - right, GutterTwips, right);
            }
            var gutter = textWidth - leftNeed - rightNeed;
            if (gutter < 0) return null;
            // A narrower gutter, if what stands side by side in each row still keeps apart.
            int Gap(int l, int r) => (leftNeed - l) / 2 + gutter + (rightNeed - r) / 2;
            return Gap(organ, motto) >= MinGapTwips && Gap(number, date) >= MinGapTwips ? (leftNeed, gutter, rightNeed) : null;
        }

        HeaderLayout Build((int Left, int Gutter, int Right) columns, double size, bool wrapped)
        {
            var organs = new List<OrganLines>();
            foreach (var o in h.Organs)
                organs.Add(new OrganLines(o.Parent is { } p ? Break(p, profile.ParentOrgan) : null, Break(o.Issuer, profile.IssuingOrgan)));
            return new HeaderLayout(columns.Left, columns.Gutter, columns.Right, size, wrapped, organs, warnings);

            IReadOnlyList<string> Break(string name, TextStyle style)
            {
                if (OrganNameBreaker.Lines(name, style, columns.Left - SlackTwips) is { } lines) return lines;
                warnings.Add(h.OrganAt.At(Severity.Warning,
                    UiLanguage.Format(WriterMessages.OrganNameTooLong, name.Replace("\n", " "), OrganNameBreaker.MaxLines, columns.Left / 20)));
                return name.Split('\n');
            }
        }
    }

    /// <summary>Where a date line that cannot stay on one line breaks: after the comma that ends the place ("…, ngày …"); -1 when it has none.</summary>
    public static int DateBreak(string dateLine)
    {
        var at = dateLine.LastIndexOf(", ngày", StringComparison.Ordinal);
        return at >= 0 ? at : dateLine.LastIndexOf(", ", StringComparison.Ordinal);
    }

    static TextStyle Sized(TextStyle s, double size) => new() { Size = size, Bold = s.Bold, Italic = s.Italic, Underline = s.Underline };
}
