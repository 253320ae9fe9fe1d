using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Model;
using ReportKit.Profiles;

namespace ReportKit.Checks;

/// <summary>
/// What a body must be before it becomes a document, checked on the text the template rendered
/// (the plan's noi_dung within its wording): not empty; headings within the levels the numbering
/// defines, one level deeper at a time, and numberable (Roman numerals stop at 3999); every
/// footnote reference defined (a definition nobody references is a warning: it would not print);
/// no raw HTML (it would print as tags); nesting a reader can follow; tables Word can open (at
/// most 63 columns). Each problem is reported
/// where it was written: the plan's line when the text comes from the plan, else the template.
/// </summary>
internal static class BodyTextRules
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().Build();

    /// <summary>Deeper than this, lists and quotes are not a plan's structure but a damaged or crafted text (and slow to parse).</summary>
    const int MaxIndent = 100, MaxQuoteMarks = 20;

    /// <summary>Word's own limit for a table's columns.</summary>
    const int MaxTableColumns = 63;

    public static IReadOnlyList<Diagnostic> Check(Plan plan, string body, FormatProfile profile, string templatePath)
    {
        var found = new List<Diagnostic>();
        var where = new Locator(plan, body, templatePath);
        if (string.IsNullOrWhiteSpace(body))
        {
            found.Add(new Diagnostic(Severity.Error, templatePath, null, CheckMessages.TemplateRendersNothing));
            return found;
        }
        if (Nesting(body, where) is { } nesting) { found.Add(nesting); return found; }

        MarkdownDocument doc;
        try
        {
            doc = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException ex)
        {
            found.Add(where.At(0, null, Severity.Error, UiLanguage.Format(CheckMessages.BodyUnreadable, ex.Message)));
            return found;
        }
        found.AddRange(Located(Headings(doc, plan, profile), where, templatePath));
        // Footnote syntax needs "[^", raw HTML a "<": most bodies have neither, and then there is nothing to look for.
        if (body.Contains("[^", StringComparison.Ordinal)) found.AddRange(Located(Footnotes(body), where, templatePath));
        if (body.Contains('<')) found.AddRange(Located(Html(doc), where, templatePath));
        return found;
    }

    /// <summary>One finding before it is located: the rendered line, the text to find there, and what to say.</summary>
    readonly record struct Finding(int Line, string? Snippet, Severity Severity, string Message);

    /// <summary>The first findings of a rule at their places; the rest counted, not listed (a body with 30,000 tags gets 20 errors and a count, fast).</summary>
    static IEnumerable<Diagnostic> Located(IEnumerable<Finding> findings, Locator where, string templatePath)
    {
        var shown = 0;
        var more = 0;
        var severity = Severity.Warning;
        foreach (var f in findings)
        {
            if (shown < MaxPerRule) { shown++; yield return where.At(f.Line, f.Snippet, f.Severity, f.Message); }
            else { more++; if (f.Severity == Severity.Error) severity = Severity.Error; }
        }
        if (more > 0)
            yield return new Diagnostic(severity, where.BodyFile ?? templatePath, null, UiLanguage.Format(CheckMessages.MoreLikeTheAbove, more));
    }

    const int MaxPerRule = 20;

    static Diagnostic? Nesting(string body, Locator where)
    {
        var i = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range);
            var indent = line.Length - line.TrimStart(" \t").Length;
            if (indent > MaxIndent)
                return where.At(i, line.TrimStart().ToString(), Severity.Error, UiLanguage.Format(CheckMessages.IndentTooDeep, indent));
            var quotes = 0;
            foreach (var c in line.TrimStart())
            {
                if (c == '>') quotes++;
                else if (c != ' ') break;
            }
            if (quotes > MaxQuoteMarks)
                return where.At(i, line.TrimStart().ToString(), Severity.Error, UiLanguage.Format(CheckMessages.QuoteTooDeep, quotes));
            var trimmed = line.Trim();
            if (trimmed.StartsWith('|') && trimmed.Count('|') - 1 > MaxTableColumns)
                return where.At(i, (trimmed.Length > 40 ? trimmed[..40] : trimmed).ToString(), Severity.Error,
                    UiLanguage.Format(CheckMessages.TableTooWide, trimmed.Count('|') - 1, MaxTableColumns));
            i++;
        }
        return null;
    }

    /// <summary>
    /// Numbered units in reading order, as the document stage numbers them: headings at their
    /// level, items of a numbered list ("1. ...") one level below the heading or list they stand
    /// under (so "# I." → "1." items → "### 2.1." is no skipped level).
    /// </summary>
    static IEnumerable<(int Level, HeadingBlock? Heading)> Numbered(MarkdownDocument doc)
    {
        var headingLevel = 0;
        var stack = new Stack<(Block Block, int ListLevel)>();
        foreach (var b in doc.Reverse()) stack.Push((b, 0));
        while (stack.Count > 0)
        {
            var (block, listLevel) = stack.Pop();
            switch (block)
            {
                case HeadingBlock h:
                    headingLevel = h.Level;
                    yield return (h.Level, h);
                    break;
                case ListBlock { IsOrdered: true } list:
                    // Items in order: each one numbered, its content under it.
                    var items = list.OfType<ListItemBlock>().ToList();
                    var level = Math.Max(2, Math.Max(headingLevel, listLevel) + 1);
                    for (var i = items.Count - 1; i >= 0; i--)
                    {
                        foreach (var child in items[i].Reverse()) stack.Push((child, level));
                        stack.Push((new NumberedMark(level), level));
                    }
                    break;
                case NumberedMark m:
                    yield return (m.Level, null);
                    break;
                case ContainerBlock c:
                    foreach (var child in c.Reverse()) stack.Push((child, listLevel));
                    break;
            }
        }
    }

    /// <summary>Where a numbered list item stands in the walk above.</summary>
    sealed class NumberedMark(int level) : LeafBlock(null)
    {
        public int Level { get; } = level;
    }

    static IEnumerable<Finding> Headings(MarkdownDocument doc, Plan plan, FormatProfile profile)
    {
        var patterns = plan.Numbering is { Count: > 0 } n ? n : profile.Numbering;
        var counters = new int[8];
        var previous = 0;
        foreach (var (level, h) in Numbered(doc))
        {
            if (h is null)
            {
                previous = level;
                if (level < counters.Length) { counters[level]++; for (var i = level + 1; i < counters.Length; i++) counters[i] = 0; }
                continue;
            }
            var marks = new string('#', h.Level);
            var text = marks + " " + InlineText(h.Inline);
            if (h.Level > patterns.Count)
            {
                yield return new Finding(h.Line, text, Severity.Error,
                    UiLanguage.Format(CheckMessages.HeadingBeyondNumbering, h.Level, marks, patterns.Count, string.Join(" ", patterns), new string('#', patterns.Count)));
                previous = h.Level;
                continue;
            }
            if (h.Level > previous + 1 && (previous > 0 || h.Level > 2))
                yield return new Finding(h.Line, text, Severity.Error, previous == 0
                    ? UiLanguage.Format(CheckMessages.FirstHeadingTooDeep, h.Level, marks, h.Level - 1)
                    : UiLanguage.Format(CheckMessages.HeadingSkipsLevel, h.Level, marks, previous, previous + 1, new string('#', previous + 1)));
            previous = h.Level;
            counters[h.Level]++;
            for (var i = h.Level + 1; i < counters.Length; i++) counters[i] = 0;
            if (IsRoman(patterns[h.Level - 1]) && counters[h.Level] > 3999)
                yield return new Finding(h.Line, text, Severity.Error,
                    UiLanguage.Format(CheckMessages.RomanNumeralsRunOut, counters[h.Level], h.Level, patterns[h.Level - 1]));
        }
    }

    /// <summary>"I." or "I)": an I and no other letter or digit (a pattern of Roman numerals).</summary>
    static bool IsRoman(string pattern)
    {
        var p = pattern.AsSpan().Trim();
        if (p.Length == 0 || p[0] != 'I') return false;
        foreach (var c in p[1..]) if (char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    static readonly Regex Definition = new(@"^ {0,3}\[\^([^\]\s]+)\]:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    static readonly Regex Reference = new(@"\[\^([^\]\s]+)\]", RegexOptions.CultureInvariant);

    static IEnumerable<Finding> Footnotes(string body)
    {
        var lines = body.Split('\n');
        var defined = new Dictionary<string, int>(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var def = Definition.Match(lines[i]);
            if (def.Success) defined.TryAdd(def.Groups[1].Value, i);
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var def = Definition.Match(lines[i]);
            foreach (Match m in Reference.Matches(lines[i]))
            {
                if (def.Success && m.Index == def.Groups[1].Index - 2) continue;
                var label = m.Groups[1].Value;
                referenced.Add(label);
                if (!defined.ContainsKey(label))
                    yield return new Finding(i, m.Value, Severity.Error,
                        UiLanguage.Format(CheckMessages.FootnoteUndefined, m.Value));
            }
        }
        foreach (var (label, line) in defined)
            if (!referenced.Contains(label))
                yield return new Finding(line, $"[^{label}]:", Severity.Warning,
                    UiLanguage.Format(CheckMessages.FootnoteUnused, label));
    }

    static IEnumerable<Finding> Html(MarkdownDocument doc)
    {
        foreach (var o in doc.Descendants())
        {
            var (line, tag) = o switch
            {
                HtmlBlock b => (b.Line, b.Lines.Lines.Length > 0 ? b.Lines.Lines[0].ToString().Trim() : "<"),
                HtmlInline i => (i.Line, i.Tag),
                _ => (-1, ""),
            };
            if (line < 0) continue;
            var shown = tag.Length > 30 ? tag[..30] + "…" : tag;
            var hint = tag.StartsWith("<!--", StringComparison.Ordinal)
                ? CheckMessages.RawHtmlCommentHint
                : CheckMessages.RawHtmlTagHint;
            yield return new Finding(line, tag, Severity.Error, UiLanguage.Format(CheckMessages.RawHtml, shown, hint));
        }
    }

    /// <summary>Finds where a line of the rendered body was written: in the plan's noi_dung or ket_luan when it is there, else in the template.</summary>
    sealed class Locator(Plan plan, string body, string templatePath)
    {
        // Split only when something is to be located: a body with no finding never needs it.
        readonly Lazy<string[]> _rendered = new(() => body.Split('\n'), LazyThreadSafetyMode.None);

        /// <summary>The plan file, where the body was written.</summary>
        public string? BodyFile => plan.Body.File;

        public Diagnostic At(int renderedLine, string? snippet, Severity severity, string message)
        {
            var rendered = _rendered.Value;
            var line = renderedLine >= 0 && renderedLine < rendered.Length ? rendered[renderedLine] : "";
            var probe = snippet ?? line.Trim();
            foreach (var source in new[] { plan.Body, plan.Closing })
            {
                if (source is null || probe.Length == 0) continue;
                var lines = source.Text.Split('\n');
                // The same text may appear more than once: take the occurrence with the same rank.
                var rank = rendered.Take(Math.Max(0, renderedLine)).Count(l => l.Contains(probe, StringComparison.Ordinal));
                var hits = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(probe, StringComparison.Ordinal)).ToList();
                if (hits.Count == 0) continue;
                var (text, index) = hits[Math.Min(rank, hits.Count - 1)];
                var column = text.IndexOf(probe, StringComparison.Ordinal);
                return new Diagnostic(severity, source.File, $"{source.Line + index}:{(index == 0 ? source.Column : IndentColumn(source)) + column}", message);
            }
            var quoted = line.Trim().Length > 60 ? line.Trim()[..60] + "…" : line.Trim();
            return new Diagnostic(severity, templatePath, null, UiLanguage.Format(CheckMessages.InTemplateText, message, quoted));
        }

        /// <summary>Block scalars strip the same indentation from every line; quoted text continues at column 1.</summary>
        static int IndentColumn(TextSource s) => s.Column;
    }
}
