using YamlDotNet.Serialization;

namespace ReportKit.Profiles;

/// <summary>
/// Thể thức: every layout and wording rule that differs between document regimes (NĐ 30 state
/// and mass-organisation documents, HD 36 Party documents, Đoàn, ...). Profiles are data
/// (templates/profiles/*.yaml); the writer reads one and has no regime-specific branches.
/// Sizes are in points, lengths in millimetres.
/// </summary>
internal sealed class FormatProfile
{
    [YamlMember(Alias = "ten")] public string Name { get; set; } = "";
    [YamlMember(Alias = "mo_ta")] public string Description { get; set; } = "";
    [YamlMember(Alias = "trang")] public PageSetup Page { get; set; } = new();
    [YamlMember(Alias = "phong_chu")] public string Font { get; set; } = "Times New Roman";

    /// <summary>Tiêu đề / Quốc hiệu and Tiêu ngữ, top right, with a line under the last one as long as it.</summary>
    [YamlMember(Alias = "tieu_de")] public List<StyledLine> Motto { get; set; } = [];

    [YamlMember(Alias = "co_quan_chu_quan")] public TextStyle ParentOrgan { get; set; } = new() { Size = 13 };
    [YamlMember(Alias = "co_quan_ban_hanh")] public TextStyle IssuingOrgan { get; set; } = new() { Size = 13, Bold = true };

    /// <summary>Under the issuing organ: "gach" (a line 1/3–1/2 of the text) or literal text such as "*" or "***".</summary>
    [YamlMember(Alias = "duoi_co_quan")] public string UnderIssuer { get; set; } = "gach";

    [YamlMember(Alias = "so")] public NumberStyle Number { get; set; } = new();
    [YamlMember(Alias = "ngay")] public DateLineStyle DateLine { get; set; } = new() { Size = 14, Italic = true };
    [YamlMember(Alias = "ten_loai")] public TextStyle DocumentType { get; set; } = new() { Size = 14, Bold = true };
    [YamlMember(Alias = "trich_yeu")] public TextStyle Subject { get; set; } = new() { Size = 14, Bold = true };

    /// <summary>Under the trích yếu: "gach" (a drawn line) or literal text such as "-----".</summary>
    [YamlMember(Alias = "duoi_trich_yeu")] public string UnderSubject { get; set; } = "gach";

    [YamlMember(Alias = "can_cu")] public TextStyle Basis { get; set; } = new() { Size = 14, Italic = true };
    [YamlMember(Alias = "than")] public BodyStyle Body { get; set; } = new();

    /// <summary>Section number patterns per level ("I.", "1.", "1.1.", "a)"); see SectionNumbering.</summary>
    [YamlMember(Alias = "danh_so")] public List<string> Numbering { get; set; } = ["I.", "1.", "1.1.", "a)"];

    /// <summary>Heading emphasis per level (Mục in hoa đậm; Khoản đậm; ...).</summary>
    [YamlMember(Alias = "muc")] public List<TextStyle> Headings { get; set; } = [];

    [YamlMember(Alias = "gach_dau_dong")] public List<string> Bullets { get; set; } = ["-", "+"];

    /// <summary>What ends the body: "./." under NĐ 30.</summary>
    [YamlMember(Alias = "ket_thuc")] public string BodyEnd { get; set; } = "./.";

    [YamlMember(Alias = "noi_nhan")] public RecipientsStyle Recipients { get; set; } = new();
    [YamlMember(Alias = "chu_ky")] public SignatureStyle Signature { get; set; } = new();
    [YamlMember(Alias = "so_trang")] public TextStyle PageNumber { get; set; } = new() { Size = 14 };
    [YamlMember(Alias = "phu_luc")] public AnnexStyle Annex { get; set; } = new();

    /// <summary>Dự thảo: the mark a draft carries above its header.</summary>
    [YamlMember(Alias = "du_thao")] public DraftStyle Draft { get; set; } = new();

    /// <summary>Dấu chỉ độ mật, độ khẩn (Ô 10a, 10b): framed, upper case, under the number line.</summary>
    [YamlMember(Alias = "dau_chi_dan")] public TextStyle Stamp { get; set; } = new() { Size = 13, Bold = true };

    /// <summary>Checks that keep regimes from mixing (e.g. "TM." in a Party plan).</summary>
    [YamlMember(Alias = "kiem_tra")] public ProfileChecks Checks { get; set; } = new();

