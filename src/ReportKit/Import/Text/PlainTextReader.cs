using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Import.Text;

/// <summary>
/// Reads a plain-text plan (as copied out of Word or a PDF, like the seeds) into a
/// <see cref="SourceDocument"/>: one paragraph per line, blank lines kept as empty paragraphs
/// (they are where layout was). UTF-8 or UTF-16 with a byte-order mark; a file that is not valid
/// UTF-8 is read byte for byte, which is how TCVN3 text arrives, and converted when it looks
/// legacy-encoded. There is no formatting to read, so check does not apply to text.
/// </summary>
internal static class PlainTextReader
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public static SourceDocument Read(string path)
    {
        if (!File.Exists(path)) throw Fail(path, ImportMessages.FileNotFound);
        var length = new FileInfo(path).Length;
        if (length == 0) throw Fail(path, ImportMessages.TextFileEmpty);
        if (length > MaxBytes) throw Fail(path, UiLanguage.Format(ImportMessages.TextFileTooLarge, length / 1048576.0, MaxBytes / 1048576));
        var bytes = File.ReadAllBytes(path);
        var text = Decode(bytes, out var legacyBytes);
        if (text.Contains('\0')) throw Fail(path, ImportMessages.NotATextFile);
        return FromText(path, text, legacyBytes);
    }

    /// <summary>Lines of <paramref name="text"/> as paragraphs; <paramref name="path"/> names them in messages.</summary>
    public static SourceDocument FromText(string path, string text, bool legacyBytes = false)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var paragraphs = new List<SourceBlock>();
        var converted = new List<int>();
        var normalised = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == lines.Length - 1 && line.Length == 0) break;
            if (LegacyEncoding.Detect(line) is { } enc)
            {
                var cs = enc == "VNI" ? LegacyCharset.Vni : LegacyCharset.Tcvn3;
                var c = LegacyVietnamese.ToUnicode(line, cs);
                if (c != line) { converted.Add(i + 1); line = c; }
            }
            if (!line.IsNormalized(NormalizationForm.FormC)) { normalised.Add(i + 1); line = VietnameseText.Nfc(line); }
            paragraphs.Add(new SourceParagraph
            {
                Number = i + 1,
                Where = UiLanguage.Format(ImportMessages.WhereLine, i + 1),
                Runs = line.Length == 0 ? [] : Emphasis(line),
            });
        }
        var notes = new List<string>();
        if (converted.Count > 0) notes.Add(UiLanguage.Format(ImportMessages.ConvertedLegacyLines, Lines(converted)));
        else if (legacyBytes) notes.Add(ImportMessages.NotUtf8);
        if (normalised.Count > 0) notes.Add(UiLanguage.Format(ImportMessages.ComposedUnicodeOn, Lines(normalised)));
        return new SourceDocument { Path = path, Format = SourceFormat.Text, Blocks = paragraphs, Sections = [new SourceSection()], ReaderNotes = notes };
    }

    static readonly Regex Marked = new(@"\*\*\*(?=\S)(?<bi>.+?)(?<=\S)\*\*\*|\*\*(?=\S)(?<b>.+?)(?<=\S)\*\*|(?<![\w*])\*(?=\S)(?<i>[^*]+?)(?<=\S)\*(?![\w*])", RegexOptions.CultureInvariant);

    /// <summary>
    /// Text copied from a web page or a converter often keeps emphasis as **bold** and *italic*
    /// (the seeds do): it becomes bold and italic runs. A "**" left open at either end of a line
    /// (bold that spanned two lines) is dropped.
    /// </summary>
    static List<SourceRun> Emphasis(string line)
    {
        var text = line;
        if (Regex.Matches(text, @"\*\*").Count % 2 == 1)
        {
            if (text.TrimStart().StartsWith("**")) text = text.Remove(text.IndexOf("**", StringComparison.Ordinal), 2);
            else if (text.TrimEnd().EndsWith("**")) text = text.Remove(text.LastIndexOf("**", StringComparison.Ordinal), 2);
        }
        var runs = new List<SourceRun>();
        var at = 0;
        foreach (Match m in Marked.Matches(text))
        {
            if (m.Index > at) runs.Add(new SourceRun(text[at..m.Index]));
            if (m.Groups["bi"].Success) runs.Add(new SourceRun(m.Groups["bi"].Value) { Bold = true, Italic = true });
            else if (m.Groups["b"].Success) runs.Add(new SourceRun(m.Groups["b"].Value) { Bold = true });
            else runs.Add(new SourceRun(m.Groups["i"].Value) { Italic = true });
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add(new SourceRun(text[at..]));
        return runs;
    }

    static string Lines(List<int> numbers) =>
        numbers.Count > 12 ? UiLanguage.Format(ImportMessages.PlaceLinesAndMore, string.Join(", ", numbers.Take(12)), numbers.Count - 12)
        : UiLanguage.Format(numbers.Count == 1 ? ImportMessages.PlaceLine : ImportMessages.PlaceLines, string.Join(", ", numbers));

    static string Decode(byte[] bytes, out bool legacyBytes)
    {
        legacyBytes = false;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return utf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Legacy Vietnamese text files are single-byte: each byte is the Latin-1 character a .Vn* font draws as a letter.
            legacyBytes = true;
            return Encoding.Latin1.GetString(bytes);
        }
    }

    static ReportKitException Fail(string path, string message) => new(new Diagnostic(Severity.Error, path, null, message));
}
