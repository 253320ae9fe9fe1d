using ReportKit.Model;
using ReportKit.Text;
using Scriban.Runtime;

namespace ReportKit.Template;

/// <summary>
/// The names a template sees: the plan under the same Vietnamese keys as its YAML, plus a few
/// derived values (so_ky_hieu, ngay_ban_hanh). Absent optional fields are present as null so a
/// template can test them under strict variables.
/// </summary>
static class TemplateModel
{
    /// <param name="number">The profile's number style, so so_ky_hieu is cited its way ("52-KH/TU" under dang); NĐ 30's "321/KH-BTV" when null.</param>
    public static ScriptObject Create(Plan plan, Profiles.NumberStyle? number = null)
    {
        var o = new ScriptObject
        {
            ["the_thuc"] = plan.Profile,
            ["so"] = plan.Number,
            ["ky_hieu"] = plan.Symbol,
            ["so_ky_hieu"] = (number ?? new Profiles.NumberStyle()).Cite(plan.Number, plan.Symbol),
            ["dia_danh"] = plan.Place,
            ["ngay"] = plan.Date is { } d ? d.ToDateTime(TimeOnly.MinValue) : null,
            ["ngay_ban_hanh"] = Nd30Date.Format(plan.Date, plan.EffectiveYear),
            ["nam"] = plan.EffectiveYear,
            ["ten_loai"] = plan.DocumentType,
            ["trich_yeu"] = plan.Subject,
            ["can_cu"] = plan.Bases.ToList(),
            ["co_quan"] = Organ(plan.Organ),
            // Every issuing organ: one, or those of a co-issued plan ("... và Sở Tư pháp tỉnh Khánh Hòa").
            ["cac_co_quan"] = plan.Organs.Select(Organ).ToList(),
            ["ten_cac_co_quan"] = Names(plan.Organs.Select(o => o.FullName).ToList()),
            // "Kế hoạch", "Kế hoạch liên tịch": the type as running text names it.
            ["ten_loai_thuong"] = VietnameseText.UpperFirst(VietnameseText.Lower(plan.DocumentType)),
            ["mo_dau"] = plan.Opening is { } op ? Opening(op) : null,
            ["mo_dau_tu_do"] = plan.OpeningText?.Text,
            ["nguoi_ky"] = Signer(plan.Signer),
            ["cac_nguoi_ky"] = plan.Signers.Select(Signer).ToList(),
            ["noi_nhan"] = plan.Recipients.Select(r => new ScriptObject { ["ten"] = r.Name, ["ghi_chu"] = r.Note }).ToList(),
            ["bien"] = Plain(plan.Variables),
        };
        TargetModel.AddTo(o, plan.Targets);
        return o;
    }

    static string Pad(int n) => n < 10 ? "0" + n : n.ToString();

    /// <summary>"A", "A và B", "A, B và C".</summary>
    static string Names(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " và " + names[^1];

    static ScriptObject Organ(Organ organ) => new()
    {
        ["chu_quan"] = organ.Parent,
        ["ban_hanh"] = organ.Issuer,
        ["ten_day_du"] = organ.FullName,
    };

    static ScriptObject Opening(Opening op) => new()
    {
        ["thuc_hien"] = op.Citations.ToList(),
        ["chu_the"] = op.Actor,
        ["xay_dung"] = op.Builds,
        ["phan_cach"] = op.Separator,
        ["dong_tu"] = op.Verb,
        ["cuoi_cau"] = op.Tail,
    };

    static ScriptObject Signer(Signer s) => new()
    {
        ["quyen_han"] = s.Authority.ToList(),
        ["chuc_vu"] = s.Position,
        ["ho_ten"] = s.Name,
        ["chuc_vu_khac"] = s.OtherPosition,
    };

    static object? Plain(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Plain(map),
        IDictionary<string, object?> map => Plain(map.ToDictionary(kv => kv.Key, kv => kv.Value)),
        IEnumerable<object?> list when value is not string => list.Select(Plain).ToList(),
        _ => value,
    };

    static ScriptObject Plain(IReadOnlyDictionary<string, object?> map)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in map) o[k] = Plain(v);
        return o;
    }
}
