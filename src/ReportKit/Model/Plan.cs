namespace ReportKit.Model;

/// <summary>Kế hoạch: one plan, as typed and validated data. Every string is NFC.</summary>
public sealed record Plan
{
    /// <summary>Thể thức: the format profile's name (hoi, nha-nuoc, dang, ...).</summary>
    public string Profile { get; init; } = "hoi";

    /// <summary>Where the_thuc was written (null when the default applies).</summary>
    public SourceRef? ProfileAt { get; init; }

    /// <summary>Mẫu: the Scriban template that holds the wording (name under templates/ or a path).</summary>
    public string Template { get; init; } = "ke-hoach";

    /// <summary>Where mau was written (null when the default applies).</summary>
    public SourceRef? TemplateAt { get; init; }

    /// <summary>Cơ quan ban hành: the issuing organ; in a co-issued (liên tịch) plan, the lead organ.</summary>
    public required Organ Organ { get; init; }

    /// <summary>Where co_quan was written, so an organ name that cannot be laid out is reported there.</summary>
    public SourceRef? OrganAt { get; init; }

    /// <summary>Cơ quan liên tịch: the other organs of a co-issued plan, in header order after <see cref="Organ"/>; empty otherwise.</summary>
    public IReadOnlyList<Organ> JointOrgans { get; init; } = [];

    /// <summary>Every issuing organ, the lead first.</summary>
    public IReadOnlyList<Organ> Organs => [Organ, .. JointOrgans];

    /// <summary>Dự thảo: set while the plan is a draft for the leaders; the mark is printed above the header.</summary>
    public DraftMark? Draft { get; init; }

    /// <summary>Độ khẩn (NĐ 30 Ô 10b): "KHẨN", "THƯỢNG KHẨN" or "HỎA TỐC"; null when not urgent.</summary>
    public string? Urgency { get; init; }

    /// <summary>Độ mật (NĐ 30 Ô 10a): "MẬT", "TỐI MẬT" or "TUYỆT MẬT"; null when not classified.</summary>
    public string? Secrecy { get; init; }

    /// <summary>Số: null while the clerk has not numbered it ("Số:      /KH-BTV").</summary>
    public int? Number { get; init; }

    /// <summary>Ký hiệu, e.g. KH-BTV.</summary>
    public required string Symbol { get; init; }

    /// <summary>Where ký hiệu was written, so per-profile checks can point at it.</summary>
    public SourceRef? SymbolAt { get; init; }

    /// <summary>Địa danh in the date line.</summary>
    public required string Place { get; init; }

    /// <summary>Where dia_danh was written, so a header that cannot hold it on one line is reported there.</summary>
    public SourceRef? PlaceAt { get; init; }

    /// <summary>Ngày ban hành; null leaves "ngày     tháng     năm" blank for the clerk.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Năm: the year printed when the date is blank.</summary>
    public int? Year { get; init; }

    /// <summary>Tên loại văn bản.</summary>
    public string DocumentType { get; init; } = "KẾ HOẠCH";

    /// <summary>Trích yếu nội dung.</summary>
    public required string Subject { get; init; }

    /// <summary>Căn cứ: italic basis lines under the title.</summary>
    public IReadOnlyList<string> Bases { get; init; } = [];

    /// <summary>Mở đầu: the opening sentence's parts ("Thực hiện ..., Ban Thường vụ ... xây dựng Kế hoạch ... như sau:").</summary>
    public Opening? Opening { get; init; }

    /// <summary>Mở đầu tự do: the opening as written, in light markup (several paragraphs, "Căn cứ ..." upright or *italic*); set instead of <see cref="Opening"/>.</summary>
    public TextSource? OpeningText { get; init; }

    /// <summary>Nội dung: the body in light markup (Markdown); section numbers are computed, never typed.</summary>
    public required TextSource Body { get; init; }

    /// <summary>
    /// Kết luận: the closing paragraph ("Trên đây là Kế hoạch ..."). Null lets the template word it;
    /// an empty text means the plan has none (a plan that ends with its schedule table).
    /// </summary>
    public TextSource? Closing { get; init; }

    /// <summary>Nơi nhận.</summary>
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    /// <summary>"Lưu: VT, ..." — what follows "VT" on the last Nơi nhận line (drafting unit, copies).</summary>
    public string? Archive { get; init; }

    /// <summary>Where luu was written.</summary>
    public SourceRef? ArchiveAt { get; init; }

    /// <summary>
    /// Dòng lưu as the organ writes it ("Lưu: MTTQ.", "Lưu Ban xây dựng Đảng."), printed as written
    /// instead of the profile's form; null uses the profile's form with <see cref="Archive"/>.
    /// </summary>
    public string? ArchiveLine { get; init; }

    /// <summary>Where the written Lưu line came from (dong_luu, or the last noi_nhan item).</summary>
    public SourceRef? ArchiveLineAt { get; init; }

    /// <summary>Người ký; in a co-signed plan, the lead organ's signer.</summary>
    public required Signer Signer { get; init; }

