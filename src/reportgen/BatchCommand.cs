using System.CommandLine;
using ReportKit.Batch;
using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.Writers.Pdf;
using Spectre.Console;

namespace ReportGen;

/// <summary>reportgen batch plans/ -o out/: every plan in a folder, on all cores.</summary>
static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<FileSystemInfo>("plans")
        {
            Description = "A folder of plan files (*.yaml, searched recursively; each renders into the matching subfolder of the output), or a base plan file together with --units: every unit row is cloned from it and rendered.",
        };
        var units = new Option<FileInfo?>("--units", "-u") { Description = "With a base plan: the units workbook (sheet don_vi) or YAML to clone it for, as 'reportgen clone' does." };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Folder to write into.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var templates = CommonOptions.Templates();
        var jobs = new Option<int?>("--jobs", "-j") { Description = "How many plans to render at once (default: one per core)." };
        var (pdf, pdfA) = PdfOptions.Create(
            "Also write each plan's PDF beside its DOCX, converted by LibreOffice (found through REPORTKIT_SOFFICE, on PATH or in its usual install folder), one LibreOffice per worker; a plan whose conversion fails is reported as failed.");
        var command = new Command("batch", "Render every plan in a folder to DOCX. A bad plan is reported with its location and the others still render; the exit code is 1 if any failed.")
        {
            input, units, output, templates, jobs, pdf, pdfA,
        };
        command.SetAction((parse, cancel) =>
        {
            var source = parse.GetValue(input)!;
            var outDir = parse.GetValue(output)!.FullName;
            var templateDir = parse.GetValue(templates)?.FullName;
            var unitsFile = parse.GetValue(units);
            Func<IBatchFinisher>? finisher = null;
            if (PdfOptions.Flavor(parse, pdf, pdfA) is { } flavor)
            {
                // Before anything renders: without LibreOffice the batch would produce half of what was asked.
                string? soffice = null;
                var found = Cli.Run(() => soffice = SofficeLocator.Locate());
                if (found != Cli.Ok) return Task.FromResult(found);
                finisher = () => new PdfFinisher(soffice!, flavor);
            }
            if (!source.Exists)
            {
                Console.Error.WriteLine($"error: {source.FullName}: not found");
                return Task.FromResult(Cli.InputError);
            }
            if (source is FileInfo basePlan)
            {
                if (unitsFile is null)
                {
                    Console.Error.WriteLine("error: a plan file needs --units (the units to clone it for); to render one plan use 'reportgen render'");
                    return Task.FromResult(Cli.InputError);
                }
                return Task.FromResult(FromUnits(basePlan.FullName, unitsFile.FullName, outDir, templateDir, parse.GetValue(jobs), finisher, cancel));
            }
            var failed = false;
            var code = Cli.Run(() =>
            {
                var renderer = new BatchRenderer(new PlanRenderer(templateDir), parse.GetValue(jobs), finisher);
                var items = BatchRenderer.FromFolder(source.FullName, outDir).ToList();
                var summary = BatchLog.Run(renderer, items, cancel);
                failed = summary.Failed > 0 || cancel.IsCancellationRequested;
            }, nothingWritten: false);
            return Task.FromResult(code != Cli.Ok ? code : failed ? Cli.InputError : Cli.Ok);
        });
        return command;
    }

    /// <summary>
    /// Every unit row cloned from the base plan and rendered, through plan files in a scratch
    /// folder (so each item streams: clone, render, next) that is removed afterwards. Units that
    /// cannot be cloned are reported like failed plans.
    /// </summary>
    static int FromUnits(string basePlan, string unitsPath, string outDir, string? templateDir, int? jobs, Func<IBatchFinisher>? finisher, CancellationToken cancel)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "reportkit-batch-" + Guid.NewGuid().ToString("N"));
        try
        {
            var cloneFailed = 0;
            var code = Cli.Run(() =>
            {
                var setup = CloneSetup.Load(basePlan, unitsPath, templateDir);
                foreach (var d in setup.RowProblems) Console.Error.WriteLine("FAIL " + d);
                cloneFailed = setup.RowProblems.Count(d => d.Severity == Severity.Error);
                foreach (var r in setup.Cloner.CloneAll(setup.Units, scratch))
                {
                    if (r.Succeeded) continue;
                    cloneFailed++;
                    Console.Error.WriteLine($"FAIL {r.Unit.Name}");
                    foreach (var d in r.Diagnostics) Console.Error.WriteLine($"     {d}");
                }
                // Child plans in the scratch folder find templates through the base plan's folder.
                templateDir ??= setup.Templates.Roots.FirstOrDefault(r => File.Exists(Path.Combine(r, "ke-hoach.sbn")));
            }, nothingWritten: false);
            if (code != Cli.Ok) return code;
            var failed = false;
            code = Cli.Run(() =>
            {
                var renderer = new BatchRenderer(new PlanRenderer(templateDir), jobs, finisher);
                var summary = BatchLog.Run(renderer, Directory.Exists(scratch) ? BatchRenderer.FromFolder(scratch, outDir, displayRoot: scratch).ToList() : [], cancel);
                if (cloneFailed > 0) Console.WriteLine($"{cloneFailed} unit(s) could not be cloned (listed above)");
                failed = summary.Failed + cloneFailed > 0 || cancel.IsCancellationRequested;
            }, nothingWritten: false);
            return code != Cli.Ok ? code : failed ? Cli.InputError : Cli.Ok;
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
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
