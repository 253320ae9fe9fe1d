using ReportKit.Checks;
using ReportKit.Document;
using ReportKit.Profiles;

namespace ReportKit.Clone;

/// <summary>
/// Which section each line of a plan's body text belongs to ("§2.6"), numbered the way the
/// document stage will number it under the plan's profile, so a word left to edit is named where
/// the văn thư will find it in the rendered plan.
/// </summary>
static class BodyLineSections
{
    public static IReadOnlyList<(int Line, string Section)> Of(string text, FormatProfile profile, IReadOnlyList<string>? numbering)
    {
        var reader = new MarkdownReader(new SectionNumbering(numbering is { Count: > 0 } n ? n : profile.Numbering), profile.Bullets, level => profile.HeadingStyle(level).Upper);
        var blocks = BodySections.Walk(reader.Read(text)).ToList();
        var result = new List<(int, string)>();
        var lines = text.Split('\n');
        var next = 0;
        for (var i = 0; i < lines.Length && next < blocks.Count; i++)
        {
            var probe = Probe(lines[i]);
            if (probe.Length == 0) continue;
            // Blocks come in the order of their first lines; a line that starts none continues the one before.
            for (var j = next; j < blocks.Count && j < next + 3; j++)
            {
                if (!Probe(blocks[j].Text).StartsWith(probe, StringComparison.OrdinalIgnoreCase)) continue;
                var (_, section, blockText) = blocks[j];
                result.Add((i, section.Length > 0 ? "§" + section : "\"" + FirstWords(blockText) + "\""));
                next = j + 1;
                break;
            }
        }
        return result;
    }

    /// <summary>A line's opening text without list markers and emphasis, enough to recognise its block.</summary>
    static string Probe(string line)
    {
        var s = line.Replace("*", "").TrimStart();
        while (s.Length > 0 && s[0] is '#' or '-' or '+') s = s[1..].TrimStart();
        var digits = 0;
        while (digits < s.Length && char.IsDigit(s[digits])) digits++;
        if (digits > 0 && digits < s.Length && s[digits] is '.' or ')') s = s[(digits + 1)..].TrimStart();
        return s.Length > 24 ? s[..24] : s;
    }

    static string FirstWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words.Take(6)) + "…";
    }
}
