using System.CommandLine;
using ReportGen.Localization;

namespace ReportGen;

/// <summary>Options every command that renders or clones shares, defined once so their help reads the same.</summary>
static class CommonOptions
{
    public static Option<DirectoryInfo?> Templates() => new("--templates", "-t")
    {
        Description = CliMessages.TemplatesOption,
    };

    /// <summary>--tu-du-thao: clone a parent that has no số or ngày yet; the children are drafts citing it as "Kế hoạch (dự thảo) của …".</summary>
    public static Option<bool> FromDraft() => new("--tu-du-thao")
    {
        Description = CliMessages.FromDraftOption,
    };

    public static Option<FileInfo?> Data() => new("--data")
    {
        Description = CliMessages.DataOption,
    };

    public static Option<bool> AllowMismatch() => new("--allow-mismatch")
    {
        Description = CliMessages.AllowMismatchOption,
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = CliMessages.StrictOption,
    };

    /// <summary>--limit name=value, on every command; REPORTKIT_LIMITS sets the same for every run (docs/gioi-han.md).</summary>
    public static Option<string[]> Limits() => new("--limit")
    {
        Description = CliMessages.LimitOption,
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
