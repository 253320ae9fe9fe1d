using System.Collections.Concurrent;
using System.Diagnostics;
using ReportKit.Diagnostics;
using ReportKit.Pipeline;

namespace ReportKit.Batch;

/// <summary>
/// Renders many plans on all cores. Items stream through (nothing batch-wide is buffered, so
/// memory stays flat as N grows); one bad item is reported with its location and the others
/// still render; every file is written atomically, so an interrupted batch leaves no
/// truncated output.
/// </summary>
/// <param name="finisher">Makes the per-worker step after rendering (batch --pdf); null for none.</param>
public sealed class BatchRenderer(PlanRenderer renderer, int? maxParallelism = null, Func<IBatchFinisher>? finisher = null)
{
    public BatchSummary Run(IEnumerable<BatchItem> items, Action<BatchItemResult> onItem, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var durations = new ConcurrentBag<double>();
        int rendered = 0, failed = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancel,
        };
        void Report(BatchItemResult result)
        {
            durations.Add(result.Elapsed.TotalMilliseconds);
            if (result.Succeeded) Interlocked.Increment(ref rendered); else Interlocked.Increment(ref failed);
            onItem(result);
        }
        using var finishers = finisher is null ? null : new BatchFinisherPool(finisher);
        try
        {
            Parallel.ForEach(items, options, item =>
            {
                var result = RenderOne(item);
                if (finishers is null) Report(result);
                else foreach (var r in finishers.Add(result)) Report(r);
            });
            finishers?.FlushAll(Report, cancel);
        }
        catch (OperationCanceledException)
        {
            // Finished items are complete files; the rest were never started or were discarded by AtomicFile.
        }
        var sorted = durations.Order().ToArray();
        var median = sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        return new BatchSummary(rendered, failed, clock.Elapsed, TimeSpan.FromMilliseconds(median));
    }

    BatchItemResult RenderOne(BatchItem item)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = renderer.Render(item.PlanPath, item.OutputDir);
            return new BatchItemResult(item, result.Files, result.Warnings, clock.Elapsed);
        }
        catch (ReportKitException ex)
        {
            return new BatchItemResult(item, [], ex.Diagnostics, clock.Elapsed);
        }
        catch (IOException ex)
        {
            return new BatchItemResult(item, [], [new Diagnostic(Severity.Error, item.PlanPath, null, ex.Message)], clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug met by one plan must not stop the other 3,000: report it as that plan's failure.
            return new BatchItemResult(item, [], [new Diagnostic(Severity.Error, item.PlanPath, null, $"internal error: {ex.GetType().Name}: {ex.Message} (please report it)")], clock.Elapsed);
        }
    }

    /// <summary>Every plan file under <paramref name="folder"/> (sorted, so logs and outputs are in a stable order), each writing into the matching subfolder of <paramref name="outputDir"/>.</summary>
    /// <param name="displayRoot">Name items relative to this folder instead of the working directory (for scratch folders).</param>
    public static IEnumerable<BatchItem> FromFolder(string folder, string outputDir, string? displayRoot = null)
    {
        var root = Path.GetFullPath(folder);
        foreach (var file in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relDir = Path.GetDirectoryName(Path.GetRelativePath(root, file))!;
            yield return new BatchItem(file, Path.Combine(outputDir, relDir)) { Name = Path.GetRelativePath(displayRoot ?? Environment.CurrentDirectory, file) };
        }
    }
}
