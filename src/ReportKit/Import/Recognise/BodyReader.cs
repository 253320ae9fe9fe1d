using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Document;
using ReportKit.Model;
using ReportKit.Localization;

namespace ReportKit.Import.Recognise;

enum BlockKind { Heading, Item, Dash, Plain, Table, Title, PageBreak }

/// <summary>One body element before it is written as markup: its marker (typed or Word's), its text runs after the marker.</summary>
sealed class BodyBlock
{
    public BlockKind Kind;
    public Marker? Marker;
    public List<SourceRun> Runs = [];
    public List<SourceParagraph> Paras = [];
    public SourceTable? Table;
    public int Level;
    public bool WantsItem;
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// Turns the body's paragraphs and tables into the plan's light markup: typed numbers and Word
/// list numbers are removed and become levels (I. → 1. → 1.1. → a) → - → +, or the document's own
/// scheme, kept as danh_so when it differs from the profile's); a numbered title becomes a
/// heading, a numbered sentence a numbered paragraph; paragraphs split by a page break are joined;
/// bold and italic, footnotes and tables are kept. Numbers the source got wrong (two "III.", "2."
/// after "3.") are reported as corrected, because the engine numbers them again.
/// </summary>
sealed class BodyReader
{
    readonly SourceDocument _doc;
    readonly bool _template;
    readonly IReadOnlyList<string> _profileNumbering;
    readonly List<string> _corrections;
    readonly List<RoleLine> _roles;
    readonly Dictionary<int, int> _footnoteNumbers;

    /// <param name="footnoteNumbers">Shared by the readers of one document, so footnotes are numbered once across its parts.</param>
    /// <param name="template">The markup is a template (the body, the closing): a literal "{{" is escaped; an annex's text is not one.</param>
    public BodyReader(SourceDocument doc, IReadOnlyList<string> profileNumbering, List<string> corrections, List<RoleLine> roles, Dictionary<int, int>? footnoteNumbers = null, bool template = true)
    {
        _template = template;
        _footnoteNumbers = footnoteNumbers ?? [];
        _doc = doc;
        _profileNumbering = profileNumbering;
        _corrections = corrections;
        _roles = roles;
    }

    /// <summary>Section numbers the source got wrong, after <see cref="Write"/>.</summary>
    public List<NumberingFix> NumberingFixes { get; } = [];

    /// <summary>The document's numbering scheme when the profile's cannot print it (danh_so), after <see cref="Read"/>.</summary>
    public IReadOnlyList<string>? Numbering { get; private set; }

    public List<BodyBlock> Read(IEnumerable<SourceBlock> blocks)
    {
        var list = new List<BodyBlock>();
        var source = blocks.ToList();
        // A legal text numbers clauses afresh in each Điều; the engine numbers a plan's sections
        // continuously, so there the typed numbers stay as they are, as text.
        _articles = source.OfType<SourceParagraph>().Any(p => Patterns.IsStructural(p.Text));
        blocks = source;
        foreach (var b in blocks)
        {
            if (b is SourceTable t) { list.Add(new BodyBlock { Kind = BlockKind.Table, Table = t }); continue; }
            var p = (SourceParagraph)b;
            if (p.PageBreakBefore) list.Add(new BodyBlock { Kind = BlockKind.PageBreak, Paras = [p] });
            if (p.IsBlank) continue;
            var block = FromParagraph(p);
            if (block is null)
            {
                // The end mark on its own line ("./." after a closing table) is the engine's to print.
                foreach (var l in DocLine.Of(p, false)) _roles.Add(new RoleLine(l, Recognise.Role.Closing));
                continue;
            }
            // A sentence cut by a page break (or an Enter mid-sentence) continues in the next paragraph.
            if (block.Marker is null && block.Kind == BlockKind.Plain && list.Count > 0 && list[^1].Kind is BlockKind.Plain or BlockKind.Heading or BlockKind.Item or BlockKind.Dash
                && !p.PageBreakBefore && Continues(list[^1].Text, block.Text))
            {
                var prev = list[^1];
                prev.Runs.Add(new SourceRun(" ") { Bold = prev.Runs.LastOrDefault()?.Bold == true });
                prev.Runs.AddRange(TrimStart(block.Runs));
                prev.Paras.Add(p);
                continue;
            }
            list.Add(block);
        }
        AssignLevels(list);
        return list;
    }

