using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Builds the target annex (phụ lục chỉ tiêu) as an <see cref="AnnexTable"/> that both the DOCX
/// and the XLSX writer lay out: "Phụ lục", the title in capitals, "(Kèm theo Kế hoạch số ...)"
/// with the clerk's blanks kept when the plan has no số/ngày yet (NĐ 30 III.1), then the table in
/// the layout the data asks for (one column per unit, or one row per unit).
/// </summary>
public static class AnnexBuilder
{
    public const string DefaultTitle = "Chỉ tiêu và phân bổ chỉ tiêu cho các đơn vị";

    /// <summary>A plan that allocates to no one (a commune's own plan) lists its targets only.</summary>
    public const string DefaultTitleWithoutUnits = "Chỉ tiêu thực hiện";

    /// <summary>The plan's annex, or nothing when it has no targets.</summary>
    /// <param name="number">The profile's number style, so the reference cites the plan its way ("số 52-KH/TU" under dang).</param>
    public static IReadOnlyList<AnnexTable> Build(Plan plan, Profiles.NumberStyle? number = null)
    {
        if (plan.Targets is not { Targets.Count: > 0 } set) return [];
        var layout = set.Annex.Resolve(set.Units.Count);
        var table = layout == AnnexLayout.Columns ? AnnexColumnLayout.Build(set) : AnnexRowLayout.Build(set);
        return [table with
        {
            Label = "Phụ lục",
            Title = VietnameseText.Upper(set.Annex.Title ?? (set.Units.Count > 0 ? DefaultTitle : DefaultTitleWithoutUnits)),
            Reference = Reference(plan, number),
        }];
    }

    /// <summary>"(Kèm theo Kế hoạch số 321/KH-BTV ngày 08 tháng 6 năm 2021 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa)".</summary>
    public static string Reference(Plan plan, Profiles.NumberStyle? number = null)
    {
        var type = VietnameseText.UpperFirst(VietnameseText.Lower(plan.DocumentType));
        var cited = (number ?? new Profiles.NumberStyle()).Cite(plan.Number, plan.Symbol);
        return $"(Kèm theo {type} số {cited} {Nd30Date.Format(plan.Date, plan.EffectiveYear)} của {plan.Organ.FullName})";
    }
}

/// <summary>Cells for target values: text formatted the Vietnamese way, number kept for spreadsheets.</summary>
static class AnnexCells
{
    public static AnnexCell Value(TargetValue? value, bool flagged = false)
    {
        if (value is null) return new AnnexCell("");
        if (value.Number is not { } n) return new AnnexCell(value.Text ?? "", Flagged: flagged);
        return Number(n, KindOf(value), flagged);
    }

    public static AnnexCell Number(decimal n, AnnexNumberKind kind, bool flagged = false)
    {
        var decimals = Decimals(n);
        var text = kind == AnnexNumberKind.Percent ? VietnameseNumber.Percent(n) : VietnameseNumber.Number(n);
        return new AnnexCell(text, Flagged: flagged) { Number = n, Kind = kind, Decimals = decimals };
    }

    /// <summary>A live total: the SUM of <paramref name="ranges"/>, shown with its computed value.</summary>
    public static AnnexCell Sum(decimal computed, AnnexNumberKind kind, IReadOnlyList<AnnexRange> ranges, bool flagged) =>
        Number(computed, kind, flagged) with { SumOf = ranges };

    public static AnnexNumberKind KindOf(TargetValue v) => v.Kind switch
    {
        TargetValueKind.Integer => AnnexNumberKind.Count,
        TargetValueKind.Decimal => AnnexNumberKind.Decimal,
        TargetValueKind.Percent => AnnexNumberKind.Percent,
        _ => AnnexNumberKind.None,
    };

    /// <summary>The kind a target's column of numbers takes: decimal if any value has a fraction.</summary>
    public static AnnexNumberKind KindOf(Target t)
    {
        var kind = KindOf(t.Value);
        if (kind == AnnexNumberKind.Count && t.Allocations.Values.Any(a => a.Value.Kind == TargetValueKind.Decimal)) return AnnexNumberKind.Decimal;
        return kind;
    }

    static int Decimals(decimal n)
    {
        for (var d = 0; d < 2; d++) if (Math.Round(n, d) == n) return d;
        return 2;
    }

    /// <summary>What a unit's cell shows: its allocation; under a norm, the norm itself applies to every unit.</summary>
    public static TargetValue? UnitValue(Target t, SubordinateUnit u) =>
        t.Allocations.TryGetValue(u.Code, out var a) ? a.Value : t.Aggregation == Aggregation.Norm ? t.Value : null;

    /// <summary>Ghi chú for a flagged total: the stated figure next to what the units add up to, so nothing is hidden.</summary>
    public static string MismatchNote(Target t) =>
        $"Chỉ tiêu giao {Value(t.Value).Text}; các đơn vị cộng lại {VietnameseNumber.Number(t.AllocatedSum ?? 0)}";
}
