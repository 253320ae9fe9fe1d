namespace ReportKit.Model;

/// <summary>Hướng trang: portrait (dọc) or landscape (ngang).</summary>
public enum PageOrientation
{
    /// <summary>Dọc.</summary>
    Portrait,
    /// <summary>Ngang.</summary>
    Landscape,
}

/// <summary>Căn lề of a table column or cell.</summary>
public enum CellAlign
{
    /// <summary>Giữa.</summary>
    Center,
    /// <summary>Trái.</summary>
    Left,
    /// <summary>Phải.</summary>
    Right,
    /// <summary>Đều (justified).</summary>
    Justify,
}

/// <summary>
/// Độ rộng cột: a relative share (the columns without a fixed width share what is left, in
/// proportion) or a fixed width in centimetres.
/// </summary>
public readonly record struct ColumnWidth(double Value, bool IsCm)
{
    /// <summary>A share of the width the fixed columns leave (3 beside 1 is three times as wide).</summary>
    /// <param name="share">The share, above 0.</param>
    public static ColumnWidth Relative(double share) => new(share, false);

    /// <summary>A fixed width.</summary>
    /// <param name="cm">The width in centimetres.</param>
    public static ColumnWidth Centimetres(double cm) => new(cm, true);

    /// <summary>As written in a plan: "3" or "2.5cm".</summary>
    public override string ToString() => IsCm ? $"{Value}cm" : $"{Value}";

    static readonly System.Text.RegularExpressions.Regex Fixed = new(@"^(\d+([.,]\d+)?)\s*(cm|mm)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>"3" or "1,5" (a share, up to 1000), "2,5cm" or "25mm" (fixed, up to 100 cm); null when it is neither or not above 0.</summary>
    public static ColumnWidth? Parse(string text)
    {
        var t = text.Trim();
        var m = Fixed.Match(t);
        double v;
        if (m.Success)
        {
            v = double.Parse(m.Groups[1].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
            if (m.Groups[3].Value.Equals("mm", StringComparison.OrdinalIgnoreCase)) v /= 10;
            // No page is a metre wide: a larger width is a typo, and would overflow the twips.
            return v is > 0 and <= 100 ? Centimetres(v) : null;
        }
        return double.TryParse(t.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out v) && v is > 0 and <= 1000
            ? Relative(v) : null;
    }
}

/// <summary>How alignments are written: trai, giua, phai, deu (or left, center, right, justify).</summary>
internal static class CellAligns
{
    public static CellAlign? Parse(string text) => Text.VietnameseText.Slug(text) switch
    {
        "trai" or "left" => CellAlign.Left,
        "giua" or "center" or "centre" => CellAlign.Center,
        "phai" or "right" => CellAlign.Right,
        "deu" or "justify" or "can-deu" => CellAlign.Justify,
        _ => null,
    };
}

/// <summary>
/// Phụ lục: one annex as the plan states it. Annexes print after the signature, each in its own
/// section (orientation, page numbers restarting at 1), labelled "Phụ lục" when alone and
/// "Phụ lục I", "Phụ lục II", ... (the profile's numbering) when there are several.
/// </summary>
public abstract record AnnexSpec
{
    /// <summary>Tên phụ lục, printed in capitals; null takes the kind's default.</summary>
    public string? Title { get; init; }

    /// <summary>The "(Kèm theo ...)" line as written; null words it from the plan's number, date and organ.</summary>
    public string? Reference { get; init; }

    /// <summary>Hướng: null takes the profile's (phu_luc.huong).</summary>
    public PageOrientation? Orientation { get; init; }

    /// <summary>
    /// Nội dung: the annex's own text in the body's light markup (headings, paragraphs, lists,
    /// pipe tables), printed under the "(Kèm theo ...)" line and above the annex's table when it
    /// has one; null for none. Not a template: what is written is printed.
    /// </summary>
    public TextSource? Content { get; init; }

    /// <summary>Ghi chú: paragraphs printed under the table (light markup), the annex's "./." after the last.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Cỡ chữ of the table in pt; null takes the profile's (phu_luc.co_bang), or shrinks a wide target annex to fit.</summary>
    public double? FontSize { get; init; }

    /// <summary>Where the annex was written in the plan, for messages.</summary>
    public SourceRef? At { get; init; }
}

/// <summary>
/// Phụ lục văn bản: an annex that is text only — a list of what to propagate, a schedule in
/// paragraphs, several tables written in the text — its <see cref="AnnexSpec.Content"/> and nothing else.
/// </summary>
public sealed record TextAnnexSpec : AnnexSpec;

/// <summary>Phụ lục chỉ tiêu: the plan's targets laid out as <see cref="Options"/> says (one column or one row per unit, or a list of targets).</summary>
public sealed record TargetAnnexSpec : AnnexSpec
{
    /// <summary>How the targets are laid out (phu_luc: bo_cuc, cot, cong_nhom, ...).</summary>
    public AnnexOptions Options { get; init; } = new();

    /// <summary>The title of a target annex that allocates to units, when the plan gives none.</summary>
    public const string DefaultTitle = "Chỉ tiêu và phân bổ chỉ tiêu cho các đơn vị";

    /// <summary>A plan that allocates to no one (a commune's own plan) lists its targets only.</summary>
    public const string DefaultTitleWithoutUnits = "Chỉ tiêu thực hiện";

    /// <summary>The title as written, or the default for a plan with or without units to allocate to.</summary>
    public string TitleFor(TargetSet set) => Title ?? (set.Units.Count > 0 ? DefaultTitle : DefaultTitleWithoutUnits);
}

internal static class PlanAnnexes
{
    /// <summary>
    /// The annexes that print, in order: the plan's phu_luc, or the target annex of a plan with
    /// targets and no phu_luc; a target annex of a plan without targets prints nothing.
    /// </summary>
    public static IReadOnlyList<AnnexSpec> Printed(this Plan plan)
    {
        var specs = plan.Annexes ?? (plan.Targets is { Targets.Count: > 0 } ? [new TargetAnnexSpec()] : []);
        return specs.Where(s => s is not TargetAnnexSpec || plan.Targets is { Targets.Count: > 0 }).ToList();
    }

    /// <summary>The title of a printed annex as written (not in capitals); empty for a table annex without one.</summary>
    public static string TitleOf(this Plan plan, AnnexSpec spec) => spec switch
    {
        TargetAnnexSpec t when plan.Targets is { } set => t.TitleFor(set),
        _ => spec.Title ?? "",
    };
}

/// <summary>
/// Phụ lục bảng: a table with its own columns and rows, written in the plan or read from a
/// workbook sheet (a task list: TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
/// Thời gian hoàn thành | Sản phẩm).
/// </summary>
public sealed record TableAnnexSpec : AnnexSpec
{
    /// <summary>Cột, left to right.</summary>
    public required IReadOnlyList<AnnexColumnSpec> Columns { get; init; }

    /// <summary>Dòng, in print order: items, group rows ("I. ..."), and subtotal or total rows as written.</summary>
    public IReadOnlyList<AnnexRowSpec> Rows { get; init; } = [];

    /// <summary>Dòng tổng cộng: a computed "Tổng cộng" row summing the columns marked <see cref="AnnexColumnSpec.Sum"/>.</summary>
    public bool Total { get; init; }

    /// <summary>The computed total row comes right under the header (statistical style) instead of last.</summary>
    public bool TotalFirst { get; init; }

    /// <summary>Cộng nhóm: each group row carries the sum of its items in the summed columns.</summary>
    public bool GroupSums { get; init; }

    /// <summary>Số thứ tự cột: a row "(1) (2) ..." under the header, as target annexes have.</summary>
    public bool ColumnNumbers { get; init; }

    /// <summary>Where the rows came from when read from a workbook ("phu-luc.xlsx!nhiem_vu"); null when written in the plan.</summary>
    public string? DataSource { get; init; }
}

/// <summary>What a column holds, which decides how its cells are read and printed.</summary>
public enum AnnexColumnKind
{
    /// <summary>Text as written (chu).</summary>
    Text,
    /// <summary>Numbers printed the Vietnamese way, 2.700 and 8,5 (so).</summary>
    Number,
    /// <summary>Rates: 80 or 80% both mean 80% (phan_tram).</summary>
    Percent,
    /// <summary>STT/TT: numbered 1, 2, ... within each group, groups I, II, ... (stt).</summary>
    RowNumber,
}

/// <summary>Cột of a table annex.</summary>
public sealed record AnnexColumnSpec
{
    /// <summary>Tiêu đề cột, as printed in the header row.</summary>
    public required string Title { get; init; }

    /// <summary>Mã: how rows written as mappings and workbook headers refer to the column (noi_dung, chu_tri); null when rows are lists.</summary>
    public string? Key { get; init; }

    /// <summary>Độ rộng: a share, or centimetres.</summary>
    public ColumnWidth Width { get; init; } = ColumnWidth.Relative(1);

    /// <summary>Căn lề of the column's cells (headers are always centred).</summary>
    public CellAlign Align { get; init; } = CellAlign.Left;

    /// <summary>Loại: what the column holds (text, numbers, rates, row numbers).</summary>
    public AnnexColumnKind Kind { get; init; } = AnnexColumnKind.Text;

    /// <summary>Cộng: the column is summed in subtotal and total rows (numbers only).</summary>
    public bool Sum { get; init; }

    /// <summary>Nhóm cột: neighbouring columns with the same group get one header cell above theirs ("Mức phấn đấu" over "2026", "2030").</summary>
    public string? Group { get; init; }
}

/// <summary>The role of a row written in a table annex.</summary>
public enum AnnexRowRole
{
    /// <summary>A row of values.</summary>
    Item,
    /// <summary>Dòng nhóm: a group's title over the rows that follow.</summary>
    Group,
    /// <summary>Dòng cộng of a group.</summary>
    Subtotal,
    /// <summary>Dòng tổng cộng.</summary>
    Total,
}

/// <summary>
/// One row of a table annex. An item has one value per column (empty where nothing is written);
/// a group row ("I. Hoàn thiện thể chế") has its title in <see cref="Label"/>; a subtotal or total
/// row written by hand has its label ("Cộng", "Tổng cộng") and the values as written.
/// </summary>
public sealed record AnnexRowSpec(AnnexRowRole Role, IReadOnlyList<TargetValue?> Cells, string? Label = null, SourceRef? At = null);