    bool _articles;
    Dictionary<int, int>? _listUse;

    bool IsStray(SourceParagraph p)
    {
        _listUse ??= _doc.AllParagraphs().Where(x => x.ListId is not null).GroupBy(x => x.ListId!.Value).ToDictionary(g => g.Key, g => g.Count());
        return p.ListId is { } id && _listUse.GetValueOrDefault(id) == 1;
    }

    BodyBlock? FromParagraph(SourceParagraph p)
    {
        var runs = p.Runs.Select(r => r with { Text = r.Text.Replace('\t', ' ') }).ToList();
        var full = string.Concat(runs.Select(r => r.Text));
        var text = full.Trim();
        if (text is "./." or "/.") return null;
        Marker? marker = null;
        if (_articles && p.ListLabel is null && Marker.Parse(full, out _) is { IsSection: true })
            return new BodyBlock { Kind = BlockKind.Plain, Runs = TrimStart(runs), Paras = [p] };
        if (Marker.Parse(full, out var rest) is { } typed)
        {
            marker = typed;
            runs = Cut(runs, full.Length - rest.Length);
            if (p.ListLabel is { } stray)
                _corrections.Add(UiLanguage.Format(ImportMessages.WordLabelBeforeTypedNumber, p.Where, stray, typed.Text));
        }
        else if (p.ListLabel is { } bullet && bullet is "•" or "-" or "+" && IsStray(p))
        {
            // A bullet list of one paragraph among ordinary ones: a list format left over from a copy, not a list.
            _corrections.Add(UiLanguage.Format(ImportMessages.StrayBulletDropped, p.Where, bullet));
        }
        else if (p.ListLabel is { } label && Marker.Parse(label + " x", out _) is { } fromList)
        {
            marker = fromList.Kind == MarkerKind.Dash && p.ListLevel >= 1 ? fromList with { Kind = MarkerKind.Plus } : fromList;
        }
        runs = TrimStart(runs);
        // A title in the body without a number: centred, in a heading style or all bold.
        if (marker is null && p.Alignment == Alignment.Center && (IsHeadingStyle(p) || _doc.Format == SourceFormat.Docx && runs.Where(r => r.Text.Trim().Length > 0).All(r => r.Bold) && text.Length < 150))
            return new BodyBlock { Kind = BlockKind.Title, Runs = runs, Paras = [p], Level = HeadingLevel(p) };
        var block = new BodyBlock { Marker = marker, Runs = runs, Paras = [p] };
        block.Kind = marker?.Kind switch
        {
            MarkerKind.Dash => BlockKind.Dash,
            MarkerKind.Plus => BlockKind.Dash,
            null => BlockKind.Plain,
            _ => BlockKind.Heading,
        };
        if (marker is { IsSection: true }) block.WantsItem = WantsItem(p, runs);
        return block;
    }

    /// <summary>
    /// A numbered paragraph is a numbered sentence (not a heading) when the document says so: our
    /// own body style, or a body paragraph whose text is not bold; without formatting (plain
    /// text), when it reads as a sentence (ends with ".", ";").
    /// </summary>
    bool WantsItem(SourceParagraph p, List<SourceRun> runs)
    {
        if (IsHeadingStyle(p)) return false;
        if (p.StyleId == "RkNoiDung") return true;
        if (_doc.Format == SourceFormat.Docx)
        {
            var first = runs.FirstOrDefault(r => r.Text.Trim().Length > 0);
            return first is null || !first.Bold;
        }
        return Sentence(string.Concat(runs.Select(r => r.Text)));
    }

    static bool Sentence(string text) => Regex.IsMatch(text.TrimEnd(), @"[.;!?…]['""”’)\]]*$");

    static int HeadingLevel(SourceParagraph p) =>
        p.StyleId is { } id && Regex.Match(id, @"^Heading(\d)$") is { Success: true } m ? int.Parse(m.Groups[1].Value)
        : p.StyleName is { } n && Regex.Match(n, @"^heading (\d)$", RegexOptions.IgnoreCase) is { Success: true } mn ? int.Parse(mn.Groups[1].Value) : 0;

