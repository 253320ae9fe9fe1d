using System.Globalization;
using Humanizer;

namespace ReportKit.Text;

/// <summary>Numbers the Vietnamese way, independent of the machine's culture: 2.700; 8,5; 8,5%.</summary>
internal static class VietnameseNumber
{
    /// <summary>Fixed, so ICU/NLS differences and invariant mode cannot change the output.</summary>
    public static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        PercentGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentSymbol = "%",
        NegativeSign = "-",
    };

    /// <summary>"2.700", "8,5", "1.234.567,25": grouping on, trailing zeros off.</summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var pattern = maxDecimals > 0 ? "#,##0." + new string('#', maxDecimals) : "#,##0";
        return value.ToString(pattern, Format);
    }

    /// <summary>A value already in percent units: 8.5 → "8,5%". No space, as CLDR vi writes it.</summary>
    public static string Percent(decimal value, int maxDecimals = 2) => Number(value, maxDecimals) + "%";

    /// <summary>Zero-padded count used in plans ("01 công trình", "05 hộ"): below 10 gets a leading 0.</summary>
    public static string Padded(int value) => value is >= 0 and < 10 ? "0" + value : Number(value, 0);

    /// <summary>
    /// Number in words via Humanizer's vi converter ("một nghìn linh năm"). Humanizer omits
    /// "không trăm" in inner groups; formal style adds it ("một nghìn không trăm linh năm").
    /// </summary>
    public static string Words(long value, bool formal = true)
    {
        var vi = CultureInfo.GetCultureInfo("vi");
        if (!formal || value is < 1000 and > -1000) return value.ToWords(vi);
        var negative = value < 0;
        var n = Math.Abs(value);
        // Split into groups of three and spell each; inner groups below 100 get "không trăm".
        string[] scales = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"];
        var groups = new List<int>();
        while (n > 0) { groups.Add((int)(n % 1000)); n /= 1000; }
        var parts = new List<string>();
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            var g = groups[i];
            if (g == 0) continue;
            var words = i == groups.Count - 1 ? ((long)g).ToWords(vi) : InnerGroup(g, vi);
            parts.Add(scales[i].Length > 0 ? words + " " + scales[i] : words);
        }
        var text = string.Join(" ", parts);
        return negative ? "âm " + text : text;
    }

    static string InnerGroup(int g, CultureInfo vi)
    {
        if (g >= 100) return ((long)g).ToWords(vi);
        if (g >= 10) return "không trăm " + ((long)g).ToWords(vi);
        return "không trăm linh " + ((long)g).ToWords(vi);
    }
}
