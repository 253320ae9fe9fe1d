using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Document;
using ReportKit.Model;

namespace ReportKit.Checks;

/// <summary>
/// Traps a clerk falls into when pasting text into the light markup, each reported as a warning
/// at file:line:column of the plan (the text is read as written, before the template runs):
/// a heading that keeps its typed number ("# I. MỤC ĐÍCH" would read "I. I."; the typed one is
/// left out), a line that runs on into the list item above it because no blank line separates
/// them, a literal "*" (as in "(*)" or 5*3) taken for an italics marker and swallowed, and a
/// table's widths line that does not match its columns.
/// </summary>
internal static partial class MarkupPitfalls
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePreciseSourceLocation().Build();
    [GeneratedRegex(@"^ {0,3}(#{1,6})[ \t]+(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading { get; }
    [GeneratedRegex(@"^(?<indent> *)(?<marker>[-+*]|\d{1,9}[.)])(?<space>[ \t]+)\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem { get; }
    [GeneratedRegex(@"\d\*+\d", RegexOptions.CultureInvariant)]
    private static partial Regex DigitStar { get; }
    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Template { get; }

    /// <summary>Every pitfall in the plan's own markup: the body, a free opening and the closing paragraph.</summary>
    public static IReadOnlyList<Diagnostic> Check(Plan plan)
    {
        var found = new List<Diagnostic>();
        foreach (var (source, name) in new[] { (plan.OpeningText, "mo_dau"), (plan.Body, "noi_dung"), (plan.Closing, "ket_luan") })
            if (source is { Text.Length: > 0 }) found.AddRange(Check(source, name));
        return found;
    }

    public static IEnumerable<Diagnostic> Check(TextSource source, string name)
    {
        // Template expressions are blanked out (same length, newlines kept) so positions stay those of the file.
        var text = Template.Replace(source.Text.Replace("\r\n", "\n"), m => Blank(m.Value));
        var lines = text.Split('\n');
        var tables = BodyTableSyntax.FindAll(lines);
        var inTable = new HashSet<int>(tables.SelectMany(t => Enumerable.Range(t.FirstLine, t.LastLine - t.FirstLine + 1)));
        var found = new List<Diagnostic>();
        Diagnostic Warn(int line, int column, string message) =>
            new(Severity.Warning, source.File, $"{source.Line + line}:{source.Column + column}", $"{name}: {message}");

        var fence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```")) fence = !fence;
            if (fence || inTable.Contains(i)) continue;

            if (Heading.Match(line) is { Success: true } h)
            {
                var title = h.Groups["title"];
                var typed = SectionNumbering.TypedMarker.Match(title.Value);
                if (typed.Success && !title.Value.TrimEnd().EndsWith("{-}"))
                {
                    var marker = typed.Groups["m"].Value;
                    found.Add(Warn(i, title.Index, UiLanguage.Format(CheckMessages.HeadingKeepsTypedNumber, marker)));
                }
                continue;
            }

            // A line right under a list item, not indented to the item's text, runs on into that item.
            if (i > 0 && line.Trim().Length > 0 && ListItem.Match(lines[i - 1]) is { Success: true } item && !IsBlockStart(line))
            {
                var contentIndent = item.Groups["indent"].Length + item.Groups["marker"].Length + item.Groups["space"].Length;
                var indent = line.Length - line.TrimStart().Length;
                if (indent < contentIndent)
                    found.Add(Warn(i, indent, CheckMessages.LineRunsOnIntoItem));
            }

            // "2. ..." right under a paragraph line cannot start a list (only 1. can interrupt a paragraph): it is joined to the paragraph.
            if (i > 0 && lines[i - 1].Trim().Length > 0 && !IsBlockStart(lines[i - 1]) && !ListItem.IsMatch(lines[i - 1])
                && ListItem.Match(line) is { Success: true } numbered && numbered.Groups["marker"].Value is var mk
                && char.IsDigit(mk[0]) && mk[..^1] != "1" && !PreviousIsListContinuation(lines, i - 1))
                found.Add(Warn(i, numbered.Groups["indent"].Length, UiLanguage.Format(CheckMessages.NumberJoinedToParagraph, mk)));
        }

        found.AddRange(SwallowedAsterisks(text, lines, source, Warn));
        foreach (var t in tables)
        {
            var columns = t.Rows.Max(r => r.Count);
            if (t.Widths is { } w && w.Count != columns)
                found.Add(Warn(t.FirstLine, 0, UiLanguage.Format(CheckMessages.WidthsCountMismatch, w.Count, columns)));
            else if (t.Widths is { } ws && ws.FirstOrDefault(x => ColumnWidth.Parse(x) is null) is { } bad)
                found.Add(Warn(t.FirstLine, 0, UiLanguage.Format(CheckMessages.NotAWidth, bad)));
        }
        return found.OrderBy(d => Position(d.Location)).ToList();
    }

    /// <summary>The text as spaces, its line breaks kept.</summary>
    static string Blank(string text) =>
        string.Create(text.Length, text, (blank, t) => { for (var i = 0; i < t.Length; i++) blank[i] = t[i] == '\n' ? '\n' : ' '; });

    static (int, int) Position(string? location) =>
        location?.Split(':') is [var l, var c] && int.TryParse(l, out var line) && int.TryParse(c, out var col) ? (line, col) : (0, 0);

    static bool IsBlockStart(string line)
    {
        var t = line.TrimStart();
        return t.StartsWith('#') || t.StartsWith('>') || t.StartsWith('|') || t.StartsWith("```") || BodyTableSyntax.IsWidthLine(line) || ListItem.IsMatch(line);
    }

    /// <summary>Whether a line is itself running on from a list item above it (then the warning is about that first line only).</summary>
    static bool PreviousIsListContinuation(string[] lines, int i)
    {
        for (var k = i; k >= 0 && lines[k].Trim().Length > 0; k--)
        {
            if (ListItem.IsMatch(lines[k])) return true;
            if (IsBlockStart(lines[k])) return false;
        }
        return false;
    }

    /// <summary>
    /// Italics that come from asterisks meant as characters: "(*)" markers (the first and the second
    /// pair up and the text between turns italic) and products such as 5*3*2.
    /// </summary>
    static IEnumerable<Diagnostic> SwallowedAsterisks(string text, string[] lines, TextSource source, Func<int, int, string, Diagnostic> warn)
    {
        // Both cases need "*)", "(*" or a digit against an asterisk run; most bodies have none, and
        // then the second Markdown parse (a large share of a plan's checks) is not needed.
        if (!text.Contains("*)", StringComparison.Ordinal) && !text.Contains("(*", StringComparison.Ordinal) && !DigitStar.IsMatch(text)) yield break;
        var doc = Markdown.Parse(text, Pipeline);
        foreach (var em in doc.Descendants<EmphasisInline>())
        {
            if (em.DelimiterChar != '*') continue;
            var d = em.DelimiterCount;
            var open = em.Span.Start;
            var close = em.Span.End - d + 1;
            if (open < 0 || close <= open || em.Span.End >= text.Length) continue;
            var marker = (open + d < text.Length && text[open + d] == ')') || (close > 0 && text[close - 1] == '(');
            var product = open > 0 && char.IsDigit(text[open - 1]) && open + d < text.Length && char.IsDigit(text[open + d]);
            if (!marker && !product) continue;
            var (l1, c1) = LineColumn(lines, open);
            var (l2, c2) = LineColumn(lines, close);
            yield return warn(l1, c1,
                UiLanguage.Format(CheckMessages.AsteriskSwallowed, new string('*', d), source.Line + l2, source.Column + c2));
        }
    }

    static (int Line, int Column) LineColumn(string[] lines, int index)
    {
        var line = 0;
        while (line < lines.Length - 1 && index > lines[line].Length) { index -= lines[line].Length + 1; line++; }
        return (line, index);
    }
}