    static bool IsHeadingStyle(SourceParagraph p) =>
        p.StyleId is { } id && Regex.IsMatch(id, @"^Heading\d$") || p.StyleName is { } n && Regex.IsMatch(n, @"^heading \d$", RegexOptions.IgnoreCase);

    static bool Continues(string previous, string next)
    {
        var p = previous.TrimEnd();
        var n = next.TrimStart();
        if (p.Length == 0 || n.Length == 0) return false;
        if (Regex.IsMatch(p, @"[.;:!?…]['""”’)\]]*$")) return false;
        return char.IsLower(n[0]);
    }

    static List<SourceRun> Cut(List<SourceRun> runs, int chars)
    {
        var result = new List<SourceRun>();
        foreach (var r in runs)
        {
            if (chars <= 0) { result.Add(r); continue; }
            if (r.Text.Length <= chars) { chars -= r.Text.Length; if (r.FootnoteId is not null) result.Add(r); continue; }
            result.Add(r with { Text = r.Text[chars..] });
            chars = 0;
        }
        return result;
    }

    static List<SourceRun> TrimStart(List<SourceRun> runs)
    {
        var result = runs.ToList();
        while (result.Count > 0 && result[0].FootnoteId is null && result[0].Text.TrimStart().Length == 0) result.RemoveAt(0);
        if (result.Count > 0) result[0] = result[0] with { Text = result[0].Text.TrimStart() };
        return result;
    }

    /// <summary>
    /// Levels from the markers the document uses, in the usual nesting order; for plain text, a
    /// group of siblings is numbered paragraphs when most of them are sentences.
    /// </summary>
    void AssignLevels(List<BodyBlock> blocks)
    {
        var sections = blocks.Where(b => b.Marker is { IsSection: true }).ToList();
        var ranks = sections.Select(b => b.Marker!.Rank).Distinct().Order().ToList();
        var patterns = ranks.Select(r => sections.First(b => b.Marker!.Rank == r).Marker!.Pattern).ToList();
        var offset = ranks.FirstOrDefault() == 0 && ranks.Count > 0 ? 1 : 2;
        var scheme = offset == 1 ? patterns : [_profileNumbering.FirstOrDefault() ?? "I.", .. patterns];
        foreach (var b in sections) b.Level = ranks.IndexOf(b.Marker!.Rank) + offset;
        if (ranks.Count > 0 && Enumerable.Range(1, scheme.Count).Any(l => l - offset >= 0 && Effective(_profileNumbering, l) != scheme[l - 1]))
            Numbering = scheme;

        if (_doc.Format == SourceFormat.Text)
        {
            // Siblings: same level, same parent (the nearest shallower section marker before them).
            var groups = new Dictionary<(int Parent, int Level), List<BodyBlock>>();
            var open = new Dictionary<int, int>();
            for (var i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                if (b.Marker is not { IsSection: true }) continue;
                var parent = open.Where(kv => kv.Key < b.Level).Select(kv => kv.Value).DefaultIfEmpty(-1).Max();
                foreach (var deeper in open.Keys.Where(k => k >= b.Level).ToList()) open.Remove(deeper);
                open[b.Level] = i;
                if (!groups.TryGetValue((parent, b.Level), out var g)) groups[(parent, b.Level)] = g = [];
                g.Add(b);
            }
            foreach (var g in groups.Values)
            {
                var items = g.Count(b => b.WantsItem) * 2 > g.Count;
                foreach (var b in g) b.WantsItem = items;
            }
        }
    }

    static string Effective(IReadOnlyList<string> patterns, int level) => patterns.Count == 0 ? "" : patterns[Math.Min(level, patterns.Count) - 1];

    /// <summary>An open numbered paragraph: its level, where its marker starts, where its content (and anything nested in it) starts.</summary>
    sealed record OpenItem(int Level, string Indent, string Content);