    /// <summary>What <c>reportgen check</c> accepts where the rule gives a range (the writer prints the single values above).</summary>
    [YamlMember(Alias = "kiem_tra_van_ban")] public DocumentCheckRanges DocumentCheck { get; set; } = new();

    public TextStyle HeadingStyle(int level) =>
        Headings.Count == 0 ? new TextStyle { Size = Body.Size, Bold = true } : Headings[Math.Min(level, Headings.Count) - 1];
}

internal sealed class PageSetup
{
    [YamlMember(Alias = "tren")] public double TopMm { get; set; } = 20;
    [YamlMember(Alias = "duoi")] public double BottomMm { get; set; } = 20;
    [YamlMember(Alias = "trai")] public double LeftMm { get; set; } = 30;
    [YamlMember(Alias = "phai")] public double RightMm { get; set; } = 15;
    [YamlMember(Alias = "dau_trang")] public double HeaderMm { get; set; } = 10;
}

internal class TextStyle
{
    [YamlMember(Alias = "co")] public double Size { get; set; } = 14;
    [YamlMember(Alias = "dam")] public bool Bold { get; set; }
    [YamlMember(Alias = "nghieng")] public bool Italic { get; set; }
    [YamlMember(Alias = "gach_chan")] public bool Underline { get; set; }
    [YamlMember(Alias = "in_hoa")] public bool Upper { get; set; }
}

/// <summary>
/// The place-and-date line (Ô 4): a text style and the smallest size the regime allows for it
/// (NĐ 30: 13–14), which the writer uses when the line would not fit on one line at <see cref="TextStyle.Size"/>.
/// </summary>
internal sealed class DateLineStyle : TextStyle
{
    /// <summary>The smallest allowed size; null allows only <see cref="TextStyle.Size"/>.</summary>
    [YamlMember(Alias = "co_toi_thieu")] public double? MinSize { get; set; }

    /// <summary>The sizes to try, largest first: <see cref="TextStyle.Size"/> down to <see cref="MinSize"/>, a point at a time.</summary>
    public IEnumerable<double> Sizes()
    {
        var min = Math.Min(MinSize ?? Size, Size);
        for (var s = Size; s > min - 1 + 0.001; s -= 1) yield return Math.Max(s, min);
    }
}

internal sealed class StyledLine
{
    [YamlMember(Alias = "chu")] public string Text { get; set; } = "";
    [YamlMember(Alias = "co")] public double Size { get; set; } = 13;
    [YamlMember(Alias = "dam")] public bool Bold { get; set; } = true;
    public TextStyle Style => new() { Size = Size, Bold = Bold };
}

internal sealed class NumberStyle
{
    /// <summary>"Số: {so}/{ky_hieu}" (NĐ 30) or "Số {so}-{ky_hieu}" (Party).</summary>
    [YamlMember(Alias = "mau")] public string Pattern { get; set; } = "Số: {so}/{ky_hieu}";
    /// <summary>How the plan's number is cited in running text and the annex reference: "{so}/{ky_hieu}" → "Kế hoạch số 321/KH-BTV"; Party "{so}-{ky_hieu}" → "số 52-KH/TU".</summary>
    [YamlMember(Alias = "trich_dan")] public string Citation { get; set; } = "{so}/{ky_hieu}";
    [YamlMember(Alias = "co")] public double Size { get; set; } = 13;
    /// <summary>Numbers below 10 get a leading zero ("05").</summary>
    [YamlMember(Alias = "them_so_0")] public bool PadBelowTen { get; set; } = true;
    /// <summary>What stands in for a number the clerk has not assigned.</summary>
    [YamlMember(Alias = "cho_trong")] public string Blank { get; set; } = "      ";

    /// <summary>The header's line: "Số: 321/KH-BTV", a draft "Số:       /KH-BTV", Party "Số 52-KH/TU".</summary>
    public string Line(int? number, string symbol) => Fill(Pattern, number, symbol);

    /// <summary>The number as other text cites it: "321/KH-BTV", Party "52-KH/TU"; a draft keeps the blank.</summary>
    public string Cite(int? number, string symbol) => Fill(Citation, number, symbol);

    string Fill(string pattern, int? number, string symbol)
    {
        var text = number is { } n ? (PadBelowTen && n < 10 ? "0" + n : n.ToString()) : Blank;
        return pattern.Replace("{so}", text).Replace("{ky_hieu}", symbol);
    }
}

