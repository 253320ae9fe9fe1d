using System.Collections.Concurrent;

namespace ReportKit.Batch;

/// <summary>
/// A step after rendering that works on several rendered items at once (PDF conversion: one
/// LibreOffice start per chunk of plans). A batch holds one per worker; each is used by one
/// thread at a time. It must not throw: a problem becomes that item's failure.
/// </summary>
internal interface IBatchFinisher : IDisposable
{
    /// <summary>Takes a rendered item; returns the items now finished (none while it gathers a chunk).</summary>
    IReadOnlyList<BatchItemResult> Add(BatchItemResult rendered);

    /// <summary>Finishes the items still held.</summary>
    IReadOnlyList<BatchItemResult> Flush();
}

/// <summary>One finisher per worker, lent to whichever worker thread renders next.</summary>
sealed class BatchFinisherPool(Func<IBatchFinisher> create) : IDisposable
{
    readonly ConcurrentBag<IBatchFinisher> _idle = [];
    readonly ConcurrentQueue<IBatchFinisher> _all = [];

    public IReadOnlyList<BatchItemResult> Add(BatchItemResult rendered)
    {
        if (!_idle.TryTake(out var finisher))
        {
            finisher = create();
            _all.Enqueue(finisher);
        }
        try { return finisher.Add(rendered); }
        finally { _idle.Add(finisher); }
    }

    /// <summary>Every finisher's held items, the finishers working side by side.</summary>
    public void FlushAll(Action<BatchItemResult> report, CancellationToken cancel) =>
        Parallel.ForEach(_all, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _all.Count), CancellationToken = cancel }, f =>
        {
            foreach (var r in f.Flush()) report(r);
        });

    public void Dispose()
    {
        foreach (var f in _all) f.Dispose();
    }
}
