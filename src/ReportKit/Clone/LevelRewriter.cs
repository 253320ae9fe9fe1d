using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Clone;

/// <summary>A word of the parent's level still in a child plan, for the văn thư to look at: §III.2 "các huyện, thành phố".</summary>
internal sealed record LeftToEdit(string Section, string Phrase)
{
    public override string ToString() => $"{Section} \"{Phrase}\"";
}

/// <summary>
/// Rewords a parent's text for one unit with a <see cref="LevelWording"/> table: headings that
/// name the parent organ become the unit's, proper names of the parent's level are kept as they
/// are, phrases are changed in one left-to-right pass (longest first, so a replacement is never
/// changed again; capitalised where the phrase was or where it starts a sentence), and the
/// table's <c>con_lai</c> words still there are collected with their section.
/// </summary>
internal sealed partial class LevelRewriter
{
    readonly List<(string From, string To)> _phrases;
    readonly List<(string From, string To)> _headings;
    readonly List<string> _keep;
    readonly IReadOnlyList<string> _leftOver;
    readonly Func<string, IReadOnlyList<(int Line, string Section)>> _sections;
    readonly List<LeftToEdit> _left = [];

    /// <param name="sections">The section of each line of a text ("§2.6"), from the document stage's numbering.</param>
    public LevelRewriter(LevelWording table, Placeholders values, Func<string, IReadOnlyList<(int Line, string Section)>> sections)
    {
        _sections = sections;
        _headings = table.Headings.Select(p => (values.Expand(p.Key), values.Expand(p.Value))).ToList();
        _keep = table.Keep.Select(values.Expand).Where(k => k.Length > 0).OrderByDescending(k => k.Length).ToList();
        var phrases = new List<(string, string)>();
        foreach (var (from, to) in table.Phrases.Select(p => (values.Expand(p.Key), values.Expand(p.Value))))
        {
            phrases.Add((from, to));
            // "toàn tỉnh" also matches "Toàn tỉnh" at the start of a sentence, and keeps its capital.
            var upper = VietnameseText.UpperFirst(from);
            if (upper != from) phrases.Add((upper, VietnameseText.UpperFirst(to)));
        }
        _phrases = phrases.OrderByDescending(p => p.Item1.Length).ToList();
        // Longest first: "xã, phường, thị trấn" is one thing to edit, not three.
        _leftOver = table.LeftOver.OrderByDescending(p => p.Length).ToList();
    }

    /// <summary>Words left for the văn thư, from every text rewritten so far, in order.</summary>
    public IReadOnlyList<LeftToEdit> LeftToEdit => _left;

    public string Rewrite(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var renamed = RenameHeadings(text);
        var (masked, kept) = Mask(renamed);
        var replaced = Replace(masked);
        CollectLeftOver(replaced);
        return Unmask(replaced, kept);
    }

    [GeneratedRegex(@"^(?<lead>\s*#+\s+(?:\*\*)?)(?<title>.+?)(?<tail>(?:\*\*)?:?\s*)$")]
    private static partial Regex HeadingLine();

