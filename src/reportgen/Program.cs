using System.CommandLine;
using ReportGen;
using ReportGen.Localization;

// reportgen: render plans (KẾ HOẠCH) from YAML data and Scriban templates to DOCX, XLSX and PDF.
if (Language.Choose(args) is { } languageError)
{
    Console.Error.WriteLine(Cli.Error(languageError));
    return Cli.InputError;
}
var root = new RootCommand(CliMessages.RootDescription);
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
Help.Localize(root);
var parse = root.Parse(args);
// System.CommandLine words its parse errors in English only: they are printed here in the user's language.
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Invocation.SynchronousCommandLineAction { ClearsParseErrors: true })
    return Help.ParseErrors(parse);
if (parse.Errors.Count == 0 && Cli.ApplyLimits(parse.GetValue(limits) ?? []) is var code && code != Cli.Ok) return code;
return parse.Invoke();
