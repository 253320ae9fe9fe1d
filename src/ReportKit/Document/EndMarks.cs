namespace ReportKit.Document;

/// <summary>The end mark ("./.") that closes a body or an annex's notes.</summary>
internal static class EndMarks
{
    /// <summary>The runs with <paramref name="end"/> after the last text, replacing a typed ".", ";" or "/.".</summary>
    public static List<Inline> Close(IReadOnlyList<Inline> inlines, string end)
    {
        var runs = inlines.ToList();
        var idx = runs.FindLastIndex(r => r is TextRun);
        if (idx < 0 || string.IsNullOrEmpty(end)) return runs;
        var run = (TextRun)runs[idx];
        var text = run.Text.TrimEnd();
        while (text.Length > 0 && ".;,:/".Contains(text[^1])) text = text[..^1].TrimEnd();
        runs[idx] = run with { Text = text };
        runs.Insert(idx + 1, new TextRun(end));
        return runs;
    }
}