    /// <summary>Người cùng ký: the other signers of a co-signed plan, in the order of <see cref="JointOrgans"/>.</summary>
    public IReadOnlyList<Signer> CoSigners { get; init; } = [];

    /// <summary>Every signer, the lead first.</summary>
    public IReadOnlyList<Signer> Signers => [Signer, .. CoSigners];

    /// <summary>Danh số: numbering patterns per heading level, overriding the profile's (e.g. I., 1., 1.1., 1.1.1., a)).</summary>
    public IReadOnlyList<string>? Numbering { get; init; }

    /// <summary>Free values the template may use (biến), e.g. a year or a parent plan's name.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>();

    /// <summary>Chỉ tiêu: targets and their allocation to subordinate units; null when the plan has none.</summary>
    public TargetSet? Targets { get; init; }

    /// <summary>
    /// Phụ lục: the annexes in print order (Phụ lục I, II, ...). Null when the plan lists none: a
    /// plan with targets then gets the target annex with default options.
    /// </summary>
    public IReadOnlyList<AnnexSpec>? Annexes { get; init; }

    /// <summary>Where this plan was read from; relative template and data paths resolve against it.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The plan's year: its date's, or <see cref="Year"/> for a draft.</summary>
    public int? EffectiveYear => Date?.Year ?? Year;
}

/// <summary>
/// Cơ quan: the issuing organ and its parent. A "\n" in either name is a line break the header
/// keeps ("Ủy ban MTTQ Việt Nam\nxã Lương Minh" prints on two lines: a three-level header).
/// </summary>
public sealed record Organ
{
    /// <summary>Cơ quan chủ quản (e.g. "Hội LHPN tỉnh Khánh Hòa"); may be empty for top-level organs.</summary>
    public string? Parent { get; init; }

    /// <summary>Cơ quan ban hành (e.g. "Ban Thường vụ").</summary>
    public required string Issuer { get; init; }

    /// <summary>Full name used in running text ("Ban Thường vụ Hội LHPN tỉnh Khánh Hòa").</summary>
    public string FullName => string.IsNullOrEmpty(FullNameOverride)
        ? OneLine(Parent is { Length: > 0 } p ? $"{Issuer} {p}" : Issuer)
        : FullNameOverride;

    /// <summary>Tên đầy đủ as written (ten_day_du); null lets <see cref="FullName"/> join the issuer and the parent.</summary>
    public string? FullNameOverride { get; init; }

    static string OneLine(string s) => string.Join(' ', s.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Dự thảo: the plan is a draft; <see cref="Label"/> replaces the profile's mark ("DỰ THẢO LẦN 2").</summary>
public sealed record DraftMark(string? Label = null);

/// <summary>Mở đầu: the cited documents and who builds the plan.</summary>
public sealed record Opening
{
    /// <summary>Each cited document with its verb ("Thực hiện Kế hoạch số 305-KH/TU ...").</summary>
    public IReadOnlyList<string> Citations { get; init; } = [];

    /// <summary>Chủ thể: who builds the plan ("Ban Thường vụ Hội LHPN tỉnh").</summary>
    public required string Actor { get; init; }

    /// <summary>Xây dựng: what is built ("Kế hoạch triển khai ... với các nội dung cụ thể").</summary>
    public required string Builds { get; init; }

    /// <summary>Separator between the citations and the actor: "," in most plans, ";" in some.</summary>
    public string Separator { get; init; } = ",";

    /// <summary>Động từ: what the actor does with the plan: "xây dựng" (default), "ban hành".</summary>
    public string Verb { get; init; } = "xây dựng";

    /// <summary>Cuối câu: how the sentence ends: "như sau:" (default), "cụ thể như sau:", "với những nội dung sau:".</summary>
    public string Tail { get; init; } = "như sau:";
}


/// <summary>Text with the place it came from, so template errors point into the plan file.</summary>
public sealed record TextSource(string Text, string? File = null, int Line = 1, int Column = 1);

/// <summary>Nơi nhận: one recipient line.</summary>
public sealed record Recipient(string Name, string? Note = null);

/// <summary>Người ký: the signature block (Ô 7a–7c).</summary>
public sealed record Signer
{
    /// <summary>Quyền hạn: authority lines, e.g. ["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"].</summary>
    public IReadOnlyList<string> Authority { get; init; } = [];

    /// <summary>Where each authority line was written (same order as <see cref="Authority"/>).</summary>
    public IReadOnlyList<SourceRef> AuthorityAt { get; init; } = [];

    /// <summary>Chức vụ: the position line ("CHỦ TỊCH", "PHÓ CHỦ TỊCH"); null when the authority line names it ("Q. GIÁM ĐỐC").</summary>
    public string? Position { get; init; }

    /// <summary>Where chức vụ was written.</summary>
    public SourceRef? PositionAt { get; init; }

    /// <summary>Họ tên: the signer's name, without titles or degrees.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Chức vụ khác (NĐ 30 Ô 7b): the signer's position in the organ when signing for an advisory
    /// body ("TRƯỞNG BAN XÂY DỰNG ĐẢNG"); the profile places it above or under the name.
    /// </summary>
    public string? OtherPosition { get; init; }
}
