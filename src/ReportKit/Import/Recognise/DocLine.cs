using System.Text.RegularExpressions;

namespace ReportKit.Import.Recognise;

/// <summary>
/// One visual line of the input: a paragraph, a line of it after a manual line break, or one side
/// of a line laid out with tabs or runs of spaces ("HỘI LHPN TỈNH ...→→CỘNG HÒA XÃ HỘI ..."). Headers
/// and signature blocks are read line by line, because offices put them in tables, text boxes,
/// tab stops or spaces, and the same element can be any of those.
/// </summary>
internal sealed record DocLine(SourceParagraph Para, string Text, IReadOnlyList<SourceRun> Runs, int Column)
{
    /// <summary>Every non-space character is bold (the run formatting of this line only).</summary>
    /// <summary>The runs that show something (not only spaces).</summary>
    public IEnumerable<SourceRun> Ink => Runs.Where(r => r.Text.Trim().Length > 0);

    public bool Bold => Ink.Any() && Ink.All(r => r.Bold);
    public bool Italic => Ink.Any() && Ink.All(r => r.Italic);
    public bool Underline => Ink.Any() && Ink.All(r => r.Underline);
    public double Size => Ink.Select(r => r.SizePt).DefaultIfEmpty(0).Max();
    public bool IsBlank => Text.Trim().Length == 0;
    public string Squashed => Patterns.Squash(Text);

    /// <summary>
    /// The lines of a paragraph: split at manual line breaks, and (outside tables, where columns
    /// are cells) at a tab run or four or more spaces between two pieces of text, which become
    /// columns 1 and 2. Inside a table the column is the cell's position in its row.
    /// </summary>
    public static IEnumerable<DocLine> Of(SourceParagraph p, bool splitColumns)
    {
        var baseColumn = p.InnerCell?.Cell ?? 0;
        foreach (var line in SplitRuns(p.Runs, '\n'))
        {
            var text = string.Concat(line.Select(r => r.Text));
            if (splitColumns && baseColumn == 0)
            {
                // A tab run always separates columns; four or more spaces do unless the line is a dash item (spaces inside a sentence).
                var m = Regex.Match(text, @"^(?<a>\s*\S.*?)(?<sep>\t[\t ]*|\s{4,})(?<b>\S.*)$");
                if (m.Success && (m.Groups["sep"].Value.Contains('\t') || !Patterns.StartsWithDash(text)))
                {
                    var split = m.Groups["b"].Index;
                    var (left, right) = Cut(line, split);
                    yield return new DocLine(p, m.Groups["a"].Value.Trim(), left, 1);
                    yield return new DocLine(p, m.Groups["b"].Value.Trim(), right, 2);
                    continue;
                }
            }
            yield return new DocLine(p, text.Replace('\t', ' ').Trim(), line, baseColumn);
        }
    }

    static IEnumerable<List<SourceRun>> SplitRuns(IReadOnlyList<SourceRun> runs, char separator)
    {
        var current = new List<SourceRun>();
        foreach (var r in runs)
        {
            var parts = r.Text.Split(separator);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) { yield return current; current = []; }
                if (parts[i].Length > 0 || r.FootnoteId is not null) current.Add(r with { Text = parts[i] });
            }
        }
        yield return current;
    }

    static (List<SourceRun>, List<SourceRun>) Cut(List<SourceRun> runs, int at)
    {
        var left = new List<SourceRun>();
        var right = new List<SourceRun>();
        var pos = 0;
        foreach (var r in runs)
        {
            var end = pos + r.Text.Length;
            if (end <= at) left.Add(r);
            else if (pos >= at) right.Add(r);
            else { left.Add(r with { Text = r.Text[..(at - pos)] }); right.Add(r with { Text = r.Text[(at - pos)..] }); }
            pos = end;
        }
        return (left, right);
    }
}
