using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Estimates how wide a line of Times New Roman text is, so rules NĐ 30 states in terms of text
/// length ("a line as long as the Tiêu ngữ", "1/3 to 1/2 of the trích yếu") can be drawn exactly,
/// and so the writer can choose line breaks (organ names, the place-and-date line) instead of
/// leaving them to the word processor. Widths are the font's advance widths, without kerning
/// (Word and LibreOffice do not kern these runs): measured in LibreOffice's PDF, a header line comes
/// out within a few tenths of a point of the estimate.
/// </summary>
static partial class TimesMetrics
{
    /// <summary>Width in twips of <paramref name="text"/> at <paramref name="sizePt"/>.</summary>
    public static int WidthTwips(string text, double sizePt, bool bold, bool italic = false)
    {
        var table = (bold, italic) switch
        {
            (true, true) => BoldItalicWidths,
            (true, false) => BoldWidths,
            (false, true) => ItalicWidths,
            _ => RegularWidths,
        };
        double units = 0;
        foreach (var ch in text)
        {
            // LibreOffice sets a no-break space in italic wider than the font's space (measured: 0.35 em
            // against 0.25 em); counting it so keeps an italic line from overflowing its column there.
            if (ch == NoBreak.Space && italic) units += 350;
            else if (table.TryGetValue(ch, out var w)) units += w;
            else if (char.IsUpper(ch)) units += 722;
            else units += 500;
        }
        // 1/1000 em × size(pt) × 20 twips/pt.
        return (int)Math.Round(units / 1000.0 * sizePt * 20);
    }

    /// <summary>Width in twips of <paramref name="text"/> set in <paramref name="style"/>.</summary>
    public static int WidthTwips(string text, TextStyle style) => WidthTwips(text, style.Size, style.Bold, style.Italic);

    /// <summary>How many lines <paramref name="text"/> takes in a column <paramref name="widthTwips"/> wide, wrapped at spaces.</summary>
    public static int LineCount(string text, TextStyle style, int widthTwips)
    {
        var space = WidthTwips(" ", style);
        var lines = 1;
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = WidthTwips(word, style);
            if (used > 0 && used + space + w > widthTwips) { lines++; used = w; }
            else used += (used > 0 ? space : 0) + w;
        }
        return lines;
    }
}
