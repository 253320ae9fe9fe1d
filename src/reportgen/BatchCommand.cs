using System.CommandLine;
using ReportKit.Batch;
using ReportKit.Pipeline;
using Spectre.Console;

namespace ReportGen;

/// <summary>reportgen batch plans/ -o out/: every plan in a folder, on all cores.</summary>
static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<DirectoryInfo>("plans") { Description = "Folder of plan files (*.yaml, searched recursively); each renders into the matching subfolder of the output." };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Folder to write into.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var templates = new Option<DirectoryInfo?>("--templates", "-t") { Description = "Folder holding templates (*.sbn) and profiles/ (*.yaml)." };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "How many plans to render at once (default: one per core)." };
        var command = new Command("batch", "Render every plan in a folder to DOCX. A bad plan is reported with its location and the others still render; the exit code is 1 if any failed.")
        {
            input, output, templates, jobs,
        };
        command.SetAction((parse, cancel) =>
        {
            var folder = parse.GetValue(input)!;
            if (!folder.Exists)
            {
                Console.Error.WriteLine($"error: {folder.FullName}: folder not found");
                return Task.FromResult(Cli.InputError);
            }
            var renderer = new BatchRenderer(new PlanRenderer(parse.GetValue(templates)?.FullName), parse.GetValue(jobs));
            var items = BatchRenderer.FromFolder(folder.FullName, parse.GetValue(output)!.FullName).ToList();
            var summary = BatchLog.Run(renderer, items, cancel);
            return Task.FromResult(summary.Failed > 0 || cancel.IsCancellationRequested ? Cli.InputError : Cli.Ok);
        });
        return command;
    }
}

/// <summary>
/// How a batch reports: a live progress bar on a terminal; one plain line per item when the
/// output is redirected or CI=true (logs stay greppable). Failures always go to stderr with
/// their located messages, and a summary closes the run.
/// </summary>
static class BatchLog
{
    static bool Interactive =>
        !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static BatchSummary Run(BatchRenderer renderer, IReadOnlyCollection<BatchItem> items, CancellationToken cancel)
    {
        BatchSummary summary;
        if (Interactive)
        {
            var failures = new List<BatchItemResult>();
            summary = null!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"rendering {items.Count} plans", maxValue: Math.Max(1, items.Count));
                    summary = renderer.Run(items, r =>
                    {
                        if (!r.Succeeded) lock (failures) failures.Add(r);
                        task.Increment(1);
                    }, cancel);
                });
            foreach (var f in failures.OrderBy(f => f.Item.Name, StringComparer.Ordinal)) PrintFailure(f);
        }
        else
        {
            var gate = new object();
            summary = renderer.Run(items, r =>
            {
                lock (gate)
                {
                    if (r.Succeeded) Console.WriteLine($"ok   {r.Item.Name} -> {string.Join(", ", r.Files.Select(Relative))} ({r.Elapsed.TotalMilliseconds:0} ms)");
                    else PrintFailure(r);
                }
            }, cancel);
        }
        Console.WriteLine(summary.ToString());
        return summary;
    }

    static void PrintFailure(BatchItemResult r)
    {
        Console.Error.WriteLine($"FAIL {r.Item.Name}");
        foreach (var d in r.Diagnostics) Console.Error.WriteLine($"     {d}");
    }

    static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
