using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportKit.Tests.Support;

/// <summary>
/// How much of a source text survives, word for word and in order, in a rendered DOCX: the
/// longest common subsequence of the two word lists over the source's word count. Words are
/// compared without surrounding punctuation and case (capitals are a layout rule), spacing around
/// "/" is ignored ("321 /KH-BTV" is "321/KH-BTV"), and section numbers at the start of a line are
/// left out (the engine renumbers them on purpose).
/// </summary>
public static class WordMatch
{
    public sealed record Result(int SourceWords, int Matched, IReadOnlyList<string> Missing)
    {
        public double Ratio => SourceWords == 0 ? 1 : (double)Matched / SourceWords;
    }

    public static Result Measure(string sourceText, string renderedText)
    {
        var a = Words(sourceText);
        var b = Words(renderedText);
        var (matched, missing) = Lcs(a, b);
        return new Result(a.Count, matched, missing);
    }

    /// <summary>
    /// The same measure without order: every word of the source matched to one occurrence in the
    /// rendered text. For layouts that read in another order (a header laid out with tabs, a
    /// signature beside the Nơi nhận list), where nothing is lost though lines move.
    /// </summary>
    public static Result MeasureUnordered(string sourceText, string renderedText)
    {
        var available = Words(renderedText).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var source = Words(sourceText);
        var missing = new List<string>();
        foreach (var w in source)
        {
            if (available.TryGetValue(w, out var n) && n > 0) available[w] = n - 1;
            else missing.Add(w);
        }
        return new Result(source.Count, source.Count - missing.Count, missing);
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var rawLine in text.Replace("\r", "").Split('\n'))
        {
            var line = Regex.Replace(rawLine, @"\s*/\s*", "/");
            var tokens = line.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
            // "III.", "2.1.", "a)" at the start of a line; "5.Tăng" keeps the word glued to its number.
            var marker = tokens.Count > 0 ? Regex.Match(tokens[0], @"^\**([IVXLC]+|\d{1,2}(\.\d{1,2})*|[a-zđ])[.)\-–](?<rest>.*)$") : Match.Empty;
            if (marker.Success)
            {
                if (marker.Groups["rest"].Value.Length > 0) tokens[0] = marker.Groups["rest"].Value; else tokens.RemoveAt(0);
            }
            foreach (var t in tokens)
            {
                var w = t.Trim('.', ',', ';', ':', '!', '?', '"', '“', '”', '\'', '’', '‘', '(', ')', '[', ']', '*', '…', '-', '–', '—', '/').ToLowerInvariant();
                if (w.Any(char.IsLetterOrDigit)) words.Add(w.Normalize(NormalizationForm.FormC));
            }
        }
        return words;
    }

    static (int, List<string>) Lcs(List<string> a, List<string> b)
    {
        // Full table of directions would be large; keep lengths in rows and walk back with a second pass on bands.
        var n = a.Count;
        var m = b.Count;
        var table = new short[(n + 1) * (long)(m + 1) > 60_000_000 ? 0 : (n + 1) * (m + 1)];
        if (table.Length == 0) return (LcsLength(a, b), []);
        for (var i = 1; i <= n; i++)
            for (var j = 1; j <= m; j++)
                table[i * (m + 1) + j] = a[i - 1] == b[j - 1]
                    ? (short)(table[(i - 1) * (m + 1) + j - 1] + 1)
                    : Math.Max(table[(i - 1) * (m + 1) + j], table[i * (m + 1) + j - 1]);
        var missing = new List<string>();
        for (int i = n, j = m; i > 0;)
        {
            if (j > 0 && a[i - 1] == b[j - 1]) { i--; j--; }
            else if (j > 0 && table[i * (m + 1) + j - 1] >= table[(i - 1) * (m + 1) + j]) j--;
            else { missing.Add(a[i - 1]); i--; }
        }
        missing.Reverse();
        return (table[n * (m + 1) + m], missing);
    }

    static int LcsLength(List<string> a, List<string> b)
    {
        var prev = new int[b.Count + 1];
        var cur = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return prev[b.Count];
    }

    /// <summary>The text a reader sees in a DOCX body, paragraph per line, tables cell by cell, then footnotes.</summary>
    public static string DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var sb = new StringBuilder();
        foreach (var p in doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
            sb.AppendLine(string.Concat(p.Descendants().Select(e => e switch { WText t => t.Text, Break => "\n", TabChar => " ", _ => "" })));
        if (doc.MainDocumentPart.FootnotesPart?.Footnotes is { } fns)
            foreach (var p in fns.Descendants<Paragraph>()) sb.AppendLine(string.Concat(p.Descendants<WText>().Select(t => t.Text)));
        return sb.ToString();
    }
}
