using System.Text.RegularExpressions;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Where a line must not break, in any text the writer emits: "Covid-19", "24-NQ/TW", "KH-BTV",
/// "2020 – 2025", "Số: 12/KH-BTV", "ngày 05/7/2023", "tháng 11", "năm 2023". LibreOffice and Word
/// otherwise break after a hyphen ("Covid-" / "19", "12/KH-" / "BTV") and at any space ("2020 –" /
/// "2025", "ngày" / "05/7/2023").
/// <para>
/// How it is kept together, and why (checked with LibreOffice 7.4 and pdftotext):
/// <list type="bullet">
/// <item>A hyphen is written as Word's own non-breaking hyphen, <c>w:noBreakHyphen</c>: what a
/// clerk types by hand (Ctrl+Shift+-) to fix such a break, drawn with the hyphen's own glyph in
/// every font (ECMA-376 17.3.3.18), found in Word with ^~. LibreOffice reads it as its hard hyphen
/// and the PDF's text has a plain "-" there: "Covid-19" is found and copied from the PDF as typed.
/// U+2011 gives the same PDF but depends on the font having that glyph; a word joiner (U+2060)
/// after the hyphen is invisible but stays in text copied from Word and breaks searches there.</item>
/// <item>A space is written as U+00A0, Word's own non-breaking space (Ctrl+Shift+Space): Word shows
/// it as a space, copies it as U+00A0, and LibreOffice's PDF has a plain space there.</item>
/// </list>
/// Anything that reads our DOCX back (import) maps <c>w:noBreakHyphen</c> to "-" and U+00A0 to a
/// space, and gets the plan's text exactly. The document model stays plain text; only the DOCX
/// writer marks where a break is wrong, through <see cref="Mark"/>.
/// </para>
/// </summary>
static partial class NoBreak
{
    /// <summary>Stands for a non-breaking hyphen in marked text; <see cref="RunFactory"/> writes it as <c>w:noBreakHyphen</c>.</summary>
    public const char Hyphen = '\u2011';

    public const char Space = '\u00A0';

    static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("-–—");

    // A hyphen joining two letters or digits is inside one word, number or symbol: Covid-19,
    // 24-NQ/TW, KH-BTV, Mác-Lênin, 2021-2025.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex JoiningHyphen();

    // A spaced dash between two numbers is a range: "2020 – 2025", "2021 - 2025", "05 - 10". A space
    // may already be U+00A0 (text read back from our own DOCX): it comes out the same.
    [GeneratedRegex(@"(?<=\d)[ \u00A0]+(?<dash>[-–—])[ \u00A0]+(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRange();

    // A word that a number belongs to: "Số: 12/KH-BTV", "số 24-NQ/TW", "ngày 05/7/2023", "tháng 11", "năm 2023".
    [GeneratedRegex(@"(?<=(?<![\p{L}])(?:[Ss]ố:?|[Nn]gày|[Tt]háng|[Nn]ăm))[ \u00A0]+(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WordBeforeNumber();

    /// <summary>
    /// The text with <see cref="Space"/> where a space must not break and <see cref="Hyphen"/>
    /// where a hyphen must not break. A typed U+2011 stays what it is.
    /// </summary>
    public static string Mark(string text)
    {
        if (text.Length < 3) return text;
        // Every run of a document passes here: the patterns (source-generated, not interpreted,
        // also in the native build) only run on text holding what they need, a dash or a space.
        // A range and a word before a number both need a digit (\d, any decimal digit, as char.IsDigit).
        var digit = ContainsDigit(text);
        if (text.AsSpan().IndexOfAny(Dashes) >= 0)
        {
            if (digit) text = NumberRange().Replace(text, m => Space + (m.Groups["dash"].Value == "-" ? Hyphen.ToString() : m.Groups["dash"].Value) + Space);
            if (text.Contains('-')) text = JoiningHyphen().Replace(text, Hyphen.ToString());
        }
        return digit && text.AsSpan().IndexOfAny(' ', Space) >= 0 ? WordBeforeNumber().Replace(text, Space.ToString()) : text;
    }

    static bool ContainsDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>The plain text again: what a reader of the DOCX gets back (U+2011 → "-", U+00A0 → " ").</summary>
    public static string Plain(string marked) => marked.Replace(Hyphen, '-').Replace(Space, ' ');
}
