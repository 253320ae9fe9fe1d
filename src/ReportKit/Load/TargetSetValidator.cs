using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Checks that targets and units refer to each other consistently, whichever source they came
/// from: unique codes, allocations only to known units. Whether allocations add up is not a
/// load error: the annex flags it (see Checks/AllocationCheck).
/// </summary>
internal static class TargetSetValidator
{
    /// <param name="failed">Codes of units whose own rows were already reported: allocations to them are not reported again.</param>
    public static void Validate(TargetSet set, DiagnosticBag bag, IReadOnlySet<string>? failed = null)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in set.Units)
            if (!units.Add(u.Code))
                bag.Add(new Diagnostic(Severity.Error, set.Source, null, UiLanguage.Format(LoadMessages.UnitCodeTwice, u.Code)));

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in set.Targets)
        {
            if (!codes.Add(t.Code)) bag.Add(t.Source.At(Severity.Error, UiLanguage.Format(LoadMessages.TargetCodeTwice, t.Code)));
            foreach (var (unit, a) in t.Allocations)
            {
                if (units.Contains(unit) || failed?.Contains(unit) == true) continue;
                var message = Suggest(unit, units) is { } s ? UiLanguage.Format(LoadMessages.AllocationUnknownUnitDidYouMean, t.Code, unit, s)
                    : UiLanguage.Format(units.Count == 0 ? LoadMessages.AllocationUnknownUnitNoUnits : LoadMessages.AllocationUnknownUnit, t.Code, unit);
                bag.Add(a.Source.At(Severity.Error, message));
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
