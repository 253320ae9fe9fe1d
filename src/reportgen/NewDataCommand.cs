using System.CommandLine;
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
        var path = new Argument<FileInfo>("workbook") { Description = "The workbook to create, e.g. chi-tieu.xlsx." };
        var from = new Option<FileInfo?>("--from")
        {
            Description = "Fill it with the targets and units of this plan (YAML) instead of leaving it blank, to move data from YAML to Excel.",
        };
        var force = new Option<bool>("--force") { Description = "Replace the workbook if it exists." };
        var command = new Command("new-data", "Create the targets workbook a secretariat fills in (sheets chi_tieu, don_vi, phan_bo and huong_dan; layout in docs/annex.md).")
        {
            path, from, force,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var target = parse.GetValue(path)!.FullName;
            if (File.Exists(target) && !parse.GetValue(force))
                throw new ReportKitException(new Diagnostic(Severity.Error, target, null, "exists already; pass --force to replace it"));
            var plan = parse.GetValue(from) is { } planFile ? PlanLoader.Load(planFile.FullName) : null;
            // Dated from the plan (or a fixed day), never the clock, so the same input gives the same bytes.
            var created = plan is null ? new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc) : PlanDocumentBuilder.CreatedAt(plan);
            AtomicFile.Write(target, s => new TargetDataWorkbookWriter().Write(plan?.Targets, created, s));
            Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, target)}");
        }));
        return command;
    }
}
