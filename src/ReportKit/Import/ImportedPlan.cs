namespace ReportKit.Import;

/// <summary>
/// A plan as the recogniser found it in a document, shaped like the plan file's keys
/// (docs/yaml-keys.md) so the YAML writer emits it in the documented order. Values are the
/// document's own words; <see cref="Unsure"/> says where the import had to guess, keyed by the
/// YAML key, and becomes comments in the written file.
/// </summary>
internal sealed record ImportedPlan
{
    public string Profile { get; init; } = "hoi";

    /// <summary>The lead organ; a "\n" in a name is a line break the header keeps.</summary>
    public string? Parent { get; init; }
    public string Issuer { get; init; } = "";
    public string? FullName { get; init; }

    /// <summary>The other organs of a co-issued plan, in header order.</summary>
    public IReadOnlyList<ImportedOrgan> JointOrgans { get; init; } = [];

    /// <summary>"DỰ THẢO" above the header: "" for the profile's mark, else the text as printed; null for none.</summary>
    public string? DraftMark { get; init; }

    /// <summary>Độ khẩn and độ mật stamps under the number, as printed.</summary>
    public string? Urgency { get; init; }
    public string? Secrecy { get; init; }
    public int? Number { get; init; }
    public string Symbol { get; init; } = "";
    public string Place { get; init; } = "";
    public DateOnly? Date { get; init; }
    public int? Year { get; init; }
    public string DocumentType { get; init; } = "KẾ HOẠCH";
    public string Subject { get; init; } = "";
    public IReadOnlyList<string> Bases { get; init; } = [];
    public ImportedOpening? Opening { get; init; }

    /// <summary>The opening as written, in light markup, when it is not the template's sentence.</summary>
    public string? OpeningText { get; init; }

    /// <summary>The body in the project's light markup (Markdown): headings, numbered and dash items, tables, footnotes.</summary>
    public string Body { get; init; } = "";

    /// <summary>The closing paragraph(s), in light markup; "" when the document has none (it ends with its table).</summary>
    public string? Closing { get; init; }

    public IReadOnlyList<(string Name, string? Note)> Recipients { get; init; } = [];
    public string? Archive { get; init; }

    /// <summary>The Lưu line as the document writes it, when it does not have the profile's form ("Lưu: MTTQ.").</summary>
    public string? ArchiveLine { get; init; }

    public IReadOnlyList<string> Authority { get; init; } = [];

    /// <summary>Chức vụ; null when the authority line names it ("Q. GIÁM ĐỐC").</summary>
    public string? Position { get; init; }
    public string SignerName { get; init; } = "";
    public string? OtherPosition { get; init; }

    /// <summary>The other signers of a co-signed plan, in the order of <see cref="JointOrgans"/>.</summary>
    public IReadOnlyList<ImportedSigner> CoSigners { get; init; } = [];

    /// <summary>Annexes after the signature, in plan-file form.</summary>
    public IReadOnlyList<ImportedAnnex> Annexes { get; init; } = [];

    /// <summary>Chỉ tiêu and đơn vị, read from a target annex; null when the plan has none.</summary>
    public Model.TargetSet? Targets { get; init; }

    /// <summary>The document's own numbering scheme when it differs from the profile's (danh_so).</summary>
    public IReadOnlyList<string>? Numbering { get; init; }

    /// <summary>YAML key → why the value is a guess (written as a comment above the key).</summary>
    public IReadOnlyDictionary<string, string> Unsure { get; init; } = new Dictionary<string, string>();
}

/// <summary>Mở đầu in the plan file's parts: "{thuc_hien}{phan_cach} {chu_the} {dong_tu} {xay_dung} {cuoi_cau}".</summary>
internal sealed record ImportedOpening(IReadOnlyList<string> Citations, string Separator, string Actor, string Builds)
{
    public string Verb { get; init; } = "xây dựng";
    public string Tail { get; init; } = "như sau:";
}

/// <summary>An organ of a co-issued plan.</summary>
internal sealed record ImportedOrgan(string? Parent, string Issuer, string? FullName = null);

/// <summary>A signature block.</summary>
internal sealed record ImportedSigner(IReadOnlyList<string> Authority, string? Position, string Name, string? OtherPosition = null);

/// <summary>
/// An annex after the signature, as the plan file's phu_luc item holds it: its own text
/// (<see cref="Text"/>) and a table annex (<see cref="Columns"/>, <see cref="Rows"/>), the plan's
/// targets (<see cref="Targets"/>), or nothing more (an annex of text only).
/// </summary>
internal sealed record ImportedAnnex(string? Title, string? Reference, bool Landscape, IReadOnlyList<ImportedColumn> Columns, IReadOnlyList<ImportedAnnexRow> Rows)
{
    /// <summary>The annex prints the plan's targets (loai: chi_tieu) in this layout; null for a table annex.</summary>
    internal Recognise.TargetAnnexReader.Result? Targets { get; init; }

    /// <summary>The annex's own text (noi_dung) in the body's light markup: paragraphs, headings, lists and tables above its table; null for none.</summary>
    public string? Text { get; init; }

    /// <summary>Notes under the table (ghi_chu), in light markup.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public double? TextSize { get; init; }

    /// <summary>Group rows carry the sums of their items (cong_nhom).</summary>
    public bool GroupSums { get; init; }

    /// <summary>The computed "Tổng cộng" row: "true" (last) or "dau" (under the header); null for none.</summary>
    public string? Total { get; init; }

    /// <summary>A "(1) (2) …" row under the header (so_cot).</summary>
    public bool ColumnNumbers { get; init; }

    /// <summary>The STT column does not count 1, 2, … in each group: its values are written as typed.</summary>
    public bool NumbersAsTyped { get; init; }
}

/// <summary>
/// A row of a table annex, one cell per column ("^" and "&lt;" for merged cells): an item, a group
/// row (<see cref="Group"/> its title, the cells its sums), or a total or subtotal written by hand
/// (<see cref="Total"/> its label).
/// </summary>
internal sealed record ImportedAnnexRow(IReadOnlyList<string> Cells, string? Group = null, string? Total = null, bool Subtotal = false);

/// <summary>A column of a table annex: its header, width, alignment, kind.</summary>
internal sealed record ImportedColumn(string Title, string Width, string? Align, string? Kind)
{
    /// <summary>Nhóm cột: the header cell above this column's, shared with its neighbours.</summary>
    public string? Group { get; init; }

    /// <summary>Cộng: the column's figures are summed in the group rows (cong_nhom).</summary>
    public bool Sum { get; init; }

    /// <summary>Mã, when a row written by column code (a total) needs it.</summary>
    public string? Key { get; init; }
}

/// <summary>What happened on the way in, for the user: each line names where in the input.</summary>
internal sealed record ImportReport
{
    /// <summary>What the reader converted (legacy encodings, NFD).</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];

    /// <summary>What the import corrected: numbering, punctuation forms the profile prints its own way.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>Input paragraphs that landed nowhere in the plan ("paragraph 57: '…' not placed").</summary>
    public IReadOnlyList<string> NotPlaced { get; init; } = [];

    /// <summary>Values the import could not find and filled with a guess (also commented in the YAML).</summary>
    public IReadOnlyList<string> Guesses { get; init; } = [];
}
