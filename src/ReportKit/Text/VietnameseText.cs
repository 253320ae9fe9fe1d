using System.Globalization;
using System.Text;

namespace ReportKit.Text;

/// <summary>Vietnamese text rules that NĐ 30 leans on: NFC, real upper case, Roman numerals, letter order.</summary>
internal static class VietnameseText
{
    static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// NFC; every string entering the model goes through here (Word, macOS and "Unicode tổ hợp"
    /// typing produce NFD). Text holding what no normalization accepts (U+FFFE, broken UTF-16) is
    /// returned as it is: the character check refuses it, at its place.
    /// </summary>
    public static string Nfc(string s)
    {
        try
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    /// <summary>Real capitals (not w:caps), so e-office indexing and copy-paste see the same text the reader does.</summary>
    public static string Upper(string s) => Nfc(s).ToUpper(Vi);

    public static string Lower(string s) => Nfc(s).ToLower(Vi);

    /// <summary>Lower-cases the first letter only ("Triển khai ..." → "triển khai ..."), for trích yếu quoted mid-sentence.</summary>
    public static string LowerFirst(string s) => string.IsNullOrEmpty(s) ? s : Lower(s[..1]) + s[1..];

    public static string UpperFirst(string s) => string.IsNullOrEmpty(s) ? s : Upper(s[..1]) + s[1..];

    public static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) throw new ArgumentOutOfRangeException(nameof(n), n, "Roman numerals cover 1..3999");
        var sb = new StringBuilder();
        (int v, string r)[] map = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        foreach (var (v, r) in map) while (n >= v) { sb.Append(r); n -= v; }
        return sb.ToString();
    }

    /// <summary>Legal-drafting letter order for điểm: a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).</summary>
    public static readonly string[] PointLetters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    public static string PointLetter(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        var count = PointLetters.Length;
        // After "y" continue with doubled letters (aa, bb, ...) rather than failing a long list.
        return n <= count ? PointLetters[n - 1] : new string(PointLetters[(n - 1) % count][0], (n - 1) / count + 1);
    }

    /// <summary>ASCII slug for file names: "Phường Hòa Bình" → "phuong-hoa-binh".</summary>
    public static string Slug(string s)
    {
        var d = Nfc(s).Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        var dash = false;
        foreach (var ch in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { sb.Append(c); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        return sb.ToString().Trim('-');
    }
}
