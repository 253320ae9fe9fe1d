using System.Text.RegularExpressions;
using ReportKit.Text;

namespace ReportKit.Import.Recognise;

/// <summary>
/// What a document says about itself when its header is gone (text copied out of Word or a PDF
/// often loses the header table): the organ from the closing ("… của Ban Thường vụ Hội LHPN tỉnh
/// Cao Bằng") or the opening's actor, the place from the organ's name, the year from the latest
/// date it cites, the regime from its forms (T/M, "Số 52-KH/TU", the organ's name). Every value
/// found this way is reported as a guess.
/// </summary>
static class Inference
{
    /// <summary>Collective issuing bodies that sign for an organisation named after them.</summary>
    static readonly string[] Collectives =
    [
        "Ban Thường vụ", "Ban Chấp hành", "Ban Thường trực", "Thường trực", "Đoàn Chủ tịch", "Ban Bí thư",
        "Ban Chỉ đạo", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Kiểm tra", "Văn phòng", "Ủy ban Kiểm tra",
    ];

    /// <summary>Splits "Ban Thường vụ Hội LHPN tỉnh Cao Bằng" into the issuing body and its parent.</summary>
    public static (string Issuer, string? Parent) SplitOrgan(string fullName)
    {
        var name = Patterns.Squash(fullName);
        foreach (var c in Collectives.OrderByDescending(c => c.Length))
            if (name.StartsWith(c + " ", StringComparison.OrdinalIgnoreCase) && name.Length > c.Length + 1)
                return (name[..c.Length], name[(c.Length + 1)..]);
        return (name, null);
    }

