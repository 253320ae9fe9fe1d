using System.CommandLine;

namespace ReportGen;

/// <summary>Options every command that renders or clones shares, defined once so their help reads the same.</summary>
static class CommonOptions
{
    public static Option<DirectoryInfo?> Templates() => new("--templates", "-t")
    {
        Description = "Folder holding templates (*.sbn, including the clone template nhan-ban.sbn) and profiles/ (*.yaml). Default: the nearest templates/ above the plan, then the one shipped with reportgen.",
    };
}
