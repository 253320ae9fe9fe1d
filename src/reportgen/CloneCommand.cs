using System.CommandLine;
using ReportKit.Clone;
using ReportKit.Diagnostics;

namespace ReportGen;

/// <summary>reportgen clone parent.yaml --units don-vi.xlsx -o plans/</summary>
static class CloneCommand
{
    public static Command Create()
    {
        var parent = new Argument<FileInfo>("plan") { Description = "The parent plan (YAML) to clone, e.g. the province's plan. It must be issued (so and ngay given), unless --tu-du-thao." };
        var units = new Option<FileInfo>("--units", "-u")
        {
            Description = "The units to clone for: a workbook with a 'don_vi' sheet (ma, ten, cap, nhom, chu_quan, ban_hanh, ky_hieu, dia_danh, quyen_han, chuc_vu, ho_ten, bien.*) or a YAML file with a don_vi: list.",
            Required = true,
        };
        var only = new Option<string[]>("--unit") { Description = "Clone only the unit(s) with this code (repeatable).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder for the plan files (one <unit-name>.yaml per unit).", DefaultValueFactory = _ => new DirectoryInfo("plans") };
        var templates = CommonOptions.Templates();
        var template = new Option<string>("--mau") { Description = "The clone template's name or path.", DefaultValueFactory = _ => "nhan-ban" };
        var fromDraft = CommonOptions.FromDraft();
        var data = CommonOptions.Data();
        var command = new Command("clone", "Write one editable plan file per lower-level unit from an issued parent plan: the opening cites the parent, each unit gets its identity, its share of the targets and the wording for its level (templates/cap/); words of the parent's level it could not decide are listed per unit. A bad unit row is reported and the others are still written.")
        {
            parent, units, only, output, templates, template, fromDraft, data,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var options = new CloneOptions(parse.GetValue(fromDraft), parse.GetValue(data)?.FullName);
            var setup = CloneSetup.Load(parse.GetValue(parent)!.FullName, parse.GetValue(units)!.FullName, parse.GetValue(templates)?.FullName, parse.GetValue(template)!, options);
            var bag = new DiagnosticBag();
            bag.AddRange(setup.RowProblems);
            var unitList = setup.Units;

            var codes = parse.GetValue(only) ?? [];
            if (codes.Length > 0)
            {
                foreach (var missing in codes.Where(c => unitList.All(u => u.Code != c)))
                    bag.Add(new Diagnostic(Severity.Error, null, null, $"--unit: no unit with code '{missing}'"));
                unitList = unitList.Where(u => codes.Contains(u.Code)).ToList();
            }

            var outDir = parse.GetValue(output)!.FullName;
            int written = 0, failed = 0;
            var unworded = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var result in setup.Cloner.CloneAll(unitList, outDir))
            {
                if (!result.Succeeded) { failed++; bag.AddRange(result.Diagnostics); continue; }
                written++;
                Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, result.PlanPath!)}");
                if (result.LeftToEdit.Count > 0) Console.WriteLine($"      left for you to edit: {string.Join(", ", result.LeftToEdit)}");
                if (result.Wording is null) unworded.Add(result.Unit.Level ?? "?");
            }
            Console.WriteLine($"cloned {written} unit(s), {failed} failed");
            if (unworded.Count > 0)
                Console.WriteLine($"note: no level-wording table in templates/cap/ is for this plan and cap {string.Join(", ", unworded.Select(l => $"'{l}'"))}: those plans keep the parent's level words (see docs/clone-batch.md to add one)");
            if (bag.HasErrors) throw new ReportKitException(bag.Items);
        }, nothingWritten: false));
        return command;
    }
}