    /// <summary>"… của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa." in the closing: the organ's full name.</summary>
    public static string? OrganFromClosing(string? closing)
    {
        if (closing is null) return null;
        var m = Regex.Match(closing, @"\bcủa\s+(?<name>(" + string.Join("|", Collectives.Select(Regex.Escape)) + @")\s[^.;,:\n]+?)\s*(\./\.|\.|;|,|$)", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups["name"].Value.Trim() : null;
    }

    /// <summary>The actor of an opening sentence ("…, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch …").</summary>
    public static string? ActorFromOpening(string? opening)
    {
        if (opening is null) return null;
        var m = Regex.Match(opening, @"[,;]\s*(?<actor>[^,;]+?)\s+(xây dựng|ban hành)\s", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups["actor"].Value.Trim() : null;
    }

    static readonly string[] Levels = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];

    /// <summary>A parent that ends at its level word ("Hội LHPN tỉnh") gets the place the document names most often at that level.</summary>
    public static string CompleteParent(string parent, string allText)
    {
        var level = Levels.FirstOrDefault(l => parent.EndsWith(" " + l, StringComparison.OrdinalIgnoreCase) || parent.Equals(l, StringComparison.OrdinalIgnoreCase));
        if (level is null) return parent;
        var place = MostFrequentPlace(allText, level);
        return place is null ? parent : $"{parent} {place}";
    }

    /// <summary>The place named most often after a level word ("tỉnh Cao Bằng" → "Cao Bằng").</summary>
    public static string? MostFrequentPlace(string text, string level)
    {
        var matches = Regex.Matches(text, $@"\b{Regex.Escape(level)}\s+(?<name>(\p{{Lu}}[\p{{Ll}}\p{{Mn}}]*)(\s+\p{{Lu}}[\p{{Ll}}\p{{Mn}}]*){{0,3}})");
        return matches.Select(m => m.Groups["name"].Value).GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>The place of an organ: the name after its last level word ("Hội LHPN tỉnh Khánh Hòa" → "Khánh Hòa").</summary>
    public static string? PlaceOf(string? organ)
    {
        if (organ is null) return null;
        foreach (var level in Levels)
        {
            var m = Regex.Match(organ, $@"\b{Regex.Escape(level)}\s+(?<name>\p{{Lu}}.*)$", RegexOptions.IgnoreCase);
            if (m.Success) return m.Groups["name"].Value.Trim();
        }
        var tp = Regex.Match(organ, @"\b(TP\.|Thành phố|THÀNH PHỐ)\s*(?<name>.+)$");
        return tp.Success ? tp.Groups["name"].Value.Trim() : null;
    }

    /// <summary>The latest year among the dates the text cites (dd/mm/yyyy, "ngày … tháng … năm yyyy").</summary>
    public static int? LatestYear(string text)
    {
        var years = Regex.Matches(text, @"\b\d{1,2}/\d{1,2}/(?<y>(19|20)\d{2})\b").Select(m => int.Parse(m.Groups["y"].Value))
            .Concat(Regex.Matches(text, @"tháng\s+\d{1,2}\s+năm\s+(?<y>(19|20)\d{2})").Select(m => int.Parse(m.Groups["y"].Value)))
            .ToList();
        return years.Count == 0 ? null : years.Max();
    }

    /// <summary>Type abbreviations of NĐ 30 Phụ lục III and the Party's list.</summary>
    public static string TypeAbbreviation(string type) => Patterns.Key(type) switch
    {
        "KẾ HOẠCH" or "KẾ HOẠCH LIÊN TỊCH" => "KH",
        "QUYẾT ĐỊNH" => "QĐ",
        "HƯỚNG DẪN" => "HD",
        "BÁO CÁO" => "BC",
        "THÔNG BÁO" => "TB",
        "CHƯƠNG TRÌNH" or "CHƯƠNG TRÌNH HÀNH ĐỘNG" => "CTr",
        "NGHỊ QUYẾT" => "NQ",
        "CHỈ THỊ" => "CT",
        "QUY CHẾ" or "QUY CHẾ PHỐI HỢP" => "QC",
        "QUY ĐỊNH" => "QyĐ",
        "TỜ TRÌNH" => "TTr",
        "KẾT LUẬN" => "KL",
        "PHƯƠNG ÁN" => "PA",
        "ĐỀ ÁN" => "ĐA",
        "DỰ ÁN" => "DA",
        "BIÊN BẢN" => "BB",
        "GIẤY MỜI" => "GM",
        "THÔNG TRI" => "TT",
        _ => "KH",
    };

    /// <summary>Initials of a name's words, as organ abbreviations are formed ("Ban Thường vụ" → "BTV").</summary>
    public static string Initials(string name)
    {
        var words = Patterns.Squash(name).Split(' ').Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        var sb = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            if (w.Length > 1 && w.All(c => !char.IsLower(c)) && w.Length <= 6) { sb.Append(w); continue; }
            sb.Append(char.ToUpperInvariant(w[0]));
        }
        return VietnameseText.Upper(sb.ToString());
    }

    /// <summary>The regime a document's own forms point to, when its header has no tiêu đề to say it.</summary>
    public static (string Profile, RegimeEvidence Why)? RegimeFromForms(string? authority, (int? Number, string Separator, string Symbol, bool Colon)? number, string organs)
    {
        if (authority is not null && authority.Contains('/')) return ("dang", new(Evidence.PartyAuthority, authority));
        if (number is { Colon: false, Separator: "-" } n && n.Symbol.Contains('/')) return ("dang", new(Evidence.PartyNumber, n.Symbol));
        var k = Patterns.Key(organs);
        if (Regex.IsMatch(k, @"\bĐOÀN TNCS\b|\bTỈNH ĐOÀN\b|\bHUYỆN ĐOÀN\b|\bTHÀNH ĐOÀN\b|\bĐOÀN THANH NIÊN\b")) return ("doan", new(Evidence.UnionOrgan));
        if (Regex.IsMatch(k, @"\bĐẢNG (ỦY|BỘ)\b|\bTỈNH ỦY\b|\bHUYỆN ỦY\b|\bTHÀNH ỦY\b|\bQUẬN ỦY\b|\bCHI BỘ\b|\bĐẢNG ỦY\b")) return ("dang", new(Evidence.PartyOrgan));
        if (Regex.IsMatch(k, @"\bỦY BAN NHÂN DÂN\b|\bUBND\b|\bSỞ\b|\bBỘ\b|\bCHÍNH PHỦ\b|\bHỘI ĐỒNG NHÂN DÂN\b|\bHĐND\b|\bPHÒNG\b|\bCỤC\b|\bTỔNG CỤC\b")) return ("nha-nuoc", new(Evidence.StateOrgan));
        if (k.Length > 0) return ("hoi", new(Evidence.MassOrgan));
        return null;
    }
}
