using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using ReportKit.Localization;

namespace ReportKit.Text;

/// <summary>
/// Characters no text of a plan may hold, wherever it comes from (YAML, a workbook cell, a
/// template's output): control characters (invalid in the DOCX's XML, invisible in editors),
/// noncharacters and broken UTF-16 (signs of a damaged or wrongly converted file), and the
/// invisible format characters: zero-width characters hide inside words, and bidi controls
/// (U+202E ...) reorder how text is shown, so a signed document could read differently from
/// what it says. Tab, line feed and carriage return are ordinary text.
/// </summary>
internal static class ForbiddenCharacters
{
    public enum Kind { Control, NonCharacter, BrokenSurrogate, Invisible }

    /// <summary>One forbidden character: its index in the text (UTF-16 units) and code point.</summary>
    public readonly record struct Finding(int Index, int CodePoint, Kind Kind);

    /// <summary>
    /// Index of the first character that may be forbidden: a control other than tab, line feed
    /// and carriage return, U+007F–U+009F, U+061C, or anything from U+200B up (which holds the
    /// other invisible characters, the surrogates and the noncharacters, and a few ordinary ones
    /// such as "–" and "…" that <see cref="Next"/> then lets pass). Almost every text holds none
    /// but a dash or a quote, so the text is read a vector at a time; -1 when there is none.
    /// </summary>
    static int IndexOfCandidate(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            Vector<ushort> space = new(' '), tab = new('\t'), lineFeed = new('\n'), carriageReturn = new('\r'),
                del = new(0x7F), c1Span = new(0x9F - 0x7F), arabicMark = new(0x061C), high = new(0x200B);
            for (; i <= units.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                var v = new Vector<ushort>(units[i..]);
                var control = Vector.LessThan(v, space) & ~(Vector.Equals(v, tab) | Vector.Equals(v, lineFeed) | Vector.Equals(v, carriageReturn));
                var c1 = Vector.LessThanOrEqual(v - del, c1Span);
                var other = Vector.Equals(v, arabicMark) | Vector.GreaterThanOrEqual(v, high);
                if ((control | c1 | other) != Vector<ushort>.Zero) break;
            }
        }
        for (; i < text.Length; i++)
            if (IsCandidate(text[i])) return i;
        return -1;
    }

    static bool IsCandidate(char c) =>
        c is (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F') or '\u061C' or >= '\u200B';

    /// <summary>Every forbidden character in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Finding> Find(string text)
    {
        var i = IndexOfCandidate(text);
        if (i < 0) return [];
        return FindFrom(text, i);
    }

    /// <summary>The findings from <paramref name="start"/>, a candidate, on.</summary>
    static IEnumerable<Finding> FindFrom(string text, int start)
    {
        for (var i = start; i < text.Length;)
        {
            if (Next(text, ref i) is { } f) yield return f;
            var skip = IndexOfCandidate(text.AsSpan(i));
            if (skip < 0) yield break;
            i += skip;
        }
    }

    /// <summary>Reads the candidate at <paramref name="i"/> (a surrogate pair whole) and moves past it; its finding, if it is forbidden.</summary>
    static Finding? Next(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var cp = char.ConvertToUtf32(c, text[i + 1]);
            var at = i;
            i += 2;
            return (cp & 0xFFFE) == 0xFFFE ? new(at, cp, Kind.NonCharacter) : null;
        }
        var single = i++;
        return KindOf(c) is { } kind ? new(single, c, kind) : null;
    }

    /// <summary>The first forbidden character, or null when the text is clean.</summary>
    public static Finding? First(string text)
    {
        foreach (var f in Find(text)) return f;
        return null;
    }

    static Kind? KindOf(char c) => c switch
    {
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => Kind.Control,
        >= '\uD800' and <= '\uDFFF' => Kind.BrokenSurrogate,
        '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => Kind.NonCharacter,
        (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C' => Kind.Invisible,
        _ => null,
    };

    /// <summary>What is wrong and what to do, as one sentence; <paramref name="escaped"/> when the character was written as an escape (\x07, \u202E).</summary>
    public static string Message(Finding f, bool escaped = false)
    {
        var message = f.Kind switch
        {
            Kind.Control => escaped ? TextMessages.ControlNotAllowedEscaped : TextMessages.ControlNotAllowed,
            Kind.NonCharacter or Kind.BrokenSurrogate => escaped ? TextMessages.DamagedCharacterNotAllowedEscaped : TextMessages.DamagedCharacterNotAllowed,
            _ when IsBidi(f.CodePoint) => escaped ? TextMessages.BidiNotAllowedEscaped : TextMessages.BidiNotAllowed,
            _ => escaped ? TextMessages.InvisibleNotAllowedEscaped : TextMessages.InvisibleNotAllowed,
        };
        return UiLanguage.Format(message, Describe(f));
    }

    /// <summary>"control character U+0007 (BEL)", "U+FFFE (not a character)", "invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)".</summary>
    public static string Describe(Finding f)
    {
        var code = $"U+{f.CodePoint:X4}";
        return f.Kind switch
        {
            Kind.Control => UiLanguage.Format(TextMessages.ControlCharacter, code, Named(f.CodePoint)),
            Kind.NonCharacter => UiLanguage.Format(TextMessages.NonCharacter, code),
            Kind.BrokenSurrogate => UiLanguage.Format(TextMessages.BrokenSurrogate, code),
            _ => UiLanguage.Format(TextMessages.InvisibleCharacter, code, Named(f.CodePoint)),
        };
    }

    static bool IsBidi(int cp) => cp is 0x200E or 0x200F or 0x061C or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    static string Named(int cp) => Names.TryGetValue(cp, out var n) ? $" ({n})" : "";

    static readonly Dictionary<int, string> Names = new()
    {
        [0x00] = "NUL", [0x01] = "SOH", [0x02] = "STX", [0x03] = "ETX", [0x04] = "EOT", [0x05] = "ENQ", [0x06] = "ACK", [0x07] = "BEL",
        [0x08] = "BS", [0x0B] = "VT", [0x0C] = "FF", [0x0E] = "SO", [0x0F] = "SI", [0x10] = "DLE", [0x11] = "DC1", [0x12] = "DC2",
        [0x13] = "DC3", [0x14] = "DC4", [0x15] = "NAK", [0x16] = "SYN", [0x17] = "ETB", [0x18] = "CAN", [0x19] = "EM", [0x1A] = "SUB",
        [0x1B] = "ESC", [0x1C] = "FS", [0x1D] = "GS", [0x1E] = "RS", [0x1F] = "US", [0x7F] = "DEL", [0x85] = "NEL",
        [0x200B] = "ZERO WIDTH SPACE", [0x200C] = "ZERO WIDTH NON-JOINER", [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK", [0x200F] = "RIGHT-TO-LEFT MARK", [0x061C] = "ARABIC LETTER MARK",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING", [0x202B] = "RIGHT-TO-LEFT EMBEDDING", [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE", [0x202E] = "RIGHT-TO-LEFT OVERRIDE", [0x2060] = "WORD JOINER",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE", [0x2067] = "RIGHT-TO-LEFT ISOLATE", [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE", [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
    };

    /// <summary>1-based line and column of <paramref name="index"/> in <paramref name="text"/> (columns in UTF-16 units, as YAML positions are).</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, index - lineStart + 1);
    }

    internal static bool IsVietnameseLetter(char c) => VietnameseLetters.Contains(c);

    /// <summary>Every letter only Vietnamese uses beyond ASCII, lower and upper case (NFC).</summary>
    const string VietnameseLetters =
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ" +
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

    internal static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
