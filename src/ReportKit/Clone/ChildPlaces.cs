using System.Globalization;
using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Model;

namespace ReportKit.Clone;

/// <summary>
/// When a batch clones and renders in one go (<c>batch plan.yaml --units …</c>), the children's
/// plan files are scratch and gone afterwards; what a warning or error about a child's body
/// really points at is the parent's text it came from, line for line (rewording never adds or
/// removes lines), and for a target's figure, the unit's allocation. This moves such places
/// from the child's file to the parent's.
/// </summary>
internal sealed partial class ChildPlaces(Plan parent)
{
    [GeneratedRegex(@"^(\d+):(\d+)$")]
    private static partial Regex LineColumn();

    public Diagnostic ToParent(Diagnostic d, string childPath, string unitCode)
    {
        if (d.File is null || !string.Equals(Path.GetFullPath(d.File), Path.GetFullPath(childPath), StringComparison.Ordinal)) return d;
        Plan child;
        try { child = PlanLoader.Load(childPath); }
        catch (ReportKitException) { return d; }
        var location = MapLocation(d.Location, child);
        var childName = Regex.Escape(Path.GetFileName(childPath));
        var message = Regex.Replace(d.Message, childName + @":(\d+):(\d+)", m => TargetPlace(child, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), unitCode) ?? m.Value);
        return d with { File = parent.SourcePath ?? d.File, Location = location, Message = message };
    }

    /// <summary>A line of the child's body or closing is the same line of the parent's; the column is found again from the text there.</summary>
    string? MapLocation(string? location, Plan child)
    {
        if (location is null || LineColumn().Match(location) is not { Success: true } m) return null;
        var line = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        foreach (var (c, p) in new[] { (child.Body, (TextSource?)parent.Body), (child.Closing, parent.Closing) })
        {
            if (c is null || p is null) continue;
            var childLines = c.Text.Split('\n');
            var i = line - c.Line;
            if (i < 0 || i >= childLines.Length) continue;
            var parentLines = p.Text.Split('\n');
            if (i >= parentLines.Length) return null;
            var at = Math.Clamp(column - c.Column, 0, childLines[i].Length);
            return $"{p.Line + i}:{p.Column + SameWordIn(childLines[i], at, parentLines[i])}";
        }
        return null;
    }

    /// <summary>Where the word at <paramref name="at"/> of the child's line stands in the parent's (the n-th equal word), or the line's start.</summary>
    static int SameWordIn(string childLine, int at, string parentLine)
    {
        var word = Regex.Match(childLine[at..], @"^\S+").Value;
        if (word.Length == 0) return 0;
        var n = Regex.Matches(childLine[..at], Regex.Escape(word)).Count;
        var hits = Regex.Matches(parentLine, Regex.Escape(word));
        return n < hits.Count ? hits[n].Index : parentLine.Length - parentLine.TrimStart().Length;
    }

    /// <summary>The child's target written at <paramref name="line"/> is the unit's allocation of the parent's target (or the parent's own figure for a norm).</summary>
    string? TargetPlace(Plan child, int line, string unitCode)
    {
        var code = child.Targets?.Targets.FirstOrDefault(t => t.Source?.Line == line)?.Code;
        if (code is null || parent.Targets?.Find(code) is not { } target) return null;
        var source = target.Allocations.TryGetValue(unitCode, out var a) && a.Source is not null ? a.Source : target.Source;
        return source is null ? null : source.Sheet is not null ? $"{Path.GetFileName(source.File)}!{source.Sheet}!{source.Cell}" : $"{Path.GetFileName(source.File)}:{source.Line}:{source.Column}";
    }
}
