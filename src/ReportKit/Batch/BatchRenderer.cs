using System.Collections.Concurrent;
using System.Diagnostics;
using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Pipeline;

namespace ReportKit.Batch;

/// <summary>
/// Renders many plans on all cores. Items stream through (nothing batch-wide is buffered, so
/// memory stays flat as N grows); one bad item is reported with its location and the others
/// still render; every file is written atomically, so an interrupted batch leaves no
/// truncated output. Warnings of each plan (a body figure that disagrees with its target, …)
/// travel with its result; under <see cref="RenderOptions.Strict"/> they fail it.
/// </summary>
internal sealed class BatchRenderer
{
    readonly Func<BatchItem, RenderResult> _render;
    readonly int? _maxParallelism;
    readonly Func<IBatchFinisher>? _finisher;

    /// <param name="finisher">Makes the per-worker step after rendering (batch --pdf); null for none.</param>
    public BatchRenderer(PlanRenderer renderer, int? maxParallelism = null, Func<IBatchFinisher>? finisher = null)
        : this(renderer, new RenderOptions(), maxParallelism, finisher) { }

    /// <param name="options">What render's command line chose (--data, --allow-mismatch, --strict), for every plan.</param>
    public BatchRenderer(PlanRenderer renderer, RenderOptions options, int? maxParallelism = null, Func<IBatchFinisher>? finisher = null)
        : this(item => renderer.Render(item.PlanPath, item.OutputDir, options), maxParallelism, finisher) { }

    /// <param name="render">The step for one item: render it and return what it wrote; its exceptions are that item's failure.</param>
    /// <param name="finisher">Makes the per-worker step after rendering (batch --pdf); null for none.</param>
    public BatchRenderer(Func<BatchItem, RenderResult> render, int? maxParallelism = null, Func<IBatchFinisher>? finisher = null)
    {
        _render = render;
        _maxParallelism = maxParallelism;
        _finisher = finisher;
    }

    public BatchSummary Run(IEnumerable<BatchItem> items, Action<BatchItemResult> onItem, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var durations = new ConcurrentBag<double>();
        int rendered = 0, failed = 0, withWarnings = 0, warnings = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = _maxParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancel,
        };
        void Report(BatchItemResult result)
        {
            durations.Add(result.Elapsed.TotalMilliseconds);
            if (!result.Succeeded) Interlocked.Increment(ref failed);
            else
            {
                Interlocked.Increment(ref rendered);
                if (result.WarningCount > 0)
                {
                    Interlocked.Increment(ref withWarnings);
                    Interlocked.Add(ref warnings, result.WarningCount);
                }
            }
            onItem(result);
        }
        using var finishers = _finisher is null ? null : new BatchFinisherPool(_finisher);
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
        return new BatchSummary(rendered, failed, withWarnings, warnings, clock.Elapsed, TimeSpan.FromMilliseconds(median));
    }

    BatchItemResult RenderOne(BatchItem item)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = _render(item);
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
            return new BatchItemResult(item, [], [new Diagnostic(Severity.Error, item.PlanPath, null, UiLanguage.Format(BatchMessages.InternalError, ex.GetType().Name, ex.Message))], clock.Elapsed);
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
