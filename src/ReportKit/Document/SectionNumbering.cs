using System.Text.RegularExpressions;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Document;

/// <summary>
/// Computes section markers from per-level patterns, so numbers are never typed and inserting a
/// section renumbers the rest. Patterns read like the markers they produce: "I." (Roman),
/// "1." (this level), "1.1." (this level with its parent), "1.1.1.", "a)" (Vietnamese letter
/// order, no f/j/w/z), with any suffix (".", ")", "-": Party plans use "I-", "1-").
/// </summary>
internal sealed class SectionNumbering
{
    readonly List<Pattern> _patterns;
    readonly int[] _counters = new int[16];

    public SectionNumbering(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0) throw new ArgumentException(DocumentMessages.NumberingPatternsMissing, nameof(patterns));
        _patterns = patterns.Select(Pattern.Parse).ToList();
    }

    /// <summary>Advances the counter at <paramref name="level"/> (1-based) and returns its marker.</summary>
    public string Next(int level)
    {
        level = Math.Clamp(level, 1, _counters.Length - 1);
        _counters[level]++;
        for (var i = level + 1; i < _counters.Length; i++) _counters[i] = 0;
        var p = _patterns[Math.Min(level, _patterns.Count) - 1];
        return p.Format(_counters, level);
    }

    sealed record Pattern(string Kind, int PathLength, string Suffix)
    {
        public static Pattern Parse(string text)
        {
            var t = text.Trim();
            var end = t.Length;
            while (end > 0 && !char.IsLetterOrDigit(t[end - 1])) end--;
            var body = t[..end];
            var suffix = t[end..];
            if (body == "I") return new("roman", 1, suffix);
            if (body == "a") return new("letter", 1, suffix);
            var parts = body.Split('.');
            if (parts.Length > 0 && parts.All(p => p == "1")) return new("arabic", parts.Length, suffix);
            throw new FormatException(UiLanguage.Format(DocumentMessages.NumberingPatternUnknown, text));
        }

        public string Format(int[] counters, int level) => Kind switch
        {
            "roman" => VietnameseText.Roman(Math.Max(1, counters[level])) + Suffix,
            "letter" => VietnameseText.PointLetter(Math.Max(1, counters[level])) + Suffix,
            _ => string.Join(".", Enumerable.Range(level - PathLength + 1, PathLength).Select(l => l >= 1 ? counters[l] : 0)) + Suffix,
        };
    }

    /// <summary>
    /// A number typed at the start of a heading ("I. ", "II- ", "1. ", "1.1. ", "1.2 ", "a) "): the
    /// engine numbers headings itself, so a typed one would print twice ("I. I. MỤC ĐÍCH").
    /// </summary>
    public static readonly Regex TypedMarker = new(
        @"^(?<m>(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})[.\-)]|\d+(?:\.\d+)*[.\-)]|\d+(?:\.\d+)+|[a-zđ]\))\s+",
        RegexOptions.CultureInvariant);

    public static bool IsValidPattern(string text)
    {
        try { Pattern.Parse(text); return true; } catch (FormatException) { return false; }
    }
}
