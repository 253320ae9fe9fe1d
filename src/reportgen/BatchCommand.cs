using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Localization;
using ReportKit.Batch;
using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.External.LibreOffice;
using ReportKit.Writers.Pdf;
using Spectre.Console;

namespace ReportGen;

/// <summary>reportgen batch plans/ -o out/: every plan in a folder, on all cores, each to DOCX and its XLSX annex.</summary>
static class BatchCommand
{
    /// <summary>What the command line chose, read once; every mode and step takes it from here.</summary>
    /// <param name="Finisher">The per-worker step after rendering (--pdf), or null.</param>
    sealed record Settings(string OutDir, string? TemplateDir, int? Jobs, RenderOptions Render, string? ReportPath, bool FromDraft, Func<IBatchFinisher>? Finisher, CancellationToken Cancel);

    public static Command Create()
    {
        var input = new Argument<FileSystemInfo>("plans")
        {
            Description = CliMessages.BatchPlansArgument,
        };
        var units = new Option<FileInfo?>("--units", "-u") { Description = CliMessages.BatchUnitsOption };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = CliMessages.BatchOutputOption,
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var templates = CommonOptions.Templates();
        var data = CommonOptions.Data();
        var allowMismatch = CommonOptions.AllowMismatch();
        var strict = CommonOptions.Strict();
        var report = new Option<FileInfo?>("--report")
        {
            Description = CliMessages.BatchReportOption,
        };
        var fromDraft = CommonOptions.FromDraft();
        var jobs = new Option<int?>("--jobs", "-j") { Description = CliMessages.BatchJobsOption };
        var (pdf, pdfA) = PdfOptions.Create(CliMessages.BatchPdfOption);
        var command = new Command("batch", CliMessages.BatchDescription)
        {
            input, units, output, templates, data, allowMismatch, strict, report, fromDraft, jobs, pdf, pdfA,
        };
        command.SetAction((parse, cancel) =>
        {
            var source = parse.GetValue(input)!;
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
            var settings = new Settings(
                parse.GetValue(output)!.FullName,
                parse.GetValue(templates)?.FullName,
                parse.GetValue(jobs),
                new RenderOptions(parse.GetValue(data)?.FullName, parse.GetValue(allowMismatch), parse.GetValue(strict)),
                parse.GetValue(report)?.FullName,
                parse.GetValue(fromDraft),
                finisher,
                cancel);
            if (!source.Exists)
            {
                Console.Error.WriteLine(UiLanguage.Format(DiagnosticMessages.Error, UiLanguage.Format(CliMessages.NotFound, source.FullName)));
                return Task.FromResult(Cli.InputError);
            }
            if (source is FileInfo basePlan)
            {
                if (unitsFile is null)
                {
                    Console.Error.WriteLine(UiLanguage.Format(DiagnosticMessages.Error, CliMessages.BatchPlanNeedsUnits));
                    return Task.FromResult(Cli.InputError);
                }
                return Task.FromResult(FromUnits(basePlan.FullName, unitsFile.FullName, settings));
            }
            return Task.FromResult(FromFolder(source.FullName, settings));
        });
        return command;
    }

    /// <summary>The step every plan goes through: render it with the command line's options. Work on the written files (a PDF) is a finisher (<see cref="Settings.Finisher"/>).</summary>
    static Func<BatchItem, RenderResult> RenderStep(Settings s)
    {
        var renderer = new PlanRenderer(s.TemplateDir);
        // With --units the plans are cloned: --data went into the base plan, not into each child.
        return item => renderer.Render(item.PlanPath, item.OutputDir, s.Render);
    }

    static int FromFolder(string folder, Settings s)
    {
        var failed = false;
        var code = Cli.Run(() =>
        {
            var items = BatchRenderer.FromFolder(folder, s.OutDir).ToList();
            failed = Run(items, s, RenderStep(s), []);
        }, nothingWritten: false);
        return code != Cli.Ok ? code : failed ? Cli.InputError : Cli.Ok;
    }

