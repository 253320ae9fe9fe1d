using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Model;
using ReportKit.Profiles;

namespace ReportKit.Checks;

/// <summary>
/// Rules that keep one regime's conventions out of another's plan: authority prefixes
/// ("TM." vs "T/M"), the ký hiệu form ("KH-BTV" vs "KH/TU"), what the Lưu line starts with.
/// Every rule is data from the profile's kiem_tra section; each error names the YAML field and,
/// when the loader recorded it, the place it was written (file:line:column).
/// </summary>
internal static class ProfileRules
{
    /// <summary>Every problem, in the order they appear in the plan file.</summary>
    public static IReadOnlyList<Diagnostic> Check(Plan plan, FormatProfile profile) =>
        Find(plan, profile).OrderBy(d => Position(d.Location).Line).ThenBy(d => Position(d.Location).Column).ToList();

    static (int Line, int Column) Position(string? location) =>
        location?.Split(':') is [var l, var c] && int.TryParse(l, out var line) && int.TryParse(c, out var column) ? (line, column) : (int.MaxValue, 0);

    static IEnumerable<Diagnostic> Find(Plan plan, FormatProfile profile)
    {
        var checks = profile.Checks;
        foreach (var signer in plan.Signers)
        {
            for (var i = 0; i < signer.Authority.Count; i++)
            {
                var at = i < signer.AuthorityAt.Count ? signer.AuthorityAt[i] : null;
                if (ForbiddenPrefix(signer.Authority[i], "nguoi_ky.quyen_han", at, plan, profile) is { } d) yield return d;
            }
            if (signer.Position is { } position && ForbiddenPrefix(position, "nguoi_ky.chuc_vu", signer.PositionAt, plan, profile) is { } p) yield return p;
        }

        if (checks.SymbolPattern is { } pattern && SymbolFits(plan.Symbol, pattern, checks, out var timedOut) is false)
            yield return timedOut ?? At(plan.SymbolAt, plan, checks.SymbolExample is { } ex
                ? UiLanguage.Format(CheckMessages.SymbolDoesNotFitExample, plan.Symbol, profile.Name, ex)
                : UiLanguage.Format(CheckMessages.SymbolDoesNotFit, plan.Symbol, profile.Name));

        if (plan.Archive is { } luu)
        {
            var word = checks.ForbiddenArchiveStarts.FirstOrDefault(w => luu.TrimStart().StartsWith(w, StringComparison.Ordinal));
            if (word is not null)
                yield return At(plan.ArchiveAt, plan, UiLanguage.Format(CheckMessages.ArchiveStartsWithForbiddenWord,
                    luu, word, profile.Name, profile.Recipients.LinePrefix, profile.Recipients.ArchiveLine));
        }

        if (plan.ArchiveLine is { } written && !FitsArchiveForm(written, profile.Recipients))
            yield return plan.ArchiveLineAt.At(Severity.Warning,
                UiLanguage.Format(CheckMessages.ArchiveLineDiffers, Tidy(written), profile.Name, profile.Recipients.ArchiveLine));
    }

    static string Tidy(string line) => line.Trim().TrimStart('-').Trim();

    /// <summary>Whether a Lưu line written in full has the profile's form ("Lưu: VT, TC." against "Lưu: VT, {luu}.").</summary>
    static bool FitsArchiveForm(string written, RecipientsStyle style)
    {
        var line = Tidy(written).TrimEnd(';', ',', '.').TrimEnd() + ".";
        if (line == style.DefaultArchiveLine) return true;
        var parts = style.ArchiveLine.Split("{luu}");
        if (parts.Length != 2) return line == style.ArchiveLine;
        return line.Length > parts[0].Length + parts[1].Length && line.StartsWith(parts[0], StringComparison.Ordinal) && line.EndsWith(parts[1], StringComparison.Ordinal);
    }

    /// <summary>The profile's pattern runs with the regex-timeout limit (a pattern that backtracks without end is the profile's error, at its line).</summary>
    static bool SymbolFits(string symbol, string pattern, ProfileChecks checks, out Diagnostic? timedOut)
    {
        timedOut = null;
        try
        {
            return Text.SafeRegex.Compile(pattern).IsMatch(symbol);
        }
        catch (RegexMatchTimeoutException)
        {
            var limits = Safety.Limits.Current;
            timedOut = checks.SymbolPatternAt.At(Severity.Error,
                UiLanguage.Format(CheckMessages.SymbolPatternTimedOut, limits.RegexTimeoutMs, symbol, limits.Hint("regex-timeout")));
            return false;
        }
    }

    static Diagnostic? ForbiddenPrefix(string line, string field, SourceRef? at, Plan plan, FormatProfile profile)
    {
        var forbidden = profile.Checks.ForbiddenPrefixes.FirstOrDefault(f => line.StartsWith(f + " ", StringComparison.Ordinal) || line == f);
        if (forbidden is null) return null;
        // The same prefix in this regime's spelling ("TM." ↔ "T/M"): same letters, other punctuation.
        var own = profile.Signature.Prefixes.FirstOrDefault(p => Letters(p) == Letters(forbidden));
        var fix = own is not null
            ? UiLanguage.Format(CheckMessages.AuthorityPrefixWrite, own + line[forbidden.Length..])
            : UiLanguage.Format(CheckMessages.AuthorityPrefixUseOneOf, string.Join(", ", profile.Signature.Prefixes));
        return At(at, plan, UiLanguage.Format(CheckMessages.ForbiddenAuthorityPrefix, field, line, forbidden, profile.Name, fix));
    }

    static string Letters(string s) => new(s.Where(char.IsLetter).ToArray());

    static Diagnostic At(SourceRef? at, Plan plan, string message) =>
        at is not null ? at.At(Severity.Error, message) : new Diagnostic(Severity.Error, plan.SourcePath, null, message);
}
