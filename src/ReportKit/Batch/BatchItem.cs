using System.Globalization;
using ReportKit.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.Batch;

/// <summary>One plan to render in a batch: its data file and the folder its outputs go to.</summary>
internal sealed record BatchItem(string PlanPath, string OutputDir)
{
    /// <summary>What the user calls this item in logs: the plan path as given.</summary>
    public string Name { get; init; } = PlanPath;
}

/// <summary>How a plan ended: written cleanly, written with warnings (figures the body and annex disagree on, …), or not written.</summary>
internal enum BatchStatus { Ok, Warnings, Failed }

/// <summary>How one item ended: the files it wrote, or the located problems that stopped it; and its warnings.</summary>
internal sealed record BatchItemResult(BatchItem Item, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public BatchStatus Status => !Succeeded ? BatchStatus.Failed : WarningCount > 0 ? BatchStatus.Warnings : BatchStatus.Ok;

    /// <summary>"xong", "xong, 2 cảnh báo" or "LỖI" ("ok", "ok, 2 warnings" or "FAIL" in English), as the log prints it.</summary>
    public string StatusText => Status switch
    {
        BatchStatus.Ok => BatchMessages.StatusOk,
        BatchStatus.Warnings => WarningCount == 1 ? BatchMessages.StatusOneWarning : UiLanguage.Format(BatchMessages.StatusWarnings, WarningCount),
        _ => BatchMessages.StatusFailed,
    };
}

/// <summary>The closing numbers of a batch.</summary>
/// <param name="Rendered">Plans written (with or without warnings).</param>
/// <param name="WithWarnings">Of those, plans written with warnings.</param>
/// <param name="Warnings">Warnings over all plans written.</param>
internal sealed record BatchSummary(int Rendered, int Failed, int WithWarnings, int Warnings, TimeSpan Elapsed, TimeSpan MedianItem)
{
    public double PlansPerSecond => Elapsed.TotalSeconds > 0 ? Rendered / Elapsed.TotalSeconds : 0;

    public override string ToString()
    {
        var rendered = WithWarnings > 0
            ? UiLanguage.Format(BatchMessages.SummaryRenderedWithWarnings, Rendered, WithWarnings)
            : UiLanguage.Format(BatchMessages.SummaryRendered, Rendered);
        var warnings = Warnings == 1 ? BatchMessages.SummaryOneWarning : UiLanguage.Format(BatchMessages.SummaryWarnings, Warnings);
        return UiLanguage.Format(BatchMessages.Summary, rendered, Failed, warnings,
            Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), PlansPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
            MedianItem.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
    }
}
