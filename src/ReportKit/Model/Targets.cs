namespace ReportKit.Model;

/// <summary>
/// Hệ thống chỉ tiêu: the plan's targets and the subordinate units they are allocated to. One set
/// feeds both the body (template) and the annexes that print it (<see cref="TargetAnnexSpec"/>),
/// so the two can never disagree.
/// </summary>
public sealed record TargetSet
{
    /// <summary>Chỉ tiêu, in the order the data gives.</summary>
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>Đơn vị cấp dưới, in the order the data gives (never re-sorted).</summary>
    public IReadOnlyList<SubordinateUnit> Units { get; init; } = [];

    /// <summary>Where the targets came from (the plan file or a workbook), for messages.</summary>
    public string? Source { get; init; }

    /// <summary>The target with this code (ma), or null.</summary>
    /// <param name="code">The target's code.</param>
    public Target? Find(string code) => Targets.FirstOrDefault(t => t.Code == code);

    /// <summary>Nhóm chỉ tiêu in order of first appearance; targets without a group form none.</summary>
    public IReadOnlyList<string> Groups => Targets.Select(t => t.Group).OfType<string>().Distinct().ToList();

    /// <summary>Nhóm đơn vị (cụm, phường/xã, ...) in order of first appearance.</summary>
    public IReadOnlyList<string> UnitGroups => Units.Select(u => u.Group).OfType<string>().Distinct().ToList();
}

/// <summary>Chỉ tiêu: one indicator with its total and its split among units.</summary>
public sealed record Target
{
    /// <summary>Mã: a short code the data refers to it by (e.g. "thoat_ngheo", "CT01").</summary>
    public required string Code { get; init; }

    /// <summary>Nhóm: the group title ("Về công tác tuyên truyền"); numbered I, II, ... in the annex.</summary>
    public string? Group { get; init; }

    /// <summary>Nội dung chỉ tiêu.</summary>
    public required string Content { get; init; }

    /// <summary>Đơn vị tính: hộ, người, %, mô hình, ...</summary>
    public string? Unit { get; init; }

    /// <summary>Chỉ tiêu giao: the total stated for the whole issuing level.</summary>
    public required TargetValue Value { get; init; }

    /// <summary>Quy tắc tổng hợp: how unit values relate to the total.</summary>
    public Aggregation Aggregation { get; init; } = Aggregation.Sum;

    /// <summary>Thời hạn: a year or a deadline in words ("2025", "Hằng năm").</summary>
    public string? Deadline { get; init; }

    /// <summary>Đơn vị chủ trì.</summary>
    public string? Lead { get; init; }

    /// <summary>Đơn vị phối hợp.</summary>
    public IReadOnlyList<string> Cooperating { get; init; } = [];

    /// <summary>Ghi chú.</summary>
    public string? Note { get; init; }

    /// <summary>Kết quả năm trước: optional, for comparison.</summary>
    public TargetValue? Previous { get; init; }

    /// <summary>Căn cứ đề xuất: shown only in the draft submitted to leaders.</summary>
    public string? Basis { get; init; }

    /// <summary>Phân bổ: unit code → value, only units that have one.</summary>
    public IReadOnlyDictionary<string, Allocation> Allocations { get; init; } = new Dictionary<string, Allocation>();

    /// <summary>Where the total was written, so a mismatch points at it.</summary>
    public SourceRef? Source { get; init; }

    /// <summary>Sum of the numeric allocations, or null when nothing numeric is allocated.</summary>
    public decimal? AllocatedSum
    {
        get
        {
            var numbers = Allocations.Values.Select(a => a.Value.Number).OfType<decimal>().ToList();
            return numbers.Count == 0 ? null : numbers.Sum();
        }
    }

    /// <summary>A <c>sum</c> target whose allocations do not add up to its total (never fixed, only reported).</summary>
    public bool IsMismatched =>
        Aggregation == Aggregation.Sum && Allocations.Count > 0 && Value.Number is { } total && AllocatedSum != total;
}

/// <summary>Phân bổ: one unit's share of a target, with where it was written.</summary>
public sealed record Allocation(TargetValue Value, SourceRef? Source = null);

/// <summary>Quy tắc tổng hợp.</summary>
public enum Aggregation
{
    /// <summary>Counts split among units; they must add up to the total.</summary>
    Sum,
    /// <summary>Tỷ lệ: each unit has its own rate; never summed.</summary>
    Rate,
    /// <summary>Định mức: the same norm for every unit ("mỗi cơ sở Hội ít nhất 01 mô hình").</summary>
    Norm,
    /// <summary>Not aggregated.</summary>
    None,
}

/// <summary>What a <see cref="TargetValue"/> holds.</summary>
public enum TargetValueKind
{
    /// <summary>A whole number (1.300).</summary>
    Integer,
    /// <summary>A number with decimals (8,5).</summary>
    Decimal,
    /// <summary>A rate in percent units (80 is 80%).</summary>
    Percent,
    /// <summary>Text printed as written ("≥ 90%").</summary>
    Text,
}

