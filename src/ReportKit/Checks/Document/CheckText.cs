using System.Globalization;

namespace ReportKit.Checks.Document;

/// <summary>
/// Every sentence <c>check</c> prints, whole, in Vietnamese (the default) and English, in one place
/// so the messages can move to resources as they are. Each says what was found and what the rule is.
/// </summary>
public static class CheckText
{
    static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    static string Range(double min, double max) => Math.Abs(min - max) < 0.01 ? N(min) : $"{N(min)}–{N(max)}";

    /// <summary>Elements by the profile key that styles them.</summary>
    public static string Element(string key, Lang l) => (key, l) switch
    {
        ("tieu_de", Lang.Vi) => "Quốc hiệu/tiêu đề",
        ("tieu_de", _) => "national motto/heading",
        ("co_quan_chu_quan", Lang.Vi) => "tên cơ quan chủ quản",
        ("co_quan_chu_quan", _) => "parent organ",
        ("co_quan_ban_hanh", Lang.Vi) => "tên cơ quan ban hành",
        ("co_quan_ban_hanh", _) => "issuing organ",
        ("so", Lang.Vi) => "số, ký hiệu",
        ("so", _) => "number and symbol",
        ("ngay", Lang.Vi) => "địa danh và ngày tháng",
        ("ngay", _) => "place and date",
        ("ten_loai", Lang.Vi) => "tên loại văn bản",
        ("ten_loai", _) => "document type",
        ("trich_yeu", Lang.Vi) => "trích yếu",
        ("trich_yeu", _) => "subject line",
        ("can_cu", Lang.Vi) => "căn cứ",
        ("can_cu", _) => "legal basis",
        ("than", Lang.Vi) => "nội dung",
        ("than", _) => "body text",
        ("noi_nhan_nhan", Lang.Vi) => "chữ “Nơi nhận:”",
        ("noi_nhan_nhan", _) => "the “Nơi nhận:” label",
        ("noi_nhan_dong", Lang.Vi) => "dòng nơi nhận",
        ("noi_nhan_dong", _) => "recipient line",
        ("quyen_han", Lang.Vi) => "quyền hạn người ký",
        ("quyen_han", _) => "signing authority",
        ("chuc_vu", Lang.Vi) => "chức vụ người ký",
        ("chuc_vu", _) => "signer's position",
        ("ho_ten", Lang.Vi) => "họ tên người ký",
        ("ho_ten", _) => "signer's name",
        ("so_trang", Lang.Vi) => "số trang",
        ("so_trang", _) => "page number",
        ("phu_luc", Lang.Vi) => "tiêu đề phụ lục",
        ("phu_luc", _) => "annex heading",
        ("muc", Lang.Vi) => "đề mục",
        ("muc", _) => "section heading",
        _ => key,
    };

    public static string Size(string element, double found, double min, double max, Lang l) => l == Lang.Vi
        ? $"{element} cỡ chữ {N(found)}; quy định cỡ {Range(min, max)}."
        : $"{element} is {N(found)} pt; the rule is {Range(min, max)} pt.";

    public static string Emphasis(string element, string property, bool expected, Lang l) => (l, property, expected) switch
    {
        (Lang.Vi, "b", true) => $"{element} không in đậm; quy định in đậm.",
        (Lang.Vi, "b", false) => $"{element} in đậm; quy định không in đậm.",
        (Lang.Vi, "i", true) => $"{element} không in nghiêng; quy định in nghiêng.",
        (Lang.Vi, "i", false) => $"{element} in nghiêng; quy định chữ đứng.",
        (Lang.Vi, "u", true) => $"{element} không gạch chân; quy định gạch chân.",
        (Lang.Vi, "u", false) => $"{element} gạch chân; quy định không gạch chân.",
        (Lang.Vi, "caps", true) => $"{element} không viết in hoa; quy định in hoa.",
        (_, "b", true) => $"{element} is not bold; the rule is bold.",
        (_, "b", false) => $"{element} is bold; the rule is not bold.",
        (_, "i", true) => $"{element} is not italic; the rule is italic.",
        (_, "i", false) => $"{element} is italic; the rule is upright.",
        (_, "u", true) => $"{element} is not underlined; the rule is underlined.",
        (_, "u", false) => $"{element} is underlined; the rule is not underlined.",
        _ => $"{element} is not in capitals; the rule is capitals.",
    };

