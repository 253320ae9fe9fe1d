namespace ReportKit.Import.Recognise;

/// <summary>
/// A table as a grid of cell texts, one string per grid column: a cell merged into the one above
/// (w:vMerge continue) reads "^", the columns a cell spans beyond its first read "&lt;" — the marks
/// the plan file's tables use, so a row can be compared with what the writer would print.
/// </summary>
static class AnnexGrid
{
    public static string[][] Of(SourceTable t)
    {
        var n = Math.Max(t.GridTwips.Count, t.Rows.Select(r => r.Cells.Sum(c => Math.Max(1, c.GridSpan))).DefaultIfEmpty(1).Max());
        return t.Rows.Select(r =>
        {
            var cells = new string[n];
            var c = 0;
            foreach (var cell in r.Cells)
                for (var k = 0; k < Math.Max(1, cell.GridSpan) && c < n; k++, c++)
                    cells[c] = cell.VMerge == VerticalMerge.Continue ? "^" : k > 0 ? "<" : Patterns.Squash(cell.Text);
            for (; c < n; c++) cells[c] = "";
            return cells;
        }).ToArray();
    }

    /// <summary>The rows the writer prints for a laid-out annex, in the same marks.</summary>
    public static string[][] Of(Document.AnnexTable annex) =>
        annex.Rows.Select(r => r.Cells.SelectMany(c => c.MergedAbove
            ? Enumerable.Repeat("^", c.Span)
            : new[] { Patterns.Squash(c.Text) }.Concat(Enumerable.Repeat("<", c.Span - 1))).ToArray()).ToArray();

    public static bool Same(string[][] a, string[][] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.SequenceEqual(p.Second));
}