/// <summary>
/// A target's value: a number (percent values are in percent units: 80 means 80%) or a text
/// that passes through as written ("≥ 90%", "1-2 mô hình").
/// </summary>
public sealed record TargetValue(TargetValueKind Kind, decimal? Number, string? Text = null)
{
    /// <summary>A whole number.</summary>
    /// <param name="n">The number.</param>
    public static TargetValue Integer(decimal n) => new(TargetValueKind.Integer, n);

    /// <summary>A number with decimals.</summary>
    /// <param name="n">The number.</param>
    public static TargetValue Decimal(decimal n) => new(TargetValueKind.Decimal, n);

    /// <summary>A rate.</summary>
    /// <param name="n">In percent units: 80 for 80%.</param>
    public static TargetValue Percent(decimal n) => new(TargetValueKind.Percent, n);

    /// <summary>Text printed as written.</summary>
    /// <param name="text">The text ("≥ 90%", "1-2 mô hình").</param>
    public static TargetValue Of(string text) => new(TargetValueKind.Text, null, text);

    /// <summary>The value is a number (not text).</summary>
    public bool IsNumber => Number is not null;
}

/// <summary>Đơn vị cấp dưới: a commune, ward, district or branch that receives a share.</summary>
public sealed record SubordinateUnit
{
    /// <summary>Mã (mã ĐVHC or any short code).</summary>
    public required string Code { get; init; }

    /// <summary>Tên ("Phường Thục Phán", "Nha Trang").</summary>
    public required string Name { get; init; }

    /// <summary>Cấp: xã, phường, đặc khu, huyện, chi hội, ...</summary>
    public string? Level { get; init; }

    /// <summary>Nhóm: a grouping for subtotals (cụm, former district, phường vs xã).</summary>
    public string? Group { get; init; }
}


/// <summary>Bố cục: one column per unit, one row per unit, or a list of the targets with chosen columns.</summary>
public enum AnnexLayout
{
    /// <summary>Tự động: one column per unit up to <see cref="AnnexOptions.MaxColumns"/> units, one row per unit above.</summary>
    Auto,
    /// <summary>Cột: one column per unit.</summary>
    Columns,
    /// <summary>Dòng: one row per unit.</summary>
    Rows,
    /// <summary>Danh sách: one row per target, with the columns of <see cref="AnnexOptions.ListColumns"/>.</summary>
    List,
}

/// <summary>The target fields a list-layout annex can print, in the order of <see cref="AnnexOptions.ListColumns"/>.</summary>
public enum TargetField
{
    /// <summary>STT.</summary>
    RowNumber,
    /// <summary>Nội dung.</summary>
    Content,
    /// <summary>Đơn vị tính.</summary>
    Unit,
    /// <summary>Chỉ tiêu.</summary>
    Value,
    /// <summary>Kết quả năm trước.</summary>
    Previous,
    /// <summary>Đơn vị chủ trì.</summary>
    Lead,
    /// <summary>Đơn vị phối hợp.</summary>
    Cooperating,
    /// <summary>Thời hạn.</summary>
    Deadline,
    /// <summary>Ghi chú.</summary>
    Note,
    /// <summary>Căn cứ đề xuất.</summary>
    Basis,
}

/// <summary>Tùy chọn phụ lục chỉ tiêu (phu_luc: in the plan).</summary>
public sealed record AnnexOptions
{
    /// <summary>Bố cục: cot, dong, danh_sach or auto (cot up to <see cref="MaxColumns"/> units, dong above).</summary>
    public AnnexLayout Layout { get; init; } = AnnexLayout.Auto;

    /// <summary>Cột of the list layout (danh_sach): which target fields, in order.</summary>
    public IReadOnlyList<TargetField> ListColumns { get; init; } = DefaultListColumns;

    /// <summary>STT | Nội dung | Đơn vị tính | Chỉ tiêu | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn.</summary>
    public static readonly IReadOnlyList<TargetField> DefaultListColumns =
        [TargetField.RowNumber, TargetField.Content, TargetField.Unit, TargetField.Value, TargetField.Lead, TargetField.Cooperating, TargetField.Deadline];

    /// <summary>Cộng theo nhóm: subtotal rows per unit group (row layout).</summary>
    public bool Subtotals { get; init; }

    /// <summary>Dự thảo: adds the rightmost "Căn cứ đề xuất" column that the issued version omits.</summary>
    public bool Draft { get; init; }

    /// <summary>Dòng tổng đầu bảng (right under the header, as statistical tables do) instead of last.</summary>
    public bool TotalFirst { get; init; }

    /// <summary>Most units that still get one column each under <c>auto</c>.</summary>
    public const int MaxColumns = 12;

    internal AnnexLayout Resolve(int unitCount) =>
        Layout != AnnexLayout.Auto ? Layout : unitCount <= MaxColumns ? AnnexLayout.Columns : AnnexLayout.Rows;
}
