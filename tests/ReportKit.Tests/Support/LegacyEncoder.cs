using System.Text;

namespace ReportKit.Tests.Support;

/// <summary>
/// Unicode → TCVN3 (ABC) and → VNI-Windows, for writing test documents the way old offices typed
/// them. Written out separately from the importer's converter (byte for letter, from the published
/// layouts), so a slip in either table shows up as a failing round trip.
/// </summary>
public static class LegacyEncoder
{
    // Letter → TCVN3 byte (as the Latin-1 character a .Vn* font draws as that letter).
    static readonly Dictionary<char, char> Tcvn3 = new()
    {
        ['à'] = 'µ', ['ả'] = '¶', ['ã'] = '·', ['á'] = '¸', ['ạ'] = '¹',
        ['ă'] = '¨', ['ằ'] = '»', ['ẳ'] = '¼', ['ẵ'] = '½', ['ắ'] = '¾', ['ặ'] = 'Æ',
        ['â'] = '©', ['ầ'] = 'Ç', ['ẩ'] = 'È', ['ẫ'] = 'É', ['ấ'] = 'Ê', ['ậ'] = 'Ë',
        ['đ'] = '®',
        ['è'] = 'Ì', ['ẻ'] = 'Î', ['ẽ'] = 'Ï', ['é'] = 'Ð', ['ẹ'] = 'Ñ',
        ['ê'] = 'ª', ['ề'] = 'Ò', ['ể'] = 'Ó', ['ễ'] = 'Ô', ['ế'] = 'Õ', ['ệ'] = 'Ö',
        ['ì'] = '×', ['ỉ'] = 'Ø', ['ĩ'] = 'Ü', ['í'] = 'Ý', ['ị'] = 'Þ',
        ['ò'] = 'ß', ['ỏ'] = 'á', ['õ'] = 'â', ['ó'] = 'ã', ['ọ'] = 'ä',
        ['ô'] = '«', ['ồ'] = 'å', ['ổ'] = 'æ', ['ỗ'] = 'ç', ['ố'] = 'è', ['ộ'] = 'é',
        ['ơ'] = '¬', ['ờ'] = 'ê', ['ở'] = 'ë', ['ỡ'] = 'ì', ['ớ'] = 'í', ['ợ'] = 'î',
        ['ù'] = 'ï', ['ủ'] = 'ñ', ['ũ'] = 'ò', ['ú'] = 'ó', ['ụ'] = 'ô',
        ['ư'] = '\u00AD', ['ừ'] = 'õ', ['ử'] = 'ö', ['ữ'] = '÷', ['ứ'] = 'ø', ['ự'] = 'ù',
        ['ỳ'] = 'ú', ['ỷ'] = 'û', ['ỹ'] = 'ü', ['ý'] = 'ý', ['ỵ'] = 'þ',
        ['Ă'] = '¡', ['Â'] = '¢', ['Ê'] = '£', ['Ô'] = '¤', ['Ơ'] = '¥', ['Ư'] = '¦', ['Đ'] = '§',
    };

    /// <summary>TCVN3 text for a .VnTime run; capitals with tone marks have no byte there (use <see cref="Tcvn3Capitals"/>).</summary>
    public static string ToTcvn3(string unicode)
    {
        var sb = new StringBuilder();
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            if (Tcvn3.TryGetValue(c, out var b)) sb.Append(b);
            else if (char.IsUpper(c) && Tcvn3.TryGetValue(char.ToLowerInvariant(c), out var lower) && c > 0x7F)
                throw new ArgumentException($"'{c}' has no TCVN3 byte in a normal font; write it in a .VnTimeH run");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Capitals for a .VnTimeH run: the lower-case bytes, which that font draws as capitals.</summary>
    public static string Tcvn3Capitals(string unicode) =>
        string.Concat(unicode.Normalize(NormalizationForm.FormC).Select(c => c is 'Ă' or 'Â' or 'Ê' or 'Ô' or 'Ơ' or 'Ư' or 'Đ' ? Tcvn3[c].ToString()
            : Tcvn3.TryGetValue(char.ToLowerInvariant(c), out var b) ? b.ToString() : char.ToLowerInvariant(c).ToString()));

    // VNI: base letter, then a mark byte.
    static readonly Dictionary<char, string> Vni = new()
    {
        ['à'] = "aø", ['á'] = "aù", ['ả'] = "aû", ['ã'] = "aõ", ['ạ'] = "aï",
        ['ă'] = "aê", ['ằ'] = "aè", ['ắ'] = "aé", ['ẳ'] = "aú", ['ẵ'] = "aü", ['ặ'] = "aë",
        ['â'] = "aâ", ['ầ'] = "aà", ['ấ'] = "aá", ['ẩ'] = "aå", ['ẫ'] = "aã", ['ậ'] = "aä",
        ['đ'] = "ñ",
        ['è'] = "eø", ['é'] = "eù", ['ẻ'] = "eû", ['ẽ'] = "eõ", ['ẹ'] = "eï",
        ['ê'] = "eâ", ['ề'] = "eà", ['ế'] = "eá", ['ể'] = "eå", ['ễ'] = "eã", ['ệ'] = "eä",
        ['ì'] = "ì", ['í'] = "í", ['ỉ'] = "æ", ['ĩ'] = "ó", ['ị'] = "ò",
        ['ò'] = "oø", ['ó'] = "où", ['ỏ'] = "oû", ['õ'] = "oõ", ['ọ'] = "oï",
        ['ô'] = "oâ", ['ồ'] = "oà", ['ố'] = "oá", ['ổ'] = "oå", ['ỗ'] = "oã", ['ộ'] = "oä",
        ['ơ'] = "ô", ['ờ'] = "ôø", ['ớ'] = "ôù", ['ở'] = "ôû", ['ỡ'] = "ôõ", ['ợ'] = "ôï",
        ['ù'] = "uø", ['ú'] = "uù", ['ủ'] = "uû", ['ũ'] = "uõ", ['ụ'] = "uï",
        ['ư'] = "ö", ['ừ'] = "öø", ['ứ'] = "öù", ['ử'] = "öû", ['ữ'] = "öõ", ['ự'] = "öï",
        ['ỳ'] = "yø", ['ý'] = "yù", ['ỷ'] = "yû", ['ỹ'] = "yõ", ['ỵ'] = "î",
    };

    public static string ToVni(string unicode)
    {
        var sb = new StringBuilder();
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            if (Vni.TryGetValue(c, out var s)) sb.Append(s);
            else if (Vni.TryGetValue(char.ToLowerInvariant(c), out var lower)) sb.Append(lower.ToUpperInvariant());
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
