using System.Globalization;
using System.Text.RegularExpressions;
using ReportKit.Model;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads a target value the way offices write it, from YAML or a text cell: 2700, 8.5 or 8,5,
/// 80%, 8,5%. Anything else ("≥ 90%", "1-2 mô hình") is text that passes through untouched;
/// whether text is allowed depends on the aggregation rule, which the caller checks.
/// </summary>
internal static class TargetValueParser
{
    static readonly Regex Plain = new(@"^-?\d+([.,]\d+)?$", RegexOptions.CultureInvariant);
    static readonly Regex Grouped = new(@"^\d{1,3}(\.\d{3})+$", RegexOptions.CultureInvariant);
    static readonly Regex Percent = new(@"^(-?\d+([.,]\d+)?)\s?%$", RegexOptions.CultureInvariant);

    /// <summary>The value, or an error message when the text is a number written ambiguously.</summary>
    public static (TargetValue? Value, string? Error) Parse(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return (null, null);
        // "2.700" is 2700 in Vietnamese but 2.7 to YAML and Excel; refuse to guess.
        if (Grouped.IsMatch(t))
            return (null, UiLanguage.Format(LoadMessages.ValueAmbiguousGroupingDot, t, t.Replace(".", ""), t.Replace('.', ',')));
        var pm = Percent.Match(t);
        if (pm.Success)
            return ToDecimal(pm.Groups[1].Value) is { } p ? (TargetValue.Percent(p), null) : (null, TooLarge(t));
        if (Plain.IsMatch(t))
        {
            if (ToDecimal(t) is not { } n) return (null, TooLarge(t));
            return (n == decimal.Truncate(n) && !t.Contains('.') && !t.Contains(',') ? TargetValue.Integer(n) : TargetValue.Decimal(n), null);
        }
        return (TargetValue.Of(t), null);
    }

    /// <summary>Figures in plans stay far below this; above it a value is a typo (or a damaged file), and exact arithmetic would overflow.</summary>
    const decimal Largest = 1_000_000_000_000_000m;

    static string TooLarge(string t) => UiLanguage.Format(LoadMessages.ValueTooLarge, t.Length > 40 ? t[..40] + "…" : t, Largest.ToString("0", CultureInfo.InvariantCulture));

    static decimal? ToDecimal(string s) =>
        decimal.TryParse(s.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) <= Largest ? d : null;

    /// <summary>A value from a numeric cell; <paramref name="percentFormat"/> when the cell shows it as % (0.8 → 80%).</summary>
    public static (TargetValue? Value, string? Error) FromNumber(double value, bool percentFormat)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > (double)Largest)
            return (null, TooLarge(value.ToString("R", CultureInfo.InvariantCulture)));
        var d = (decimal)value;
        if (percentFormat) return (TargetValue.Percent(Math.Round(d * 100, 10)), null);
        return (d == decimal.Truncate(d) ? TargetValue.Integer(d) : TargetValue.Decimal(d), null);
    }

    /// <summary>sum|rate|norm|none, also accepted in Vietnamese (tong|ty_le|dinh_muc|khong).</summary>
    public static Aggregation? Aggregation(string text) => Text.VietnameseText.Slug(text).Replace('-', '_') switch
    {
        "sum" or "tong" or "cong" => Model.Aggregation.Sum,
        "rate" or "ty_le" => Model.Aggregation.Rate,
        "norm" or "dinh_muc" => Model.Aggregation.Norm,
        "none" or "khong" => Model.Aggregation.None,
        _ => null,
    };

    /// <summary>Checks a value against its rule; null when fine, else what is wrong.</summary>
    public static string? CheckRule(TargetValue value, Aggregation rule) => (rule, value.Kind) switch
    {
        // A count, rate or norm below zero is a typo; a decrease is worded in the target ("giảm 5%").
        (_, not TargetValueKind.Text) when value.Number < 0 =>
            UiLanguage.Format(LoadMessages.ValueNegative, Text.VietnameseNumber.Number(value.Number.Value) + (value.Kind == TargetValueKind.Percent ? "%" : "")),
        (Model.Aggregation.Sum, TargetValueKind.Text) => UiLanguage.Format(LoadMessages.ValueNotANumberForSum, value.Text),
        (Model.Aggregation.Sum, TargetValueKind.Percent) => UiLanguage.Format(LoadMessages.ValueRateInSum, value.Number),
        _ => null,
    };

    /// <summary>Under a rate target a bare number is a percentage: offices often leave out the sign (80 → 80%).</summary>
    public static TargetValue ForRule(TargetValue value, Aggregation rule) =>
        rule == Model.Aggregation.Rate && value.Kind is TargetValueKind.Integer or TargetValueKind.Decimal && value.Number is { } n
            ? TargetValue.Percent(n) : value;
}
