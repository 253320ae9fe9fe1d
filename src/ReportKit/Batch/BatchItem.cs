using ReportKit.Diagnostics;

namespace ReportKit.Batch;

/// <summary>One plan to render in a batch: its data file and the folder its outputs go to.</summary>
public sealed record BatchItem(string PlanPath, string OutputDir)
{
    /// <summary>What the user calls this item in logs: the plan path as given.</summary>
    public string Name { get; init; } = PlanPath;
}

/// <summary>How one item ended: the files it wrote, or the located problems that stopped it.</summary>
public sealed record BatchItemResult(BatchItem Item, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>The closing numbers of a batch.</summary>
public sealed record BatchSummary(int Rendered, int Failed, TimeSpan Elapsed, TimeSpan MedianItem)
{
    public double PlansPerSecond => Elapsed.TotalSeconds > 0 ? Rendered / Elapsed.TotalSeconds : 0;
    public override string ToString() =>
        $"rendered {Rendered}, failed {Failed}, {Elapsed.TotalSeconds:0.0} s, {PlansPerSecond:0.0} plans/s, median {MedianItem.TotalMilliseconds:0} ms per plan";
}
