using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Checks;

/// <summary>
/// Allocations of a <c>sum</c> target must add up to its total (practitioners' rule: if the stated
/// total differs from the sum of the rows, list the discrepancy for a human, never fix it). Each
/// mismatch is reported where the total was written; it is an error unless the user accepts it
/// (--allow-mismatch), in which case the annex still flags the cell.
/// </summary>
internal static class AllocationCheck
{
    public static IEnumerable<Diagnostic> Check(TargetSet? set, bool allowMismatch)
    {
        if (set is null) yield break;
        var severity = allowMismatch ? Severity.Warning : Severity.Error;
        foreach (var t in set.Targets.Where(t => t.IsMismatched))
        {
            var total = VietnameseNumber.Number(t.Value.Number!.Value);
            var sum = VietnameseNumber.Number(t.AllocatedSum!.Value);
            var message = allowMismatch ? CheckMessages.AllocationMismatchFlagged : CheckMessages.AllocationMismatch;
            yield return t.Source.At(severity, UiLanguage.Format(message, t.Code, sum, total));
        }
    }
}
