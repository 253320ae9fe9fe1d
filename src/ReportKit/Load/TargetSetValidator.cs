using ReportKit.Diagnostics;
using ReportKit.Model;

namespace ReportKit.Load;

/// <summary>
/// Checks that targets and units refer to each other consistently, whichever source they came
/// from: unique codes, allocations only to known units. Whether allocations add up is not a
/// load error: the annex flags it (see Checks/AllocationCheck).
/// </summary>
public static class TargetSetValidator
{
    /// <param name="failed">Codes of units whose own rows were already reported: allocations to them are not reported again.</param>
    public static void Validate(TargetSet set, DiagnosticBag bag, IReadOnlySet<string>? failed = null)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in set.Units)
            if (!units.Add(u.Code))
                bag.Add(new Diagnostic(Severity.Error, set.Source, null, $"don_vi: unit code \"{u.Code}\" appears twice"));

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in set.Targets)
        {
            if (!codes.Add(t.Code)) bag.Add(t.Source.At(Severity.Error, $"chi_tieu: target code \"{t.Code}\" appears twice"));
            foreach (var (unit, a) in t.Allocations)
            {
                if (units.Contains(unit) || failed?.Contains(unit) == true) continue;
                var hint = Suggest(unit, units) is { } s ? $" (did you mean '{s}'?)" : units.Count == 0 ? " (list the units under don_vi)" : "";
                bag.Add(a.Source.At(Severity.Error, $"{t.Code}: allocation to unknown unit \"{unit}\"{hint}"));
            }
        }
    }

    /// <summary>Closest known code, ignoring case (unit codes are often capitals: NT, CR, X01).</summary>
    static string? Suggest(string code, IEnumerable<string> known)
    {
        var byLower = known.GroupBy(k => k.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        return KeySuggester.Closest(code.ToLowerInvariant(), byLower.Keys) is { } s ? byLower[s] : null;
    }
}