    string RenameHeadings(string text)
    {
        if (_headings.Count == 0) return text;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = HeadingLine().Match(lines[i]);
            if (!m.Success) continue;
            foreach (var (from, to) in _headings)
                if (m.Groups["title"].Value.Trim() == from) { lines[i] = m.Groups["lead"].Value + to + m.Groups["tail"].Value; break; }
        }
        return string.Join('\n', lines);
    }

    // Kept names are swapped for private-use characters that no phrase can match, then put back.
    const char MaskStart = '\uE000', MaskEnd = '\uE001';

    (string Text, List<string> Kept) Mask(string text)
    {
        var kept = new List<string>();
        foreach (var k in _keep)
        {
            if (!text.Contains(k, StringComparison.Ordinal)) continue;
            var sb = new StringBuilder();
            var i = 0;
            for (var at = text.IndexOf(k, StringComparison.Ordinal); at >= 0; at = text.IndexOf(k, i, StringComparison.Ordinal))
            {
                sb.Append(text, i, at - i).Append(MaskStart).Append(kept.Count).Append(MaskEnd);
                kept.Add(k);
                i = at + k.Length;
            }
            text = sb.Append(text, i, text.Length - i).ToString();
        }
        return (text, kept);
    }

    static string Unmask(string text, List<string> kept) =>
        kept.Count == 0 ? text : Regex.Replace(text, $"{MaskStart}(\\d+){MaskEnd}", m => kept[int.Parse(m.Groups[1].Value)]);

    string Replace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var hit = false;
            if (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            {
                foreach (var (from, to) in _phrases)
                {
                    if (string.CompareOrdinal(text, i, from, 0, from.Length) != 0) continue;
                    var end = i + from.Length;
                    if (end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(from[^1])) continue;
                    if (to.Length == 0)
                    {
                        // A removed phrase takes one neighbouring space with it: no "  " and no " ,".
                        if (sb.Length > 0 && sb[^1] == ' ' && (end == text.Length || text[end] is ' ' or ',' or ';' or '.' or ')')) sb.Length--;
                    }
                    else sb.Append(StartsSentence(sb) ? VietnameseText.UpperFirst(to) : to);
                    i = end;
                    hit = true;
                    break;
                }
            }
            if (!hit) sb.Append(text[i++]);
        }
        return sb.ToString();
    }

    /// <summary>At the start of a line, a heading, an item, a numbered paragraph or a sentence.</summary>
    static bool StartsSentence(StringBuilder sb)
    {
        var j = sb.Length - 1;
        while (j >= 0 && sb[j] == ' ') j--;
        while (j >= 0 && (sb[j] is '#' or '-' or '+' or '*')) j--;
        while (j >= 0 && sb[j] == ' ') j--;
        // "2. " of a numbered paragraph.
        if (j >= 1 && sb[j] == '.' && char.IsDigit(sb[j - 1]))
        {
            var k = j - 1;
            while (k >= 0 && char.IsDigit(sb[k])) k--;
            if (k < 0 || sb[k] == '\n' || sb[k] == ' ' && LineStartsAt(sb, k)) return true;
        }
        return j < 0 || sb[j] is '\n' or '.' or ':' or '!' or '?';
    }

    static bool LineStartsAt(StringBuilder sb, int k)
    {
        while (k >= 0 && sb[k] == ' ') k--;
        return k < 0 || sb[k] == '\n';
    }

    void CollectLeftOver(string text)
    {
        if (_leftOver.Count == 0) return;
        var found = new List<(int Line, int Column, string Phrase)>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
            foreach (var phrase in _leftOver)
                for (var at = lines[n].IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lines[n].IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
                    if (IsWholeWord(lines[n], at, phrase.Length) && !found.Any(f => f.Line == n && at >= f.Column && at < f.Column + f.Phrase.Length))
                        found.Add((n, at, phrase));
        if (found.Count == 0) return;
        var sections = _sections(text);
        foreach (var (line, _, phrase) in found.OrderBy(f => f.Line).ThenBy(f => f.Column))
        {
            var section = sections.LastOrDefault(s => s.Line <= line).Section ?? "";
            var left = new LeftToEdit(section.Length > 0 ? section : UiLanguage.Format(CloneMessages.LeftToEditLine, line + 1), phrase);
            if (!_left.Contains(left)) _left.Add(left);
        }
    }

    static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));
}

/// <summary>
/// The values a level-wording table may use: {cap} the unit's level ("xã"), {cap_duoi} its own
/// lower level ("các chi hội"), {ten} its name ("Xã Quảng Lâm"), {ten_thuong} the same with a
/// small first letter ("xã Quảng Lâm"), {ten_rieng} without the level ("Quảng Lâm"), {chu_quan}
/// the child plan's organ, and the parent's {cha.chu_quan}, {cha.ten_day_du}, {cha.dia_danh}.
/// </summary>
internal sealed partial class Placeholders(IReadOnlyDictionary<string, string> values)
{
    public static readonly string[] Names = ["cap", "cap_duoi", "ten", "ten_thuong", "ten_rieng", "chu_quan", "cha.chu_quan", "cha.ten_day_du", "cha.dia_danh"];

    [GeneratedRegex(@"\{([a-z_.]+)\}")]
    public static partial Regex Pattern();

    public string Expand(string text) =>
        Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    public Placeholders With(string name, string value)
    {
        var copy = values.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy[name] = value;
        return new Placeholders(copy);
    }
}
