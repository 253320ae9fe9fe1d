namespace ReportKit.Writers.Docx;

/// <summary>
/// Estimates how wide a line of Times New Roman text is, so rules NĐ 30 states in terms of text
/// length ("a line as long as the Tiêu ngữ", "1/3 to 1/2 of the trích yếu") can be drawn exactly.
/// </summary>
static partial class TimesMetrics
{
    /// <summary>Width in twips of <paramref name="text"/> at <paramref name="sizePt"/>.</summary>
    public static int WidthTwips(string text, double sizePt, bool bold)
    {
        var table = bold ? BoldWidths : RegularWidths;
        double units = 0;
        foreach (var ch in text)
        {
            if (table.TryGetValue(ch, out var w)) units += w;
            else if (char.IsUpper(ch)) units += 722;
            else units += 500;
        }
        // 1/1000 em × size(pt) × 20 twips/pt.
        return (int)Math.Round(units / 1000.0 * sizePt * 20);
    }
}
