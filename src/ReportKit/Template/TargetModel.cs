using ReportKit.Model;
using ReportKit.Text;
using Scriban.Runtime;

namespace ReportKit.Template;

/// <summary>
/// Targets as a template sees them, from the same data as the annex so body and annex cannot
/// disagree: <c>chi_tieu</c> (the list, in order), <c>ct</c> (the same targets by code:
/// <c>{{ ct.thoat_ngheo.hien_thi }}</c> → "2.700"), <c>don_vi</c> (the units) and
/// <c>co_chi_tieu "ma"</c> (whether this plan has that target). Always present, empty when the
/// plan has no targets, so templates can test them under strict variables.
/// </summary>
static class TargetModel
{
    public static void AddTo(ScriptObject model, TargetSet? set)
    {
        var targets = set?.Targets ?? [];
        var units = set?.Units ?? [];
        var byCode = new ScriptObject();
        var list = new List<ScriptObject>();
        foreach (var t in targets)
        {
            var o = Target(t, units);
            list.Add(o);
            byCode[t.Code] = o;
        }
        model["chi_tieu"] = list;
        model["ct"] = byCode;
        // {{ if co_chi_tieu "thoat_ngheo" }}: a clone keeps only the targets allocated to its unit,
        // so a parent's body words a target's sentence only where the child has that target.
        model["co_chi_tieu"] = TemplateFunction.Of(new Func<string, bool>(code => byCode.ContainsKey(code)));
        model["don_vi"] = units.Select(u => new ScriptObject { ["ma"] = u.Code, ["ten"] = u.Name, ["cap"] = u.Level, ["nhom"] = u.Group }).ToList();
    }

    static ScriptObject Target(Target t, IReadOnlyList<SubordinateUnit> units) => new()
    {
        ["ma"] = t.Code,
        ["nhom"] = t.Group,
        ["noi_dung"] = t.Content,
        ["don_vi_tinh"] = t.Unit,
        // gia_tri: the number (percent units: 80 for 80%) or the text; hien_thi: as printed ("2.700", "80%", "≥ 90%").
        ["gia_tri"] = t.Value.Number is { } n ? n : t.Value.Text,
        ["hien_thi"] = Display(t.Value),
        ["tong_hop"] = t.Aggregation.ToString().ToLowerInvariant(),
        ["thoi_han"] = t.Deadline,
        ["chu_tri"] = t.Lead,
        ["phoi_hop"] = t.Cooperating.ToList(),
        ["ghi_chu"] = t.Note,
        ["ket_qua_nam_truoc"] = t.Previous is { } p ? Display(p) : null,
        ["phan_bo"] = units.Where(u => t.Allocations.ContainsKey(u.Code)).Select(u => new ScriptObject
        {
            ["ma_don_vi"] = u.Code,
            ["don_vi"] = u.Name,
            ["gia_tri"] = t.Allocations[u.Code].Value.Number is { } v ? v : t.Allocations[u.Code].Value.Text,
            ["hien_thi"] = Display(t.Allocations[u.Code].Value),
        }).ToList(),
    };

    public static string Display(TargetValue v) => v.Kind switch
    {
        TargetValueKind.Percent => VietnameseNumber.Percent(v.Number!.Value),
        TargetValueKind.Integer or TargetValueKind.Decimal => VietnameseNumber.Number(v.Number!.Value),
        _ => v.Text ?? "",
    };
}