internal sealed class BodyStyle
{
    [YamlMember(Alias = "co")] public double Size { get; set; } = 14;
    [YamlMember(Alias = "thut_dau_dong_cm")] public double FirstLineIndentCm { get; set; } = 1.27;
    [YamlMember(Alias = "cach_truoc_pt")] public double SpaceBeforePt { get; set; } = 6;
    [YamlMember(Alias = "cach_sau_pt")] public double SpaceAfterPt { get; set; } = 0;
    /// <summary>Line spacing in lines (1 to 1.5) when no exact value is set.</summary>
    [YamlMember(Alias = "gian_dong")] public double LineSpacing { get; set; } = 1.15;
    /// <summary>Exact line spacing in points (Party: 18); overrides gian_dong.</summary>
    [YamlMember(Alias = "gian_dong_chinh_xac_pt")] public double? ExactLineSpacingPt { get; set; }
}

internal sealed class RecipientsStyle
{
    [YamlMember(Alias = "nhan")] public string Label { get; set; } = "Nơi nhận:";
    [YamlMember(Alias = "kieu_nhan")] public TextStyle LabelStyle { get; set; } = new() { Size = 12, Bold = true, Italic = true };
    [YamlMember(Alias = "kieu_dong")] public TextStyle LineStyle { get; set; } = new() { Size = 11 };
    [YamlMember(Alias = "dau_dong")] public string LinePrefix { get; set; } = "- ";
    [YamlMember(Alias = "cuoi_dong")] public string LineEnd { get; set; } = ";";
    /// <summary>The last line, with {luu} for what follows; e.g. "Lưu: VT, {luu}.".</summary>
    [YamlMember(Alias = "dong_luu")] public string ArchiveLine { get; set; } = "Lưu: VT, {luu}.";
    /// <summary>The last line when the plan names nothing after VT.</summary>
    [YamlMember(Alias = "dong_luu_mac_dinh")] public string DefaultArchiveLine { get; set; } = "Lưu: VT.";
    /// <summary>A recipient's note ("(để báo cáo)") is printed in italics.</summary>
    [YamlMember(Alias = "ghi_chu_nghieng")] public bool ItalicNote { get; set; }
}

internal sealed class SignatureStyle
{
    [YamlMember(Alias = "quyen_han")] public TextStyle Authority { get; set; } = new() { Size = 14, Bold = true };
    [YamlMember(Alias = "chuc_vu")] public TextStyle Position { get; set; } = new() { Size = 14, Bold = true };
    [YamlMember(Alias = "ho_ten")] public TextStyle Name { get; set; } = new() { Size = 14, Bold = true };
    /// <summary>Empty lines left for the signature and seal.</summary>
    [YamlMember(Alias = "dong_trong")] public int BlankLines { get; set; } = 4;
    /// <summary>Authority prefixes this regime writes (TM., KT., Q., TL., TUQ.).</summary>
    [YamlMember(Alias = "tien_to")] public List<string> Prefixes { get; set; } = ["TM.", "KT.", "Q.", "TL.", "TUQ."];
    /// <summary>The signer's other position (Ô 7b, "TRƯỞNG BAN XÂY DỰNG ĐẢNG").</summary>
    [YamlMember(Alias = "chuc_vu_khac")] public TextStyle OtherPosition { get; set; } = new() { Size = 14, Bold = true };
    /// <summary>Where the other position goes: "tren_ten" (above the name, NĐ 30 Ô 7b) or "duoi_ten" (under it).</summary>
    [YamlMember(Alias = "vi_tri_chuc_vu_khac")] public string OtherPositionPlace { get; set; } = "tren_ten";
    public bool OtherPositionBelowName => OtherPositionPlace == "duoi_ten";
}

/// <summary>The draft mark: text, size, emphasis, and a single-line frame as NĐ 30 draws its marks.</summary>
internal sealed class DraftStyle
{
    [YamlMember(Alias = "chu")] public string Text { get; set; } = "DỰ THẢO";
    [YamlMember(Alias = "co")] public double Size { get; set; } = 13;
    [YamlMember(Alias = "dam")] public bool Bold { get; set; } = true;
    [YamlMember(Alias = "khung")] public bool Framed { get; set; } = true;
    public TextStyle Style => new() { Size = Size, Bold = Bold };
}