    public static string NotCentered(string element, Lang l) => l == Lang.Vi
        ? $"{element} không căn giữa; quy định căn giữa."
        : $"{element} is not centred; the rule is centred.";

    public static string Missing(string what, Lang l) => l == Lang.Vi ? $"Thiếu {what}; quy định văn bản có thành phần này." : $"Missing: {what}.";

    public static string MottoMissing(string text, Lang l) => l == Lang.Vi
        ? $"Thiếu dòng “{text}”; quy định có dòng này ở góc phải trên trang đầu (Ô 1)."
        : $"The line “{text}” is missing from the top right of page 1 (Ô 1).";

    public static string UnderMottoMissing(Lang l) => l == Lang.Vi
        ? "Thiếu đường kẻ ngang dưới Quốc hiệu/tiêu đề; quy định có đường kẻ dài bằng dòng chữ trên."
        : "No line under the motto/heading (as long as the text above it).";

    public static string UnderIssuerMissing(string expected, Lang l) => (l, expected) switch
    {
        (Lang.Vi, "gach") => "Thiếu đường kẻ ngang dưới tên cơ quan ban hành; quy định có đường kẻ dài 1/3–1/2 dòng chữ.",
        (Lang.Vi, _) => $"Thiếu dấu “{expected}” dưới tên cơ quan ban hành; quy định có dấu “{expected}”.",
        (_, "gach") => "No line under the issuing organ (1/3–1/2 of its length).",
        _ => $"No “{expected}” under the issuing organ.",
    };

