using System.Text.RegularExpressions;

namespace ReportKit.Import.Recognise;

internal enum MarkerKind { Roman, Arabic, Letter, Dash, Plus }

/// <summary>
/// A section or item marker at the start of a paragraph, typed ("II.", "1.2.", "a)", "-", "+") or
/// computed by Word from a list. <see cref="Depth"/> is the number of parts of an Arabic path
/// ("1.2." is 2). <see cref="Pattern"/> is the marker as a numbering pattern ("I.", "1.1.", "a)",
/// "I-"), which is what the plan's danh_so holds.
/// </summary>
internal sealed record Marker(MarkerKind Kind, string Text, int Depth, string Suffix, int Value)
{
    static readonly Regex Roman = new(@"^(?<m>[IVXLC]{1,6})(?<s>\s*[.\-–)/:])\s*", RegexOptions.CultureInvariant);
    static readonly Regex ArabicPath = new(@"^(?<m>\d{1,2}(?:\.\d{1,2}){0,3})(?<s>\.|\)|-(?!\d)|–)?(?=\s|\p{Lu})\s*", RegexOptions.CultureInvariant);
    // "a)", and the Party's "a-" and some offices' "a." when a word follows.
    static readonly Regex Letter = new(@"^(?<m>[a-zđ])(?<s>\)|[-.](?=\s+\p{L}))\s*", RegexOptions.CultureInvariant);
    static readonly Regex Dash = new(@"^(?<m>[-–—•·])\s*(?=\S)", RegexOptions.CultureInvariant);
    static readonly Regex Plus = new(@"^(?<m>\+)\s*(?=\S)", RegexOptions.CultureInvariant);

    /// <summary>The kind as a comparable rank in the usual nesting order (I. → 1. → 1.1. → 1.1.1. → a) → - → +).</summary>
    public int Rank => Kind switch
    {
        MarkerKind.Roman => 0,
        MarkerKind.Arabic => Depth,
        MarkerKind.Letter => 10,
        MarkerKind.Dash => 20,
        _ => 21,
    };

    public bool IsSection => Kind is MarkerKind.Roman or MarkerKind.Arabic or MarkerKind.Letter;

    /// <summary>The marker as a numbering pattern (what danh_so holds): "I.", "1.", "1.1.", "a)", "I-".</summary>
    public string Pattern => Kind switch
    {
        MarkerKind.Roman => "I" + Suffix,
        MarkerKind.Arabic => string.Join(".", Enumerable.Repeat("1", Depth)) + Suffix,
        MarkerKind.Letter => "a" + Suffix,
        MarkerKind.Dash => "-",
        _ => "+",
    };

    /// <summary>Reads the marker at the start of <paramref name="text"/>; <paramref name="rest"/> is what follows it.</summary>
    public static Marker? Parse(string text, out string rest)
    {
        rest = text;
        var t = text.TrimStart();
        Match m;
        if ((m = Roman.Match(t)).Success && RomanValue(m.Groups["m"].Value) is { } rv && RomanTitleFollows(t[m.Length..]))
        {
            rest = t[m.Length..];
            var suffix = m.Groups["s"].Value.Trim();
            return new Marker(MarkerKind.Roman, m.Groups["m"].Value + suffix, 1, suffix == "–" ? "-" : suffix, rv);
        }
        if ((m = ArabicPath.Match(t)).Success)
        {
            var path = m.Groups["m"].Value;
            var suffix = m.Groups["s"].Value;
            // "10 năm", "2024 ..." are not markers: a bare number needs a suffix or a dotted path.
            if (suffix.Length == 0 && !path.Contains('.')) return null;
            var parts = path.Split('.');
            if (suffix.Length == 0 && path.Contains('.') && t.Length > m.Length && char.IsDigit(t[m.Length])) return null;
            rest = t[m.Length..];
            return new Marker(MarkerKind.Arabic, path + suffix, parts.Length, suffix == "–" ? "-" : suffix.Length == 0 ? "." : suffix, int.Parse(parts[^1]));
        }
        if ((m = Letter.Match(t)).Success)
        {
            rest = t[m.Length..];
            var letter = m.Groups["m"].Value;
            var index = Array.IndexOf(ReportKit.Text.VietnameseText.PointLetters, letter);
            return new Marker(MarkerKind.Letter, letter + m.Groups["s"].Value, 1, m.Groups["s"].Value, index < 0 ? letter[0] - 'a' + 1 : index + 1);
        }
        if ((m = Dash.Match(t)).Success)
        {
            rest = t[m.Length..];
            return new Marker(MarkerKind.Dash, m.Groups["m"].Value, 1, "", 0);
        }
        if ((m = Plus.Match(t)).Success)
        {
            rest = t[m.Length..];
            return new Marker(MarkerKind.Plus, "+", 2, "", 0);
        }
        return null;
    }

    /// <summary>A Roman marker must be followed by a title, not by more of a word ("II. NỘI DUNG", not "I.Đ").</summary>
    static bool RomanTitleFollows(string rest) => rest.Length == 0 || rest.TrimStart().Length > 0;

    public static int? RomanValue(string s)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        if (s.Length == 0 || s.Any(c => !values.ContainsKey(c))) return null;
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = values[s[i]];
            if (i + 1 < s.Length && values[s[i + 1]] > v) total -= v; else total += v;
        }
        return total > 0 && ReportKit.Text.VietnameseText.Roman(total) == s ? total : null;
    }
}
