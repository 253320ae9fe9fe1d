namespace ReportKit.Text;

/// <summary>
/// Spots Vietnamese text typed in the pre-Unicode encodings that old .xls files still carry
/// (workflow.md §3.2): TCVN3/ABC (".VnTime" fonts: "Céng hoµ" for "Cộng hoà") and VNI-Windows
/// ("VNI-Times": "Coäng hoaø"). Read as Unicode such text shows Latin-1 symbols inside words and
/// none of the letters only Vietnamese Unicode has (ư ơ ă đ ạ ...). Detection only: converting
/// needs the cell font to recover capitals, so the user converts (e.g. Unikey) and reruns.
/// </summary>
internal static class LegacyEncoding
{
    // Latin-1 characters that are not Vietnamese letters but are TCVN3 letters (µ = à, ¸ = á, ­ = ư, ...).
    const string Tcvn3Marks = "¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ";

    // VNI-Windows tone and shape bytes that follow a base letter (aø = à, aù = á, aï = ạ, ö = ư, ñ = đ).
    const string VniMarks = "øùûõïåäëöñÑÖØÙÛÏ";

    /// <summary>"TCVN3" or "VNI" when <paramref name="text"/> looks legacy-encoded, else null. A .Vn* or VNI-* font decides alone.</summary>
    public static string? Detect(string text, string? fontName = null)
    {
        if (fontName is { } f)
        {
            if (f.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)) return HasLetters(text) ? "TCVN3" : null;
            if (f.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase)) return HasLetters(text) ? "VNI" : null;
        }
        if (HasUnicodeVietnamese(text)) return null;
        var vni = 0;
        var tcvn = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inWord = (i > 0 && char.IsLetter(text[i - 1])) || (i + 1 < text.Length && char.IsLetter(text[i + 1]));
            if (!inWord) continue;
            if (VniMarks.Contains(c) && i > 0 && IsVowel(text[i - 1])) vni++;
            else if (c is 'Ñ' or 'ñ' && i + 1 < text.Length && char.IsLetter(text[i + 1])) vni++;
            if (Tcvn3Marks.Contains(c)) tcvn++;
        }
        if (vni > 0 && vni >= tcvn / 2) return "VNI";
        return tcvn > 0 ? "TCVN3" : null;
    }

    static bool HasLetters(string text) => text.Any(char.IsLetter);

    static bool IsVowel(char c) => "aeiouyAEIOUYôÔöÖ".Contains(c);

    /// <summary>Letters that exist only in Unicode Vietnamese: ă â đ ê ô ơ ư and the Latin Extended Additional block.</summary>
    static bool HasUnicodeVietnamese(string text) =>
        text.Any(c => c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' || c is >= '\u1EA0' and <= '\u1EF9');
}
