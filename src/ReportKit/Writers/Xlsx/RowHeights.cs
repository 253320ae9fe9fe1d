namespace ReportKit.Writers.Xlsx;

/// <summary>Row heights for wrapped text, estimated from Times New Roman widths (Excel does not grow rows with merged or wrapped cells by itself).</summary>
static class RowHeights
{
    public static double LineHeight(double sizePt) => Math.Round(sizePt * 1.25, 2);

    /// <summary>Lines <paramref name="text"/> takes in a column <paramref name="widthChars"/> wide (Excel width units).</summary>
    public static int Lines(string text, double widthChars, double sizePt, bool bold)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        // One width unit is the default font's digit (6 pt for Times New Roman 12) plus 5 px of padding per column.
        var usable = widthChars * 5.5 - 4; // conservative: a row a little tall beats clipped text
        var lines = 0;
        foreach (var para in text.Split('\n'))
        {
            var words = para.Split(' ');
            double line = 0;
            var count = 1;
            foreach (var w in words)
            {
                var wpt = Docx.TimesMetrics.WidthTwips(w + " ", sizePt, bold) / 20.0;
                if (line > 0 && line + wpt > usable) { count++; line = 0; }
                line += wpt;
            }
            lines += count;
        }
        return lines;
    }
}
