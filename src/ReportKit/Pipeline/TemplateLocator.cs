namespace ReportKit.Pipeline;

/// <summary>
/// Finds the templates folder: an explicit one, else the nearest templates/ above the plan file
/// (a project checkout), else the one shipped beside the program.
/// </summary>
internal sealed class TemplateLocator
{
    public IReadOnlyList<string> Roots { get; }

    public TemplateLocator(string? explicitDir, string? planPath)
    {
        var roots = new List<string>();
        if (explicitDir is not null) roots.Add(Path.GetFullPath(explicitDir));
        if (planPath is not null)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(planPath));
            roots.Add(dir!);
            for (var d = dir; d is not null; d = Path.GetDirectoryName(d))
            {
                var candidate = Path.Combine(d, "templates");
                if (Directory.Exists(candidate)) { roots.Add(candidate); break; }
            }
        }
        roots.Add(Path.Combine(AppContext.BaseDirectory, "templates"));
        Roots = roots.Distinct().ToList();
    }

    /// <summary>Exactly these folders, in this order (the library facade: the caller's folders, then the bundled templates).</summary>
    internal TemplateLocator(IEnumerable<string> roots) => Roots = roots.Select(Path.GetFullPath).Distinct().ToList();

    public IEnumerable<string> ProfileDirs => Roots.Select(r => Path.Combine(r, "profiles")).Concat(Roots);

    /// <summary>A template by name ("ke-hoach") or relative path ("mau-rieng.sbn", resolved against the plan's folder first).</summary>
    /// <param name="fromPlan">The name was written in a plan (mau:): it must resolve inside <see cref="Roots"/> (see <see cref="Sandbox"/>); names given on the command line need not.</param>
    /// <exception cref="SandboxException">With <paramref name="fromPlan"/>, the name leads outside the roots.</exception>
    public string? FindTemplate(string nameOrPath, bool fromPlan = false)
    {
        var file = nameOrPath.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) ? nameOrPath : nameOrPath + ".sbn";
        if (fromPlan) return Sandbox.Find(file, Roots, Roots, "template");
        if (Path.IsPathRooted(file)) return File.Exists(file) ? file : null;
        return Roots.Select(r => Path.Combine(r, file)).FirstOrDefault(File.Exists);
    }
}