    /// <summary>
    /// Every unit row cloned from the base plan and rendered, through plan files in a scratch
    /// folder (so each item streams: clone, render, next) that is removed afterwards. Units that
    /// cannot be cloned are reported like failed plans.
    /// </summary>
    static int FromUnits(string basePlan, string unitsPath, Settings s)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "reportkit-batch-" + Guid.NewGuid().ToString("N"));
        try
        {
            var notCloned = new List<BatchItemResult>();
            var unitOf = new Dictionary<string, string>(StringComparer.Ordinal);
            ChildPlaces? places = null;
            var templateDir = s.TemplateDir;
            var code = Cli.Run(() =>
            {
                var setup = CloneSetup.Load(basePlan, unitsPath, templateDir, options: new CloneOptions(s.FromDraft, s.Render.DataPath));
                foreach (var d in setup.RowProblems)
                    notCloned.Add(new BatchItemResult(new BatchItem(unitsPath, s.OutDir) { Name = d.Cell is { } cell ? $"{Path.GetFileName(unitsPath)}!{cell}" : Path.GetFileName(unitsPath) }, [], [d], TimeSpan.Zero));
                places = new ChildPlaces(setup.Cloner.Parent);
                foreach (var r in setup.Cloner.CloneAll(setup.Units, scratch))
                    if (r.Succeeded) unitOf[r.PlanPath!] = r.Unit.Code;
                    else
                        notCloned.Add(new BatchItemResult(new BatchItem(unitsPath, s.OutDir) { Name = $"{r.Unit.Name} ({r.Unit.Source ?? r.Unit.Code})" }, [], r.Diagnostics, TimeSpan.Zero));
                // Child plans in the scratch folder find templates through the base plan's folder.
                templateDir ??= setup.Templates.Roots.FirstOrDefault(r => File.Exists(Path.Combine(r, "ke-hoach.sbn")));
            }, nothingWritten: false);
            if (code != Cli.Ok) return code;
            var failed = false;
            var settings = s with { TemplateDir = templateDir, Render = s.Render with { DataPath = null } };
            code = Cli.Run(() =>
            {
                var items = Directory.Exists(scratch) ? BatchRenderer.FromFolder(scratch, s.OutDir, displayRoot: scratch).ToList() : [];
                failed = Run(items, settings, AtParent(RenderStep(settings), places!, unitOf), notCloned);
            }, nothingWritten: false);
            return code != Cli.Ok ? code : failed ? Cli.InputError : Cli.Ok;
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The scratch children are gone after the batch: their warnings and errors point at the base plan's lines and the units' allocations instead.</summary>
    static Func<BatchItem, RenderResult> AtParent(Func<BatchItem, RenderResult> step, ChildPlaces places, IReadOnlyDictionary<string, string> unitOf) => item =>
    {
        var unit = unitOf.GetValueOrDefault(item.PlanPath, "");
        Diagnostic Map(Diagnostic d) => places.ToParent(d, item.PlanPath, unit);
        try
        {
            var result = step(item);
            return result with { Warnings = result.Warnings.Select(Map).ToList() };
        }
        catch (ReportKitException ex)
        {
            throw new ReportKitException(ex.Diagnostics.Select(Map).ToList());
        }
    };

    /// <summary>Renders, logs, writes the report; true when the batch failed (a plan failed, a unit could not be cloned, or it was cancelled).</summary>
    static bool Run(IReadOnlyCollection<BatchItem> items, Settings s, Func<BatchItem, RenderResult> step, IReadOnlyList<BatchItemResult> notCloned)
    {
        var report = s.ReportPath is null ? null : new BatchReport();
        foreach (var r in notCloned)
        {
            BatchLog.PrintProblems(r);
            report?.Add(r);
        }
        var summary = BatchLog.Run(new BatchRenderer(step, s.Jobs, s.Finisher), items, report, s.Cancel);
        if (notCloned.Count > 0) Console.WriteLine(UiLanguage.Format(CliMessages.UnitsNotCloned, notCloned.Count));
        if (report is not null)
        {
            report.Write(s.ReportPath!, summary with { Failed = summary.Failed + notCloned.Count }, s.Render.Strict, Environment.CurrentDirectory);
            Console.WriteLine(Cli.Wrote(s.ReportPath!));
        }
        return summary.Failed + notCloned.Count > 0 || s.Cancel.IsCancellationRequested;
    }
}

/// <summary>
/// How a batch reports: a live progress bar on a terminal; one plain line per item when the
/// output is redirected or CI=true (logs stay greppable): "ok", "ok, 2 warnings" or "FAIL",
/// then the warnings or errors with their places (on stderr). A summary closes the run.
/// </summary>
static class BatchLog
{
    static bool Interactive =>
        !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static BatchSummary Run(BatchRenderer renderer, IReadOnlyCollection<BatchItem> items, BatchReport? report, CancellationToken cancel)
    {
        BatchSummary summary;
        if (Interactive)
        {
            var noteworthy = new List<BatchItemResult>();
            summary = null!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(UiLanguage.Format(CliMessages.BatchProgress, items.Count), maxValue: Math.Max(1, items.Count));
                    summary = renderer.Run(items, r =>
                    {
                        report?.Add(r);
                        if (r.Status != BatchStatus.Ok) lock (noteworthy) noteworthy.Add(r);
                        task.Increment(1);
                    }, cancel);
                });
            // Warnings first, then failures, each in name order: what went wrong reads last, above the summary.
            foreach (var r in noteworthy.OrderBy(r => r.Status).ThenBy(r => r.Item.Name, StringComparer.Ordinal))
            {
                if (r.Status == BatchStatus.Warnings) Console.WriteLine($"{r.StatusText} {r.Item.Name}");
                PrintProblems(r);
            }
        }
        else
        {
            var gate = new object();
            summary = renderer.Run(items, r =>
            {
                report?.Add(r);
                lock (gate)
                {
                    if (r.Succeeded) Console.WriteLine(UiLanguage.Format(CliMessages.BatchItemLine, r.StatusText.PadRight(StatusWidth), r.Item.Name, string.Join(", ", r.Files.Select(Relative)), r.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
                    PrintProblems(r);
                }
            }, cancel);
        }
        Console.WriteLine(summary.ToString());
        return summary;
    }

    /// <summary>A failure ("FAIL name" and its errors) or a plan's warnings, each with its place, on stderr.</summary>
    public static void PrintProblems(BatchItemResult r)
    {
        if (r.Status == BatchStatus.Ok) return;
        if (!r.Succeeded) Console.Error.WriteLine($"{BatchMessages.StatusFailed} {r.Item.Name}");
        var indent = new string(' ', StatusWidth + 1);
        foreach (var d in r.Diagnostics) Console.Error.WriteLine(indent + d);
    }

    /// <summary>The status column is as wide as "ok" and "FAIL" ("xong" and "LỖI"), so the names line up.</summary>
    static int StatusWidth => Math.Max(BatchMessages.StatusOk.Length, BatchMessages.StatusFailed.Length);

    static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
