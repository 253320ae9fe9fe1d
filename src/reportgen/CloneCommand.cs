using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Localization;
using ReportKit.Clone;
using ReportKit.Diagnostics;

namespace ReportGen;

/// <summary>reportgen clone parent.yaml --units don-vi.xlsx -o plans/</summary>
static class CloneCommand
{
    public static Command Create()
    {
        var parent = new Argument<FileInfo>("plan") { Description = CliMessages.ClonePlanArgument };
        var units = new Option<FileInfo>("--units", "-u")
        {
            Description = CliMessages.CloneUnitsOption,
            Required = true,
        };
        var only = new Option<string[]>("--unit") { Description = CliMessages.CloneUnitOption, AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = CliMessages.CloneOutputOption, DefaultValueFactory = _ => new DirectoryInfo("plans") };
        var templates = CommonOptions.Templates();
        var template = new Option<string>("--mau") { Description = CliMessages.CloneTemplateOption, DefaultValueFactory = _ => "nhan-ban" };
        var fromDraft = CommonOptions.FromDraft();
        var data = CommonOptions.Data();
        var command = new Command("clone", CliMessages.CloneDescription)
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
                    bag.Add(new Diagnostic(Severity.Error, null, null, UiLanguage.Format(CliMessages.NoUnitWithCode, missing)));
                unitList = unitList.Where(u => codes.Contains(u.Code)).ToList();
            }

            var outDir = parse.GetValue(output)!.FullName;
            int written = 0, failed = 0;
            var unworded = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var result in setup.Cloner.CloneAll(unitList, outDir))
            {
                if (!result.Succeeded) { failed++; bag.AddRange(result.Diagnostics); continue; }
                written++;
                Console.WriteLine(Cli.Wrote(result.PlanPath!));
                if (result.LeftToEdit.Count > 0) Console.WriteLine(UiLanguage.Format(CliMessages.LeftToEdit, string.Join(", ", result.LeftToEdit)));
                if (result.Wording is null) unworded.Add(result.Unit.Level ?? "?");
            }
            Console.WriteLine(UiLanguage.Format(CliMessages.ClonedCount, written, failed));
            if (unworded.Count > 0)
                Console.WriteLine(UiLanguage.Format(CliMessages.NoLevelWording, string.Join(", ", unworded.Select(l => $"'{l}'"))));
            if (bag.HasErrors) throw new ReportKitException(bag.Items);
        }, nothingWritten: false));
        return command;
    }
}
