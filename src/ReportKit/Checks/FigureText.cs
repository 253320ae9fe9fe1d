using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportKit.Checks;

/// <summary>One token of a paragraph: a word, a figure or a clause boundary.</summary>
/// <summary>A comma separates the items of a list: each item's figure owns the words after it.</summary>
enum TokenKind { Word, Figure, Boundary, Comma, Other }

/// <param name="Text">As printed ("1.300", "Hội").</param>
/// <param name="Lower">Lower case with diacritics, for stop words ("có" and "cơ" must stay apart).</param>
/// <param name="Key">Lower case without diacritics (đ → d), for matching only: "Hòa" and "Hoà" meet.</param>
/// <param name="Value">For a figure: its number (percent units for "8,5%").</param>
sealed record Token(TokenKind Kind, string Text, string Lower, string Key, int Start, decimal Value = 0, bool Percent = false);

/// <summary>
/// Reads a paragraph as Vietnamese prose: words, figures as Vietnamese write them (1.300; 8,5%;
/// 01) and clause boundaries. Dates (28/6, 15/11-15/12), fractions (05/17), document numbers
/// (08-CTr/TU, 2066a/ĐCT-VP), versions (4.0), years, ordinals and numbers that name a document
/// ("Đề án 938", "Dự án 8", "lần thứ XIII", "Quý II") are not figures.
/// </summary>
static partial class FigureText
{
    // Vietnamese figures: 1.300 (grouped by dots), 8,5 (decimal comma), 01, with an optional %.
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?$")]
    private static partial Regex FigurePattern();

    /// <summary>Words after which a number names something (a document, a part, a time), not a quantity.</summary>
    static readonly string[] NamingWords =
    [
        "số", "thứ", "lần", "khóa", "khoá", "quý", "tháng", "ngày", "năm", "tuần", "điều", "khoản", "điểm", "mục", "phần",
        "chương", "đề án", "dự án", "nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "công văn", "thông tư", "nghị định",
        "luật", "chương trình", "hướng dẫn", "quy định", "kết luận", "thông báo", "thông tri", "văn bản", "tiểu dự án",
        "giai đoạn", "nhiệm kỳ", "đến năm", "phụ lục", "biểu", "mẫu", "trang", "dòng", "cột", "tổ", "khu phố", "ấp", "thôn",
        "covid", "quận", "phường", "lớp", "khối",
    ];

    /// <summary>
    /// Words are runs of letters and digits, with the joiners that keep codes, dates and figures in
    /// one piece (08-CTr/TU, 15/11-15/12, 1.300, 8,5%) when a letter or digit follows them.
    /// Hand-written rather than a regular expression: it runs on every paragraph of every plan.
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i++;
                while (i < text.Length)
                {
                    if (IsWordChar(text[i])) i++;
                    else if (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1])) i += 2;
                    else break;
                }
                if (i < text.Length && text[i] == '%') i++;
                tokens.Add(WordOrFigure(text.AsSpan(start, i - start), start));
                continue;
            }
            if (c == '%')
            {
                // "80 %": a percent sign set apart still makes the figure before it a rate.
                if (tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Figure, Percent: false } f && i - (f.Start + f.Text.Length) <= 1)
                    tokens[^1] = f with { Text = text[f.Start..(i + 1)], Percent = true };
            }
            else if (c == ',') tokens.Add(new Token(TokenKind.Comma, ",", ",", ",", i));
            else if (";.!?…()[]".Contains(c))
            {
                var b = c.ToString();
                tokens.Add(new Token(TokenKind.Boundary, b, b, b, i));
            }
            i++;
        }
        return tokens;
    }

    static Token WordOrFigure(ReadOnlySpan<char> word, int start)
    {
        if (char.IsDigit(word[0]) && FigurePattern().IsMatch(word))
        {
            var s = word.ToString();
            if (Parse(s) is { } value) return new Token(TokenKind.Figure, s, s, s, start, value, s.EndsWith('%'));
        }
        var forms = Forms(word);
        return new Token(forms.Kind, forms.Text, forms.Lower, forms.Key, start);
    }

    /// <summary>A word as printed, lower-cased and folded, and whether it holds a digit (then it is no word to match).</summary>
    sealed record WordForms(TokenKind Kind, string Text, string Lower, string Key);

    // The same few thousand words come back in every paragraph of every plan of a batch: their
    // forms are made once, and looked up by the span, without cutting the word out of the text.
    static readonly ConcurrentDictionary<string, WordForms> KnownWords = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> KnownWordsBySpan = KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();

    static WordForms Forms(ReadOnlySpan<char> word)
    {
        if (KnownWordsBySpan.TryGetValue(word, out var known)) return known;
        var s = word.ToString();
        var lower = s.ToLowerInvariant();
        var forms = new WordForms(word.IndexOfAnyInRange('0', '9') >= 0 ? TokenKind.Other : TokenKind.Word, s, lower, Fold(lower));
        if (KnownWords.Count < 100_000) KnownWords.TryAdd(s, forms);
        return forms;
    }

    static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    static bool IsJoiner(char c) => c is '.' or '/' or ',' or '-' or '–' or '_' or '\'' or '’';

    static decimal? Parse(string s)
    {
        var digits = s.TrimEnd('%').Replace(".", "").Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>
    /// Whether the figure at <paramref name="i"/> counts something: not a year, not "(1)", not
    /// a number that names a document, part or time ("Đề án 938", "lần thứ 3", "tháng 9").
    /// </summary>
    public static bool IsQuantity(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.Percent && !t.Text.Contains('.') && !t.Text.Contains(',') && t.Value is >= 1900 and <= 2100) return false;
        if (i > 0 && i + 1 < tokens.Count && tokens[i - 1].Text is "(" or "[" && tokens[i + 1].Text is ")" or "]") return false;
        if (t.Percent) return true;
        var previous = PreviousWords(tokens, i, 2);
        foreach (var w in NamingWords)
            if (previous.EndsWith(" " + w, StringComparison.Ordinal) || previous == w) return false;
        return true;
    }

    static string PreviousWords(IReadOnlyList<Token> tokens, int i, int count)
    {
        var words = new List<string>();
        for (var j = i - 1; j >= 0 && words.Count < count && tokens[j].Kind == TokenKind.Word; j--) words.Insert(0, tokens[j].Lower);
        return string.Join(" ", words);
    }

    // Folding is asked for the same few thousand words over and over in a batch: remember them.
    static readonly ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);

    /// <summary>Lower case without diacritics, đ → d: a key for matching, never for printing.</summary>
    public static string Fold(string s)
    {
        if (Folded.TryGetValue(s, out var key)) return key;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c == 'đ' ? 'd' : c);
        }
        key = sb.ToString();
        if (Folded.Count < 100_000) Folded.TryAdd(s, key);
        return key;
    }

    /// <summary>The numbers a target's text value states ("ít nhất 01" → 1, "dưới 8,5%" → 8.5); a range states two.</summary>
    public static IEnumerable<decimal> NumbersIn(string text) =>
        Tokenize(text).Where(t => t.Kind == TokenKind.Figure).Select(t => t.Value);
}
