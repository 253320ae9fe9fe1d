using System.CommandLine;
using ReportGen;

// reportgen: render plans (KẾ HOẠCH) from YAML data and Scriban templates to DOCX, XLSX and PDF.
if (Language.Choose(args) is { } languageError)
{
    Console.Error.WriteLine("error: " + languageError);
    return Cli.InputError;
}
var root = new RootCommand(
    "ReportKit: render Vietnamese plans (KẾ HOẠCH) from YAML data and Scriban templates to DOCX laid out to the official rules of their regime " +
    "(NĐ 30/2020/NĐ-CP for state bodies and mass organisations, Hướng dẫn 36-HD/VPTW for Party committees; profiles hoi, nha-nuoc, dang, doan or your own), " +
    "with the target annex as XLSX and, through LibreOffice, PDF or PDF/A. Clone a plan for every lower-level unit and render whole folders in one batch.");
var limits = CommonOptions.Limits();
root.Options.Add(limits);
root.Options.Add(Language.Option());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(NewDataCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(CloneCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(FixCommand.Create());
var parse = root.Parse(args);
if (parse.Errors.Count == 0 && Cli.ApplyLimits(parse.GetValue(limits) ?? []) is var code && code != Cli.Ok) return code;
return parse.Invoke();
