using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Text;

namespace ReportKit.Import.Recognise;

/// <summary>
/// What the elements of an administrative document look like as text, whatever the layout that
/// holds them: the tiêu đề lines, rules, "Số:", the place-and-date line, type names, authority
/// prefixes, the Nơi nhận label, section markers. One place, shared by import and check.
/// </summary>
internal static class Patterns
{
    const RegexOptions Opt = RegexOptions.CultureInvariant;

    /// <summary>Document types (tên loại) a header can name, as printed (capitals).</summary>
    public static readonly string[] TypeNames =
    [
        "KẾ HOẠCH", "QUYẾT ĐỊNH", "HƯỚNG DẪN", "BÁO CÁO", "THÔNG BÁO", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "CHỈ THỊ",
        "QUY CHẾ", "QUY ĐỊNH", "TỜ TRÌNH", "KẾT LUẬN", "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "BIÊN BẢN", "GIẤY MỜI",
        "GIẤY GIỚI THIỆU", "THÔNG TRI", "THÔNG CÁO", "CÔNG VĂN", "NGHỊ ĐỊNH", "THÔNG TƯ", "CÔNG ĐIỆN", "QUY CHẾ PHỐI HỢP",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH LIÊN TỊCH", "BẢN GHI NHỚ", "HỢP ĐỒNG", "GIẤY ỦY QUYỀN",
    ];

