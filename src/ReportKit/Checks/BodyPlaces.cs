using System.Text.RegularExpressions;
using ReportKit.Model;

namespace ReportKit.Checks;

/// <summary>
/// Finds where a figure of the printed body was typed in the plan file (noi_dung or ket_luan), so
/// a warning points at the line to fix. The paragraph is found by its first words, the figure by
/// its position among equal figures in that paragraph. A figure a template printed is not in the
/// file: the warning then points at its paragraph, or at the plan file.
/// </summary>
sealed class BodyPlaces(Plan plan)
{
    readonly TextSource[] _sources = new[] { plan.Body, plan.Closing }.OfType<TextSource>().Where(s => s.File is not null).ToArray();

    public SourceRef? Find(string paragraph, string figure, int occurrence)
    {
        var lead = Lead(paragraph);
        foreach (var source in _sources)
        {
            var lines = source.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lead.Length == 0 || !Clean(lines[i]).Contains(lead, StringComparison.Ordinal)) continue;
                var column = Nth(lines[i], figure, occurrence) ?? (lines[i].Length - lines[i].TrimStart().Length);
                return new SourceRef(source.File!, source.Line + i, source.Column + column);
            }
        }
        foreach (var source in _sources)
        {
            var lines = source.Text.Split('\n');
            var hits = Enumerable.Range(0, lines.Length).Where(i => Nth(lines[i], figure, 0) is not null).ToList();
            if (hits.Count == 1) return new SourceRef(source.File!, source.Line + hits[0], source.Column + Nth(lines[hits[0]], figure, 0)!.Value);
        }
        return plan.SourcePath is { } file ? new SourceRef(file) : null;
    }

    /// <summary>The paragraph's opening words, enough to tell it from its neighbours.</summary>
    static string Lead(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
        return string.Join(' ', words);
    }

    /// <summary>A line of light markup as the reader sees it: no emphasis marks.</summary>
    static string Clean(string line) => line.Replace("*", "").Replace("__", "");

    static int? Nth(string line, string figure, int occurrence)
    {
        var n = 0;
        foreach (Match m in Regex.Matches(line, $@"(?<![\p{{L}}\p{{N}}.,/\-]){Regex.Escape(figure)}(?![\p{{N}}%]|[.,/\-]\p{{N}})"))
            if (n++ == occurrence) return m.Index;
        return null;
    }
}
