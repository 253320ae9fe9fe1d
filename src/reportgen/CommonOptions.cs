using System.CommandLine;

namespace ReportGen;

/// <summary>Options every command that renders or clones shares, defined once so their help reads the same.</summary>
static class CommonOptions
{
    public static Option<DirectoryInfo?> Templates() => new("--templates", "-t")
    {
        Description = "Folder holding templates (*.sbn, including the clone template nhan-ban.sbn) and profiles/ (*.yaml). Default: the nearest templates/ above the plan, then the one shipped with reportgen.",
    };

    /// <summary>--tu-du-thao: clone a parent that has no số or ngày yet; the children are drafts citing it as "Kế hoạch (dự thảo) của …".</summary>
    public static Option<bool> FromDraft() => new("--tu-du-thao")
    {
        Description = "Clone a parent that is still a draft (no so or no ngay): the units' plans are drafts too and cite it as \"Kế hoạch (dự thảo) của …\". Without it a draft parent is refused.",
    };
}