internal sealed class AnnexStyle
{
    /// <summary>"Phụ lục" numbering when there are several: "roman" (NĐ 30) or "arabic" (Party).</summary>
    [YamlMember(Alias = "danh_so")] public string Numbering { get; set; } = "roman";
    [YamlMember(Alias = "co_bang")] public double TableSize { get; set; } = 12;
    /// <summary>The label: "Phụ lục", then its number when there are several.</summary>
    [YamlMember(Alias = "nhan")] public string Label { get; set; } = "Phụ lục";
    /// <summary>Orientation an annex takes unless it says otherwise: "ngang" (landscape) or "doc" (portrait).</summary>
    [YamlMember(Alias = "huong")] public string Orientation { get; set; } = "ngang";
    /// <summary>What closes each annex (NĐ 30 Phụ lục III Mẫu 2.1: "./."); empty for nothing.</summary>
    [YamlMember(Alias = "ket_thuc")] public string End { get; set; } = "./.";

    /// <summary>"Phụ lục" for a single annex, "Phụ lục II" (or "Phụ lục 2") for the second of several.</summary>
    public string LabelFor(int index, int count) =>
        count <= 1 ? Label : $"{Label} {(Numbering == "arabic" ? (index + 1).ToString() : Text.VietnameseText.Roman(index + 1))}";
}

internal sealed class ProfileChecks
{
    /// <summary>Prefixes that belong to another regime and are refused here (e.g. "T/M" under NĐ 30).</summary>
    [YamlMember(Alias = "tien_to_cam")] public List<string> ForbiddenPrefixes { get; set; } = [];
    /// <summary>A regular expression the ký hiệu must match under this regime.</summary>
    [YamlMember(Alias = "ky_hieu")] public string? SymbolPattern { get; set; }
    /// <summary>Where the pattern was written, so a check that runs too long is reported there.</summary>
    [YamlIgnore] public Model.SourceRef? SymbolPatternAt { get; set; }
    /// <summary>Why the ký hiệu pattern exists, shown in the error.</summary>
    [YamlMember(Alias = "ky_hieu_vi_du")] public string? SymbolExample { get; set; }
    /// <summary>Words the plan's luu must not start with because dong_luu already writes them (e.g. "VT" under NĐ 30).</summary>
    [YamlMember(Alias = "luu_cam")] public List<string> ForbiddenArchiveStarts { get; set; } = [];
}

/// <summary>
/// Ranges a document may use where the regime's rule allows more than one value (NĐ 30: margins
/// 20–25 mm, Quốc hiệu 12–13 pt, body 13–14 pt, first-line indent 1–1.27 cm, line spacing single to
/// 1.5 lines). Each is [min, max]; a value left out is checked against the profile's own single
/// value. Sizes are keyed by the profile's element names (co_quan_chu_quan, so, ngay, than, ...).
/// </summary>
internal sealed class DocumentCheckRanges
{
    /// <summary>Margins in mm: tren, duoi, trai, phai → [min, max].</summary>
    [YamlMember(Alias = "le")] public Dictionary<string, List<double>> Margins { get; set; } = [];
    /// <summary>Font sizes in pt by element → [min, max].</summary>
    [YamlMember(Alias = "co_chu")] public Dictionary<string, List<double>> Sizes { get; set; } = [];
    /// <summary>Sizes of the tiêu đề lines, in order → [min, max] each.</summary>
    [YamlMember(Alias = "tieu_de")] public List<List<double>> MottoSizes { get; set; } = [];
    [YamlMember(Alias = "thut_dau_dong_cm")] public List<double>? FirstLineIndentCm { get; set; }
    /// <summary>Line spacing in lines when the profile spaces by lines.</summary>
    [YamlMember(Alias = "gian_dong")] public List<double>? LineSpacing { get; set; }
    /// <summary>Exact line spacing in points when the profile spaces exactly.</summary>
    [YamlMember(Alias = "gian_dong_chinh_xac_pt")] public List<double>? ExactLineSpacingPt { get; set; }
    /// <summary>Least space between paragraphs (before + after), in points.</summary>
    [YamlMember(Alias = "cach_doan_toi_thieu_pt")] public double? MinParagraphSpacingPt { get; set; }
    /// <summary>Section number patterns the regime also accepts beside the profile's (Party practice writes "I-", "1-" as well as "I.", "1.").</summary>
    [YamlMember(Alias = "danh_so_cho_phep")] public List<string> AcceptedNumbering { get; set; } = [];

    /// <summary>Công văn: size of the "V/v" trích yếu under the number.</summary>
    [YamlMember(Alias = "cong_van_trich_yeu")] public List<double>? LetterSubjectSize { get; set; }

    /// <summary>The accepted range for <paramref name="key"/>, else the profile's value with a half-point tolerance.</summary>
    public (double Min, double Max) Size(string key, double profileValue) =>
        Sizes.TryGetValue(key, out var r) && r.Count == 2 ? (r[0], r[1]) : (profileValue, profileValue);
}