    /// <summary>Collapses runs of white space and trims: the form every comparison uses.</summary>
    public static string Squash(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>Upper case without tone-mark placement differences (HOÀ/HÒA, THUỶ/THỦY), for matching only.</summary>
    public static string Key(string s) => ToneKey.Replace(VietnameseText.Upper(Squash(s)), m => OldStyle[m.Value]);

    // Only open syllables differ between the old and new placement: the tone moves off the last vowel.
    static readonly Dictionary<string, string> OldStyle = new()
    {
        ["OÀ"] = "ÒA", ["OÁ"] = "ÓA", ["OẢ"] = "ỎA", ["OÃ"] = "ÕA", ["OẠ"] = "ỌA",
        ["OÈ"] = "ÒE", ["OÉ"] = "ÓE", ["OẺ"] = "ỎE", ["OẼ"] = "ÕE", ["OẸ"] = "ỌE",
        ["UỲ"] = "ÙY", ["UÝ"] = "ÚY", ["UỶ"] = "ỦY", ["UỸ"] = "ŨY", ["UỴ"] = "ỤY",
    };
    static readonly Regex ToneKey = new(@"(OÀ|OÁ|OẢ|OÃ|OẠ|OÈ|OÉ|OẺ|OẼ|OẸ|UỲ|UÝ|UỶ|UỸ|UỴ)(?!\p{L})", RegexOptions.CultureInvariant);

    /// <summary>The type name a line is, or null: "KẾ HOẠCH", also letter-spaced ("K Ế  H O Ạ C H").</summary>
    public static string? TypeName(string line)
    {
        var k = Key(line).Trim('.', ':');
        foreach (var t in TypeNames.OrderByDescending(t => t.Length))
        {
            if (k == t) return t;
            if (k.Replace(" ", "") == t.Replace(" ", "") && k.Length > t.Length + 2) return t;
        }
        return null;
    }

    public enum Motto { None, Nation, Slogan, Party, Union }

    /// <summary>Quốc hiệu, Tiêu ngữ, or the Party/Đoàn tiêu đề.</summary>
    public static Motto MottoOf(string line)
    {
        var k = Key(line).Replace("–", "-").Replace("—", "-");
        k = Regex.Replace(k, @"\s*-\s*", " - ");
        if (k is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") return Motto.Nation;
        if (k is "ĐỘC LẬP - TỰ DO - HẠNH PHÚC") return Motto.Slogan;
        if (k is "ĐẢNG CỘNG SẢN VIỆT NAM") return Motto.Party;
        if (k is "ĐOÀN TNCS HỒ CHÍ MINH" or "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH") return Motto.Union;
        return Motto.None;
    }

    /// <summary>A typed rule or star line: "_____", "-------", "***", "*".</summary>
    public static bool IsTypedRule(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && t.All(c => c is '_' or '-' or '–' or '—' or '=' or '*' or '.' or '‾' or ' ' or '\t') && (t.Contains('*') || t.Replace(" ", "").Length >= 3);
    }

    public static bool IsStars(string line) { var t = line.Trim(); return t.Length > 0 && t.All(c => c is '*' or ' '); }

    static readonly Regex NumberLine = new(@"^Số\s*:?\s*(?<so>\d+)?\s*(?<sep>[/-])?\s*(?<kh>[^\s].*)?$", Opt);

    /// <summary>"Số: 321/KH-BTV", "Số:      /KH-BTV", "Số 52-KH/TU", "Số: ..../KH-UBND".</summary>
    public static (int? Number, string Separator, string Symbol, bool Colon)? Number(string line)
    {
        var t = Squash(line);
        if (!t.StartsWith("Số", StringComparison.Ordinal) || t.StartsWith("Số lượng", StringComparison.Ordinal)) return null;
        var rest = t[2..].TrimStart();
        var colon = rest.StartsWith(':');
        if (colon) rest = rest[1..].TrimStart();
        // Blanks the clerk fills in: dots, underscores, ellipses.
        rest = Regex.Replace(rest, @"^[.…_\s]+", "");
        var m = Regex.Match(rest, @"^(?<so>\d+)?\s*(?<sep>[/-])?\s*(?<kh>([A-ZĐ]|\d{4}/).*)?$", Opt);
        if (!m.Success || !m.Groups["kh"].Success) return null;
        if (!m.Groups["so"].Success && !m.Groups["sep"].Success) return null;
        var number = m.Groups["so"].Success && int.TryParse(m.Groups["so"].Value, out var n) ? n : (int?)null;
        var symbol = m.Groups["kh"].Value.Replace(" ", "").TrimEnd('.');
        return (number, m.Groups["sep"].Value, symbol, colon);
    }

    static readonly Regex DateLine = new(
        @"^(?<place>[^,]*?)\s*,?\s*ngày\s*(?<d>\d{1,2})?[\s.…_]*tháng\s*(?<m>\d{1,2})?[\s.…_]*năm\s*(?<y>\d{4})?[\s.…_]*$",
        Opt | RegexOptions.IgnoreCase);

    /// <summary>"Khánh Hòa, ngày 08 tháng 6 năm 2021"; a draft "Hà Nội, ngày      tháng      năm 2024".</summary>
    public static (string Place, int? Day, int? Month, int? Year)? Date(string line)
    {
        var m = DateLine.Match(Squash(line));
        if (!m.Success) return null;
        int? G(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : null;
        var place = m.Groups["place"].Value.Trim().Trim('.', '…', '_', ',').Trim();
        return (place, G("d"), G("m"), G("y"));
    }

    static readonly Regex AuthorityLine = new(@"^(?<p>TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/U|Q/)(?<dot>\.)?\s+\S", Opt);

    /// <summary>The authority prefix a signature line starts with ("TM.", "KT.", "T/M", ...), or null.</summary>
    public static string? AuthorityPrefix(string line)
    {
        var m = AuthorityLine.Match(Squash(line));
        if (!m.Success) return null;
        var p = m.Groups["p"].Value;
        if (p == "Q" && !m.Groups["dot"].Success) return null;
        if (!p.Contains('/') && !m.Groups["dot"].Success) return p is "TM" or "KT" or "TL" or "TUQ" ? p : null;
        return p + m.Groups["dot"].Value;
    }

    static readonly Regex LabelLine = new(@"^N[ơo]i\s+nh[ậa]n\s*:?", Opt | RegexOptions.IgnoreCase);

    /// <summary>The "Nơi nhận:" label (also typed "Noi nhận"); returns what follows it on the line.</summary>
    public static string? RecipientsLabel(string line)
    {
        var t = Squash(line);
        var m = LabelLine.Match(t);
        return m.Success ? t[m.Length..].Trim() : null;
    }

    /// <summary>A line of capitals (digits and punctuation allowed): organ names, positions.</summary>
    public static bool IsUpper(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.All(c => !char.IsLower(c));
    }

    /// <summary>Case-insensitive, tone-placement-insensitive equality.</summary>
    public static bool SameText(string a, string b) => Key(a) == Key(b);

    /// <summary>Strips what a list or typed marker leaves at the start of recipient lines: "- ", "+ ", "• ".</summary>
    public static string StripDash(string line)
    {
        var t = line.TrimStart();
        while (t.Length > 0 && t[0] is '-' or '–' or '—' or '+' or '•' or '·' or '*') t = t[1..].TrimStart();
        return t;
    }

    public static bool StartsWithDash(string line)
    {
        var t = line.TrimStart();
        return t.Length > 0 && t[0] is '-' or '–' or '—' or '+' or '•' or '·';
    }

    /// <summary>Signature notes that are not part of the plan's data: "(Đã ký)", "(Ký tên, đóng dấu)".</summary>
    public static bool IsSignatureNote(string line)
    {
        var t = Squash(line).Trim('[', ']', ' ');
        return t.StartsWith('(') && t.EndsWith(')') || Regex.IsMatch(t, @"^(đã ký|ký tên|ký, đóng dấu|\(?chữ ký)", RegexOptions.IgnoreCase);
    }

    /// <summary>The annex heading ("Phụ lục", "PHỤ LỤC I", "Phụ lục 2 ...").</summary>
    public static bool IsAnnexLabel(string line)
    {
        var k = Key(line);
        return Regex.IsMatch(k, @"^PHỤ LỤC(\s+([IVXLC]+|\d+|SỐ\s*\d+))?\b") && k.Length < 200;
    }

    public static bool IsAnnexReference(string line) => Regex.IsMatch(Squash(line), @"^\(?\s*Kèm theo\b", RegexOptions.IgnoreCase);

    static readonly Regex Structural = new(@"^(Điều\s+\d+[a-z]?\s*[.:]|(Chương|Mục|Phần)\s+([IVXLC]+|\d+)\b)", Opt);

    /// <summary>"Điều 1.", "Chương II", "Mục 2", "Phần I": the divisions of a legal text, inside which numbering restarts.</summary>
    public static bool IsStructural(string line) => Structural.IsMatch(Squash(line));

    /// <summary>Removes diacritics (for keys and abbreviations only, never for text that is printed).</summary>
    public static string Ascii(string s)
    {
        var d = VietnameseText.Nfc(s).Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        return new string(d.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
