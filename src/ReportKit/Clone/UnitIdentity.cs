namespace ReportKit.Clone;

/// <summary>
/// Đơn vị nhận kế hoạch: a lower-level unit with everything its own plan needs besides the
/// parent's content — who issues it, where, who signs. Missing identity fields are left null
/// for the clone template to default (e.g. "Hội LHPN" + the unit's name).
/// </summary>
internal sealed record UnitIdentity
{
    /// <summary>Mã (mã ĐVHC or any code): stable, used to match allocations and to name files.</summary>
    public required string Code { get; init; }

    /// <summary>Tên: "Phường Thục Phán", "Huyện Hóc Môn".</summary>
    public required string Name { get; init; }

    /// <summary>Cấp: xã, phường, đặc khu, huyện, chi hội, ...</summary>
    public string? Level { get; init; }

    /// <summary>Nhóm: grouping for subtotals.</summary>
    public string? Group { get; init; }

    /// <summary>Cơ quan chủ quản of the unit's plan ("Hội LHPN phường Thục Phán").</summary>
    public string? Parent { get; init; }

    /// <summary>Cơ quan ban hành ("Ban Thường vụ", "Ban Chấp hành").</summary>
    public string? Issuer { get; init; }

    /// <summary>Tên đầy đủ in running text when it is not ban_hanh + chu_quan ("Ban Thường vụ Đảng ủy xã …"); only from a level table's mac_dinh.</summary>
    public string? FullName { get; init; }

    /// <summary>Ký hiệu of the unit's plan when it differs from the parent's (Party: "KH/TU" above, "KH/ĐU" below).</summary>
    public string? Symbol { get; init; }

    /// <summary>Địa danh for the date line.</summary>
    public string? Place { get; init; }

    public string? Authority { get; init; }
    public string? Position { get; init; }
    public string? SignerName { get; init; }

    /// <summary>Biến: unit-specific words for the child plan's template ("Hội LHPN 12 xã, thị trấn"), from bien.* columns.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the unit was read (file!sheet!row or file:line), for messages.</summary>
    public string? Source { get; init; }
}