    public static string UnderIssuerKind(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Dưới tên cơ quan ban hành là {(found == "gach" ? "đường kẻ" : $"“{found}”")}; thể thức này dùng {(expected == "gach" ? "đường kẻ ngang" : $"“{expected}”")}."
        : $"Under the issuing organ is {(found == "gach" ? "a line" : $"“{found}”")}; this profile uses {(expected == "gach" ? "a line" : $"“{expected}”")}.";

    public static string NumberForm(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Số, ký hiệu viết “{found}”; đúng thể thức là “{expected}”."
        : $"The number is written “{found}”; the profile writes “{expected}”.";

    public static string SymbolForm(string symbol, string example, Lang l) => l == Lang.Vi
        ? $"Ký hiệu “{symbol}” không đúng dạng của thể thức này (ví dụ {example})."
        : $"The symbol “{symbol}” does not have this profile's form (e.g. {example}).";

    public static string DateForm(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Ngày tháng viết “{found}”; đúng thể thức là “{expected}” (ngày dưới 10 và tháng 1, 2 thêm số 0; các tháng khác không)."
        : $"The date is written “{found}”; the rule writes “{expected}” (days below 10 and months 1 and 2 get a leading 0, other months do not).";

    public static string Font(string font, int count, string expected, Lang l) => l == Lang.Vi
        ? $"Dùng phông “{font}” ở {count} đoạn; quy định phông {expected} (Unicode, TCVN 6909:2001)."
        : $"The font “{font}” is used in {count} paragraph(s); the rule is {expected} (Unicode, TCVN 6909:2001).";

    public static string LegacyText(string note, Lang l) => l == Lang.Vi
        ? $"Văn bản gõ bằng bảng mã cũ, không phải Unicode ({note}); quy định Unicode TCVN 6909:2001."
        : $"The document is typed in a legacy encoding, not Unicode ({note}); the rule is Unicode TCVN 6909:2001.";

    public static string PageSize(double w, double h, Lang l) => l == Lang.Vi
        ? $"Khổ giấy {N(w)} × {N(h)} mm; quy định khổ A4 (210 × 297 mm)."
        : $"The page is {N(w)} × {N(h)} mm; the rule is A4 (210 × 297 mm).";

    public static string Landscape(Lang l) => l == Lang.Vi
        ? "Trang nằm ngang nhưng không chứa bảng; quy định trình bày theo chiều dài trang A4 (chỉ bảng, biểu mới được trình bày theo chiều rộng)."
        : "The page is landscape without a table; the rule is portrait (landscape only for tables).";

    public static string Margin(string side, double found, double min, double max, Lang l)
    {
        var name = (side, l) switch
        {
            ("tren", Lang.Vi) => "Lề trên", ("duoi", Lang.Vi) => "Lề dưới", ("trai", Lang.Vi) => "Lề trái", ("phai", Lang.Vi) => "Lề phải",
            ("tren", _) => "Top margin", ("duoi", _) => "Bottom margin", ("trai", _) => "Left margin", _ => "Right margin",
        };
        return l == Lang.Vi ? $"{name} {N(found)} mm; quy định {Range(min, max)} mm." : $"{name} is {N(found)} mm; the rule is {Range(min, max)} mm.";
    }

    public static string PageNumberMissing(Lang l) => l == Lang.Vi
        ? "Văn bản nhiều trang nhưng không đánh số trang; quy định đánh số trang ở giữa lề trên, không hiện ở trang đầu."
        : "The document has several pages but no page numbers; the rule is centred in the top margin, hidden on page 1.";

    public static string PageNumberInFooter(Lang l) => l == Lang.Vi
        ? "Số trang đặt ở chân trang; quy định đặt ở giữa lề trên (đầu trang)."
        : "Page numbers are in the footer; the rule is centred in the top margin (the header).";

    public static string PageNumberNotCentered(Lang l) => l == Lang.Vi
        ? "Số trang không căn giữa; quy định ở giữa lề trên."
        : "Page numbers are not centred; the rule is centred in the top margin.";

    public static string PageNumberOnFirstPage(Lang l) => l == Lang.Vi
        ? "Số trang hiện ở trang đầu; quy định không hiện số trang ở trang thứ nhất."
        : "The page number shows on page 1; the rule hides it on the first page.";

    public static string NotJustified(string element, int count, Lang l) => l == Lang.Vi
        ? $"{count} đoạn {element} không căn đều hai lề; quy định căn đều hai lề."
        : $"{count} {element} paragraph(s) are not justified; the rule is justified.";

    public static string Indent(double found, double min, double max, Lang l) => l == Lang.Vi
        ? $"Thụt đầu dòng {N(found)} cm; quy định {Range(min, max)} cm."
        : $"First-line indent is {N(found)} cm; the rule is {Range(min, max)} cm.";

    public static string ParagraphSpacing(double found, double min, Lang l) => l == Lang.Vi
        ? $"Khoảng cách giữa các đoạn {N(found)} pt; quy định tối thiểu {N(min)} pt."
        : $"Space between paragraphs is {N(found)} pt; the rule is at least {N(min)} pt.";

    public static string LineSpacing(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Khoảng cách dòng {found}; quy định {expected}."
        : $"Line spacing is {found}; the rule is {expected}.";

    public static string Lines(double lines, Lang l) => l == Lang.Vi ? $"{N(lines)} dòng" : $"{N(lines)} lines";
    public static string Exactly(double pt, Lang l) => l == Lang.Vi ? $"chính xác {N(pt)} pt" : $"exactly {N(pt)} pt";
    public static string LinesRange(double min, double max, Lang l) => l == Lang.Vi ? $"từ {N(min)} đến {N(max)} dòng" : $"{N(min)} to {N(max)} lines";
    public static string ExactRange(double min, double max, Lang l) => l == Lang.Vi ? $"chính xác {Range(min, max)} pt" : $"exactly {Range(min, max)} pt";

    public static string Numbering(string detail, Lang l) => l == Lang.Vi
        ? $"Đánh số mục sai thứ tự (trùng hoặc nhảy cóc): {detail}."
        : $"Section numbers out of order (repeated or skipped): {detail}.";

    public static string NumberingScheme(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Đánh số các cấp mục “{found}”; thể thức này đánh số “{expected}”."
        : $"Sections are numbered “{found}”; this profile numbers them “{expected}”.";

    public static string EndMark(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Nội dung văn bản kết thúc bằng “{found}”; quy định kết thúc bằng “{expected}”."
        : $"The body ends with “{found}”; the rule is to end it with “{expected}”.";

    public static string BasisEnd(Lang l) => l == Lang.Vi
        ? "Dấu cuối căn cứ chưa đúng; quy định mỗi căn cứ kết thúc bằng dấu “;”, căn cứ cuối cùng bằng dấu “.”."
        : "Each legal basis ends with “;” and the last one with “.”.";

    public static string LabelText(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Viết “{found}”; quy định “{expected}”."
        : $"Written “{found}”; the rule is “{expected}”.";

    public static string RecipientsMissing(Lang l) => l == Lang.Vi ? "Thiếu phần “Nơi nhận:”; quy định có nơi nhận (Ô 9b)." : "The “Nơi nhận:” block (Ô 9b) is missing.";

    public static string RecipientPrefix(string prefix, Lang l) => l == Lang.Vi
        ? $"Dòng nơi nhận không bắt đầu bằng “{prefix.Trim()}”; quy định mỗi dòng bắt đầu bằng “{prefix.Trim()}”."
        : $"The recipient line does not start with “{prefix.Trim()}”.";

    public static string RecipientEnd(string found, string end, Lang l) => l == Lang.Vi
        ? $"Dòng nơi nhận kết thúc bằng “{found}”; quy định mỗi dòng kết thúc bằng dấu “{end}”, dòng cuối bằng dấu “.”."
        : $"The recipient line ends with “{found}”; the rule ends each line with “{end}” and the last with “.”.";

    public static string ArchiveLine(string found, string expected, Lang l) => l == Lang.Vi
        ? $"Dòng lưu viết “{found}”; đúng thể thức là dạng “{expected}”."
        : $"The archive line is “{found}”; the profile's form is “{expected}”.";

    public static string ArchiveMissing(string expected, Lang l) => l == Lang.Vi
        ? $"Thiếu dòng lưu; quy định dòng cuối của nơi nhận là “{expected}”."
        : $"No archive line; the rule ends the recipients with “{expected}”.";

    public static string AuthorityPrefix(string found, string allowed, Lang l) => l == Lang.Vi
        ? $"Quyền hạn ký viết “{found}”; thể thức này viết {allowed}."
        : $"The signing authority is written “{found}”; this profile writes {allowed}.";

    public static string SignatureMissing(Lang l) => l == Lang.Vi ? "Thiếu chữ ký; quy định có quyền hạn, chức vụ và họ tên người ký (Ô 7)." : "The signature block (Ô 7) is missing.";

    public static string AnnexReferenceMissing(Lang l) => l == Lang.Vi
        ? "Phụ lục thiếu dòng “(Kèm theo … số … ngày … của …)”; quy định có dòng này dưới tên phụ lục."
        : "The annex lacks the “(Kèm theo … số … ngày … của …)” line under its title.";

    public static string LetterSubjectMissing(Lang l) => l == Lang.Vi
        ? "Công văn thiếu trích yếu; quy định có dòng “V/v …” dưới số, ký hiệu."
        : "The letter has no “V/v …” subject under its number.";

    public static string SalutationMissing(Lang l) => l == Lang.Vi ? "Công văn thiếu dòng “Kính gửi:”; quy định công văn ghi nơi nhận sau “Kính gửi:”." : "The letter has no “Kính gửi:” line.";

    public static string Summary(int count, Lang l) => l == Lang.Vi
        ? (count == 0 ? "Không có điểm nào sai thể thức." : $"{count} điểm chưa đúng thể thức.")
        : (count == 0 ? "No deviations from the profile." : $"{count} deviation(s) from the profile.");

    public static string Heading(string file, string type, string profile, string reason, Lang l) => l == Lang.Vi
        ? $"{file}: {type}, thể thức “{profile}” ({reason})"
        : $"{file}: {type}, profile '{profile}' ({reason})";
}
