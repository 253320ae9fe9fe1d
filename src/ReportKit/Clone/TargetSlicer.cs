using System.Globalization;
using ReportKit.Model;

namespace ReportKit.Clone;

/// <summary>
/// A unit's own share of every target, per the target's aggregation rule: a <c>sum</c> target
/// gives the unit its allocation; a <c>rate</c> target the unit's own rate (or the parent's
/// when none was set for it); a <c>norm</c> target the parent's norm unchanged. A <c>sum</c>
/// target that allocates nothing to the unit is not the unit's target and is left out.
/// </summary>
internal static class TargetSlicer
{
    public sealed record Slice(Target Target, TargetValue Value);

    public static List<Slice> For(TargetSet? set, string unitCode)
    {
        var slices = new List<Slice>();
        if (set is null) return slices;
        foreach (var t in set.Targets)
        {
            var own = t.Allocations.TryGetValue(unitCode, out var a) ? a.Value : null;
            var value = t.Aggregation switch
            {
                Aggregation.Sum => own,
                Aggregation.Rate => own ?? t.Value,
                _ => t.Value,
            };
            if (value is not null) slices.Add(new Slice(t, value));
        }
        return slices;
    }

    /// <summary>The value as the plan file writes it, so the child plan reads it back unchanged.</summary>
    public static string Written(TargetValue v) => v.Kind switch
    {
        TargetValueKind.Integer => v.Number!.Value.ToString("0", CultureInfo.InvariantCulture),
        TargetValueKind.Decimal => v.Number!.Value.ToString("0.##########", CultureInfo.InvariantCulture),
        TargetValueKind.Percent => v.Number!.Value.ToString("0.##########", CultureInfo.InvariantCulture) + "%",
        _ => v.Text ?? "",
    };

    public static string RuleName(Aggregation a) => a switch
    {
        Aggregation.Sum => "sum",
        Aggregation.Rate => "rate",
        Aggregation.Norm => "norm",
        _ => "none",
    };
}