    /// <summary>Writes the blocks as light markup; headings and numbered paragraphs are placed so the engine prints the same numbers.</summary>
    public string Write(IReadOnlyList<BodyBlock> blocks)
    {
        var sb = new StringBuilder();
        var numbering = new SectionNumbering(Numbering ?? _profileNumbering);
        var lastHeading = 0;
        var stack = new List<OpenItem>();
        string? dashIndent = null;
        foreach (var b in blocks)
        {
            if (sb.Length > 0) sb.Append('\n');
            var inner = stack.Count > 0 ? stack[^1].Content : "";
            switch (b.Kind)
            {
                case BlockKind.Table:
                    stack.Clear();
                    dashIndent = null;
                    sb.Append(Table(b.Table!));
                    Mark(b, Recognise.Role.BodyTable);
                    break;
                case BlockKind.PageBreak:
                    sb.Append("\\newpage\n");
                    break;
                case BlockKind.Title:
                {
                    // Numbering goes on as if the title were not there; list levels follow it like any heading.
                    var level = b.Level > 0 ? b.Level : Math.Max(lastHeading, 1);
                    stack.Clear();
                    dashIndent = null;
                    lastHeading = level;
                    sb.Append(new string('#', level)).Append(' ').Append(HeadingInline(b.Runs)).Append(" {-}\n");
                    Mark(b, Recognise.Role.Heading, level);
                    break;
                }
                case BlockKind.Plain:
                    // After a numbered paragraph, a plain one continues it (same print, and the list stays open).
                    sb.Append(inner).Append(Inline(b.Runs, inner, false, false, lineStart: true)).Append('\n');
                    Mark(b, Recognise.Role.BodyText);
                    break;
                case BlockKind.Dash:
                {
                    var plus = b.Marker!.Kind == MarkerKind.Plus && dashIndent == inner;
                    var indent = plus ? inner + "  " : inner;
                    if (!plus) dashIndent = inner;
                    sb.Append(indent).Append("- ").Append(Inline(b.Runs, indent + "  ", false, false, lineStart: true)).Append('\n');
                    Mark(b, Recognise.Role.Dash, plus ? 2 : 1);
                    break;
                }
                default:
                {
                    var level = b.Level;
                    var top = Math.Max(2, lastHeading + 1);
                    string? itemIndent = null;
                    if (b.WantsItem)
                    {
                        if (level == top) { stack.Clear(); itemIndent = ""; }
                        else if (stack.FindIndex(o => o.Level == level) is var at and >= 0) { itemIndent = stack[at].Indent; stack.RemoveRange(at, stack.Count - at); }
                        else if (stack.Count > 0 && stack[^1].Level == level - 1) itemIndent = stack[^1].Content;
                    }
                    var expected = numbering.Next(level);
                    Compare(b, expected);
                    dashIndent = null;
                    if (itemIndent is not null)
                    {
                        b.Kind = BlockKind.Item;
                        var shown = ItemNumber(expected) + ". ";
                        var content = itemIndent + new string(' ', shown.Length);
                        stack.Add(new OpenItem(level, itemIndent, content));
                        sb.Append(itemIndent).Append(shown).Append(Inline(b.Runs, content, false, false, lineStart: true)).Append('\n');
                        Mark(b, Recognise.Role.Item, level);
                    }
                    else
                    {
                        b.Kind = BlockKind.Heading;
                        stack.Clear();
                        lastHeading = level;
                        sb.Append(new string('#', level)).Append(' ').Append(HeadingInline(b.Runs)).Append('\n');
                        Mark(b, Recognise.Role.Heading, level);
                    }
                    break;
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>The number a list item shows in the markup (the engine ignores it and prints <paramref name="marker"/>): its last part, letters by their place.</summary>
    static string ItemNumber(string marker)
    {
        var m = Regex.Match(marker, @"(\d+)\D*$");
        if (m.Success) return m.Groups[1].Value;
        var letter = marker.TrimEnd(')', '.', '-');
        var index = Array.IndexOf(ReportKit.Text.VietnameseText.PointLetters, letter);
        if (index >= 0) return (index + 1).ToString();
        return Marker.RomanValue(letter)?.ToString() ?? "1";
    }

    void Mark(BodyBlock b, Role role, int level = 0)
    {
        if (b.Table is { } t)
        {
            foreach (var p in t.Paragraphs()) foreach (var l in DocLine.Of(p, false)) _roles.Add(new RoleLine(l, role));
            return;
        }
        foreach (var p in b.Paras) foreach (var l in DocLine.Of(p, false)) _roles.Add(new RoleLine(l, role, level));
    }

    void Compare(BodyBlock b, string expected)
    {
        var typed = b.Marker!;
        if (typed.Kind == MarkerKind.Letter ? Letter(expected) != typed.Text.TrimEnd(')', '.', '-') : Digits(expected) != Digits(typed.Text))
        {
            var where = b.Paras[0].Where;
            var words = Patterns.Squash(b.Text);
            if (words.Length > 40) words = words[..40] + "…";
            _corrections.Add(UiLanguage.Format(ImportMessages.NumberRewritten, where, typed.Text, expected, words));
            NumberingFixes.Add(new NumberingFix(b.Paras[0], typed.Text, expected, words));
        }
    }

    static string Digits(string marker) => Regex.Replace(marker, @"[^0-9IVXLC.]", "").Trim('.');
    static string Letter(string marker) => marker.TrimEnd(')', '.', '-');

    /// <summary>A heading's title; only when part of it is bold (a title that runs into its text) is the bold part marked.</summary>
    string HeadingInline(List<SourceRun> runs)
    {
        var ink = runs.Where(r => r.Text.Trim().Length > 0).ToList();
        var mixed = ink.Any(r => r.Bold) && ink.Any(r => !r.Bold);
        if (!mixed && _doc.Format == SourceFormat.Text)
        {
            // Without formatting: "Title: a sentence that runs on." is a title (bold) and its text.
            var text = string.Concat(runs.Select(r => r.Text));
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && colon < 80 && text.Length - colon > 30 && Sentence(text))
                return Inline([new SourceRun(text[..(colon + 1)]) { Bold = true }, new SourceRun(text[(colon + 1)..])], "", false, true, lineStart: false);
        }
        return Inline(runs, "", !mixed, true, lineStart: false);
    }

    /// <summary>Runs as inline markup: **bold**, *italic*, footnote references, hard line breaks; markup characters escaped.</summary>
    string Inline(List<SourceRun> runs, string continuationIndent, bool ignoreBold, bool ignoreItalic, bool lineStart)
    {
        var sb = new StringBuilder();
        var groups = new List<(bool Bold, bool Italic, StringBuilder Text)>();
        foreach (var r in runs)
        {
            if (r.FootnoteId is { } id)
            {
                groups.Add((false, false, new StringBuilder($"[^{FootnoteNumber(id)}]")));
                continue;
            }
            var bold = !ignoreBold && r.Bold;
            var italic = !ignoreItalic && r.Italic;
            var text = Escape(WriterSpaces.Plain(r.Text));
            if (groups.Count > 0 && groups[^1].Bold == bold && groups[^1].Italic == italic && !groups[^1].Text.ToString().StartsWith("[^"))
                groups[^1].Text.Append(text);
            else groups.Add((bold, italic, new StringBuilder(text)));
        }
        foreach (var (bold, italic, text) in groups)
        {
            var t = text.ToString();
            var marks = bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
            if (marks.Length == 0 || t.Trim().Length == 0) { sb.Append(t); continue; }
            // Emphasis must hug its text: spaces go outside the marks.
            var lead = t[..(t.Length - t.TrimStart().Length)];
            var trail = t[t.TrimEnd().Length..];
            sb.Append(lead).Append(marks).Append(t.Trim()).Append(marks).Append(trail);
        }
        var result = Regex.Replace(sb.ToString(), @"[ \u00A0]{2,}", " ").Trim();
        // Manual line breaks: a hard break, the next line indented like the block.
        var lines = result.Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
            if (lineStart || i > 0) lines[i] = EscapeLineStart(lines[i]);
        return string.Join("\\\n" + continuationIndent, lines.Where((l, i) => l.Length > 0 || i == 0));
    }

    int FootnoteNumber(int id)
    {
        if (!_footnoteNumbers.TryGetValue(id, out var n)) _footnoteNumbers[id] = n = _footnoteNumbers.Count + 1;
        return n;
    }

    /// <summary>Footnote definitions for every reference written, in order: "[^1]: text".</summary>
    public string Footnotes()
    {
        var sb = new StringBuilder();
        foreach (var (id, n) in _footnoteNumbers.OrderBy(kv => kv.Value))
        {
            if (!_doc.Footnotes.TryGetValue(id, out var paras)) continue;
            var runs = paras.SelectMany(p => p.Runs.Append(new SourceRun(" "))).ToList();
            sb.Append($"[^{n}]: ").Append(Inline(runs, "    ", false, false, lineStart: false)).Append('\n');
        }
        return sb.ToString();
    }

    string Escape(string text)
    {
        var t = text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("[", "\\[");
        t = Regex.Replace(t, @"<(?=[A-Za-z/!?])", "\\<");
        t = Regex.Replace(t, @"&(?=#?\w+;)", "\\&");
        // The body is also a template: a literal "{{" must not start a template expression.
        if (_template) t = t.Replace("{{", "{{ \"{{\" }}");
        return t;
    }

    /// <summary>Characters that would start a heading, list, quote or rule at the start of a line.</summary>
    static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (line[0] is '#' or '-' or '+' or '>' or '|' or '=' or '~') return "\\" + line;
        var m = Regex.Match(line, @"^(\d+)([.)])");
        if (m.Success) return m.Groups[1].Value + "\\" + line[m.Groups[1].Length..];
        return line;
    }

    /// <summary>
    /// A body table in the plan's pipe syntax: the widths line (each column in cm, as laid out), the
    /// header rows above the dashes (Word's repeated rows; the first row when none repeats), each
    /// column's alignment in the dashes, "&lt;" for a cell merged into its left neighbour and "^"
    /// into the one above. A cell's paragraphs are joined; a nested table's text joins its cell.
    /// </summary>
    string Table(SourceTable t)
    {
        var columns = Math.Max(t.GridTwips.Count, t.Rows.Select(r => r.Cells.Sum(c => Math.Max(1, c.GridSpan))).DefaultIfEmpty(1).Max());
        var headerRows = t.Rows.TakeWhile(r => r.IsHeader).Count();
        if (headerRows == 0) headerRows = 1;
        var rows = new List<List<string>>();
        var align = new CellAlign?[columns];
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var header = r < headerRows;
            var cells = new List<string>();
            foreach (var c in t.Rows[r].Cells)
            {
                var first = cells.Count;
                if (c.VMerge == VerticalMerge.Continue) cells.Add("^");
                else
                {
                    var text = string.Join(" ", c.Blocks.OfType<SourceParagraph>()
                        .Select(p => Inline(p.ListLabel is { } l ? [new SourceRun(l + " "), .. p.Runs] : p.Runs.ToList(), "", header, false, lineStart: false))
                        .Where(s => s.Length > 0)).Replace("\\\n", " ");
                    foreach (var nested in c.Blocks.OfType<SourceTable>())
                        text = Patterns.Squash(text + " " + string.Join(" ", nested.Paragraphs().Select(p => Escape(p.DisplayText))));
                    text = text.Replace("|", "\\|");
                    // A cell that would read as a merge mark or a total label stays text.
                    if (text is "^" or "<") text = "\\" + text;
                    cells.Add(text);
                    if (!header && first < columns && align[first] is null && c.Blocks.OfType<SourceParagraph>().FirstOrDefault() is { } p0)
                        align[first] = p0.Alignment switch { Alignment.Center => CellAlign.Center, Alignment.Right => CellAlign.Right, _ => CellAlign.Left };
                }
                for (var i = 1; i < c.GridSpan; i++) cells.Add(c.VMerge == VerticalMerge.Continue ? "^" : "<");
            }
            rows.Add(cells);
        }
        var sb = new StringBuilder();
        if (t.GridTwips.Count == columns && t.GridTwips.All(w => w > 0))
            sb.Append("{rộng: ").Append(string.Join(" | ", t.GridTwips.Select(Centimetres))).Append("}\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", Math.Max(0, columns - rows[i].Count)));
            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (i == headerRows - 1)
                sb.Append('|').Append(string.Concat(Enumerable.Range(0, columns).Select(c => (align[c] ?? CellAlign.Center) switch
                {
                    CellAlign.Center => ":--:|",
                    CellAlign.Right => "--:|",
                    _ => "---|",
                }))).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A column width in cm that the writer turns back into the same twips: short when a short form does, else four decimals.</summary>
    static string Centimetres(int twips)
    {
        foreach (var decimals in new[] { 1, 2, 4 })
        {
            var cm = Math.Round(twips * 2.54 / 1440, decimals);
            if ((int)Math.Round(cm * 10 * 1440 / 25.4) == twips) return cm.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "cm";
        }
        return (twips * 2.54 / 1440).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) + "cm";
    }
}
