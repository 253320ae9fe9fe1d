using System.CommandLine;

namespace ReportGen;

/// <summary>Options every command that renders or clones shares, defined once so their help reads the same.</summary>
static class CommonOptions
{
    public static Option<DirectoryInfo?> Templates() => new("--templates", "-t")
    {
        Description = "Folder holding templates (*.sbn, including the clone template nhan-ban.sbn), profiles/ (*.yaml) and cap/ (the level wording clone uses, *.yaml). Default: the nearest templates/ above the plan, then the one shipped with reportgen.",
    };

    /// <summary>--tu-du-thao: clone a parent that has no số or ngày yet; the children are drafts citing it as "Kế hoạch (dự thảo) của …".</summary>
    public static Option<bool> FromDraft() => new("--tu-du-thao")
    {
        Description = "Clone a parent that is still a draft (no so or no ngay): the units' plans are drafts too and cite it as \"Kế hoạch (dự thảo) của …\". Without it a draft parent is refused.",
    };

    public static Option<FileInfo?> Data() => new("--data")
    {
        Description = "Workbook of targets (chi-tieu.xlsx or .xls, layout in docs/annex.md) that replaces the plan's chi_tieu; its annex goes to <name>.phu-luc.xlsx.",
    };

    public static Option<bool> AllowMismatch() => new("--allow-mismatch")
    {
        Description = "Render even when allocations do not add up to a target's total; the cell is still flagged and reported. Without it such a plan exits 1 and writes nothing.",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Warnings count as errors: nothing is written and the exit code is 1 (e.g. a figure in the body that disagrees with the plan's targets).",
    };

    /// <summary>--limit name=value, on every command; REPORTKIT_LIMITS sets the same for every run (docs/gioi-han.md).</summary>
    public static Option<string[]> Limits() => new("--limit")
    {
        Description = "Change a safety limit for this run, e.g. --limit workbook-rows=100000 (repeatable; names and defaults: docs/gioi-han.md). The environment variable REPORTKIT_LIMITS=\"name=value,...\" sets them for every run.",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
