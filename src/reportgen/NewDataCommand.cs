using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Load;
using ReportKit.Writers;
using ReportKit.Writers.Xlsx;

namespace ReportGen;

/// <summary>reportgen new-data chi-tieu.xlsx [--from ke-hoach.yaml]</summary>
static class NewDataCommand
{
    public static Command Create()
    {
        var path = new Argument<FileInfo>("workbook") { Description = CliMessages.NewDataWorkbookArgument };
        var from = new Option<FileInfo?>("--from")
        {
            Description = CliMessages.NewDataFromOption,
        };
        var force = new Option<bool>("--force") { Description = CliMessages.NewDataForceOption };
        var command = new Command("new-data", CliMessages.NewDataDescription)
        {
            path, from, force,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var target = parse.GetValue(path)!.FullName;
            if (File.Exists(target) && !parse.GetValue(force))
                throw new ReportKitException(new Diagnostic(Severity.Error, target, null, CliMessages.ExistsAlready));
            var plan = parse.GetValue(from) is { } planFile ? PlanLoader.Load(planFile.FullName) : null;
            // Dated from the plan (or a fixed day), never the clock, so the same input gives the same bytes.
            var created = plan is null ? new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc) : PlanDocumentBuilder.CreatedAt(plan);
            AtomicFile.Write(target, s => new TargetDataWorkbookWriter().Write(plan?.Targets, created, s));
            Console.WriteLine(Cli.Wrote(target));
        }));
        return command;
    }
}
