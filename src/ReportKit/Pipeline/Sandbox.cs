using ReportKit.Localization;

namespace ReportKit.Pipeline;

/// <summary>A template, include or profile named in a plan that lies outside the folders it may come from.</summary>
internal sealed class SandboxException(string message) : Exception(message);

/// <summary>
/// Where files named inside plans and templates (mau, include, the_thuc) may come from: the
/// plan's folder and the template folders, nothing else. A name is looked up in each search
/// folder; the file it lands on, with every link on the way followed, must lie inside one of the
/// allowed folders. "..", absolute paths and links that lead out are refused: a plan received
/// from elsewhere cannot make reportgen read (and print) other files of the machine.
/// </summary>
internal static class Sandbox
{
    /// <returns>The file's full path, or null when no search folder has it.</returns>
    /// <exception cref="SandboxException">The name leads outside <paramref name="allowed"/>.</exception>
    public static string? Find(string nameOrPath, IEnumerable<string> searchDirs, IReadOnlyList<string> allowed, string what)
    {
        var roots = allowed.Select(r => RealPath(Path.GetFullPath(r))).Distinct().ToList();
        var candidates = Path.IsPathRooted(nameOrPath) ? [nameOrPath] : searchDirs.Select(d => Path.Combine(d, nameOrPath));
        string? outside = null;
        foreach (var candidate in candidates)
        {
            var full = Path.GetFullPath(candidate);
            if (!Inside(full, roots)) { outside ??= full; continue; }
            if (!File.Exists(full)) continue;
            var real = RealPath(full);
            if (!Inside(real, roots))
                throw new SandboxException(UiLanguage.Format(PipelineMessages.SandboxLink, nameOrPath, real, string.Join(", ", roots), Noun(what)));
            return full;
        }
        if (outside is not null)
            throw new SandboxException(UiLanguage.Format(PipelineMessages.SandboxOutside, nameOrPath, string.Join(", ", roots), Noun(what)));
        return null;
    }

    /// <summary>What the file is, in the reader's language ("template" and "profile" are the callers' words).</summary>
    static string Noun(string what) => what switch
    {
        "template" => PipelineMessages.SandboxTemplate,
        "profile" => PipelineMessages.SandboxProfile,
        _ => what,
    };

    static bool Inside(string path, List<string> roots) =>
        roots.Any(r => path == r || path.StartsWith(r.EndsWith(Path.DirectorySeparatorChar) ? r : r + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>The path with every link along it followed (a linked folder as much as a linked file).</summary>
    static string RealPath(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            try
            {
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    next = RealPath(target.FullName);
            }
            catch (IOException)
            {
                // A link cycle: leave the path as it is; it cannot be read anyway.
            }
            current = next;
        }
        return current;
    }
}
