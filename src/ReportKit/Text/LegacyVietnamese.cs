using System.Text;

namespace ReportKit.Text;

/// <summary>The pre-Unicode encodings Vietnamese offices still have documents in (workflow.md §3.2).</summary>
internal enum LegacyCharset { Tcvn3, Vni }

/// <summary>
/// Converts text typed in TCVN3 (ABC, fonts ".VnTime", ".VnArial", and their capital twins
/// ".VnTimeH", ".VnArialH") or VNI-Windows (fonts "VNI-Times", ...) to Unicode NFC.
///
/// The font decides: TCVN3 has one byte per letter and no capitals with tone marks (only Ă Â Ê Ô
/// Ơ Ư Đ have their own bytes), so a capital "Ộ" is the byte for "ộ" shown in an H font; plain
/// text cannot tell, the run's font can. VNI is two bytes per toned letter: a base letter
/// followed by a mark byte ("aø" = à, "oä" = ộ), with a few single bytes (ö = ư, ô = ơ, ñ = đ).
///
/// The tables are written out here from the layouts of TCVN 5712:1993 (VN3, the ABC table) and of
/// VNI-Windows as they appear when the bytes are read as Windows-1252, which is how a .docx or a
/// workbook stores them.
/// </summary>
internal static class LegacyVietnamese
{
    /// <summary>TCVN3 byte (as a Windows-1252/Latin-1 character) → Unicode letter.</summary>
    static readonly Dictionary<char, char> Tcvn3 = Build(
        // Capitals with their own byte, then the same letters in lower case.
        "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00ADư ®đ " +
        // a: huyền hỏi ngã sắc nặng
        "µà ¶ả ·ã ¸á ¹ạ " +
        // ă
        "»ằ ¼ẳ ½ẵ ¾ắ Æặ " +
        // â
        "Çầ Èẩ Éẫ Êấ Ëậ " +
        // e, ê
        "Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ " +
        // i
        "×ì Øỉ Üĩ Ýí Þị " +
        // o, ô, ơ
        "ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ " +
        // u, ư
        "ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự " +
        // y
        "úỳ ûỷ üỹ ýý þỵ");

    /// <summary>VNI single bytes that are letters on their own.</summary>
    static readonly Dictionary<char, char> VniSingle = Build(
        "ìì íí æỉ óĩ òị îỵ ñđ ôơ öư " +
        "ÌÌ ÍÍ ÆỈ ÓĨ ÒỊ ÎỴ ÑĐ ÔƠ ÖƯ");

    /// <summary>VNI mark bytes after a base letter, as the combining marks they stand for.</summary>
    static readonly Dictionary<char, string> VniMarks = new()
    {
        // Tone marks alone: huyền, sắc, hỏi, ngã, nặng.
        ['ø'] = "\u0300", ['ù'] = "\u0301", ['û'] = "\u0309", ['õ'] = "\u0303", ['ï'] = "\u0323",
        ['Ø'] = "\u0300", ['Ù'] = "\u0301", ['Û'] = "\u0309", ['Õ'] = "\u0303", ['Ï'] = "\u0323",
        // Circumflex, alone and with each tone.
        ['â'] = "\u0302", ['à'] = "\u0302\u0300", ['á'] = "\u0302\u0301", ['å'] = "\u0302\u0309", ['ã'] = "\u0302\u0303", ['ä'] = "\u0302\u0323",
        ['Â'] = "\u0302", ['À'] = "\u0302\u0300", ['Á'] = "\u0302\u0301", ['Å'] = "\u0302\u0309", ['Ã'] = "\u0302\u0303", ['Ä'] = "\u0302\u0323",
        // Breve, alone and with each tone.
        ['ê'] = "\u0306", ['è'] = "\u0306\u0300", ['é'] = "\u0306\u0301", ['ú'] = "\u0306\u0309", ['ü'] = "\u0306\u0303", ['ë'] = "\u0306\u0323",
        ['Ê'] = "\u0306", ['È'] = "\u0306\u0300", ['É'] = "\u0306\u0301", ['Ú'] = "\u0306\u0309", ['Ü'] = "\u0306\u0303", ['Ë'] = "\u0306\u0323",
    };

    static Dictionary<char, char> Build(string pairs)
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[pair[0]] = pair[1];
        return map;
    }

    /// <summary>The charset a font name implies: ".Vn*" is TCVN3, "VNI-*" is VNI; null for Unicode fonts.</summary>
    public static LegacyCharset? CharsetOfFont(string? font)
    {
        if (string.IsNullOrEmpty(font)) return null;
        if (font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)) return LegacyCharset.Tcvn3;
        if (font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase)) return LegacyCharset.Vni;
        return null;
    }

    /// <summary>TCVN3 capital fonts (".VnTimeH", ".VnArialH", "...Hoa") show every letter as a capital.</summary>
    public static bool IsCapitalFont(string? font) =>
        font is not null && CharsetOfFont(font) == LegacyCharset.Tcvn3
        && (font.EndsWith("H", StringComparison.Ordinal) || font.EndsWith("Hoa", StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts one run of text in <paramref name="charset"/>; <paramref name="capitals"/> for a TCVN3 capital font.</summary>
    public static string ToUnicode(string text, LegacyCharset charset, bool capitals = false)
    {
        var result = charset == LegacyCharset.Tcvn3 ? FromTcvn3(text) : FromVni(text);
        if (capitals) result = result.ToUpperInvariant();
        return VietnameseText.Nfc(result);
    }

    /// <summary>Converts using the run's font: unchanged when the font is not a legacy one.</summary>
    public static string ToUnicode(string text, string? font) =>
        CharsetOfFont(font) is { } cs ? ToUnicode(text, cs, IsCapitalFont(font)) : text;

    static string FromTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Tcvn3.TryGetValue(c, out var u) ? u : c);
        return sb.ToString();
    }

    static string FromVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            // ô and ö are ơ and ư on their own, and the base of ờ, ừ, ... when a tone byte follows.
            if (c is 'ô' or 'ö' or 'Ô' or 'Ö' && VniMarks.TryGetValue(next, out var toneOnHorn) && IsToneOnly(next))
            {
                sb.Append(VniSingle[c]).Append(toneOnHorn);
                i++;
                continue;
            }
            if (IsBase(c) && VniMarks.TryGetValue(next, out var marks))
            {
                sb.Append(c).Append(marks);
                i++;
                continue;
            }
            sb.Append(VniSingle.TryGetValue(c, out var single) ? single : c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    static bool IsBase(char c) => "aeiouyAEIOUY".Contains(c);

    static bool IsToneOnly(char c) => "øùûõïØÙÛÕÏ".Contains(c);
}
