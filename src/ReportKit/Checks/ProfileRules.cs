using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Profiles;

namespace ReportKit.Checks;

/// <summary>
/// Rules that keep one regime's conventions out of another's plan: authority prefixes
/// ("TM." vs "T/M"), the ký hiệu form. Named after the YAML field they concern.
/// </summary>
public static class ProfileRules
{
    public static IEnumerable<Diagnostic> Check(Plan plan, FormatProfile profile)
    {
        var file = plan.SourcePath;
        foreach (var line in plan.Signer.Authority)
        {
            var forbidden = profile.Checks.ForbiddenPrefixes.FirstOrDefault(p => line.StartsWith(p + " ", StringComparison.Ordinal) || line == p);
            if (forbidden is not null)
                yield return new Diagnostic(Severity.Error, file, null,
                    $"nguoi_ky.quyen_han: \"{line}\" uses '{forbidden}', which is not how the '{profile.Name}' profile writes authority (use one of {string.Join(", ", profile.Signature.Prefixes)})");
        }
        if (profile.Checks.SymbolPattern is { } pattern && !Regex.IsMatch(plan.Symbol, pattern))
            yield return new Diagnostic(Severity.Error, file, null,
                $"ky_hieu: \"{plan.Symbol}\" does not fit the '{profile.Name}' profile{(profile.Checks.SymbolExample is { } ex ? $" (e.g. {ex})" : "")}");
    }
}
