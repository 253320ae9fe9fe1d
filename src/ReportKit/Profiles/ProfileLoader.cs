using ReportKit.Diagnostics;
using ReportKit.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportKit.Profiles;

/// <summary>Finds and reads format profiles: templates/profiles/&lt;name&gt;.yaml, or a path.</summary>
public static class ProfileLoader
{
    static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <param name="at">Where the plan names the profile, so a wrong name is reported there.</param>
    public static FormatProfile Load(string nameOrPath, IEnumerable<string> searchDirs, Model.SourceRef? at = null)
    {
        var dirs = searchDirs.ToList();
        var path = Resolve(nameOrPath, dirs);
        if (path is null)
        {
            // Known profiles are the files in profiles/ folders (not every YAML beside the plan).
            var known = dirs.Where(d => Path.GetFileName(d) == "profiles" && Directory.Exists(d))
                .SelectMany(d => Directory.GetFiles(d, "*.yaml")).Select(f => Path.GetFileNameWithoutExtension(f)).Distinct().Order(StringComparer.Ordinal);
            var message = $"the_thuc: no profile named '{nameOrPath}' (known: {string.Join(", ", known)})";
            throw new ReportKitException(at is null
                ? new Diagnostic(Severity.Error, null, null, message)
                : Diagnostic.Error(at.File, at.Line, at.Column, message));
        }
        return LoadFile(path);
    }

    public static string? Resolve(string nameOrPath, IEnumerable<string> searchDirs)
    {
        // A path ("profiles/rieng.yaml") is taken as written (absolute) or against each search folder,
        // the plan's own folder among them; a name ("dang") is looked up as <dir>/<name>.yaml.
        var isPath = nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        if (isPath && Path.IsPathRooted(nameOrPath)) return File.Exists(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        foreach (var dir in searchDirs)
        {
            var candidate = Path.Combine(dir, isPath ? nameOrPath : nameOrPath + ".yaml");
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return isPath && File.Exists(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
    }

    public static FormatProfile LoadFile(string path)
    {
        try
        {
            var profile = Deserializer.Deserialize<FormatProfile>(VietnameseText.Nfc(File.ReadAllText(path))) ?? new FormatProfile();
            if (string.IsNullOrEmpty(profile.Name)) profile.Name = Path.GetFileNameWithoutExtension(path);
            foreach (var p in profile.Numbering)
                if (!Document.SectionNumbering.IsValidPattern(p))
                    throw new ReportKitException(new Diagnostic(Severity.Error, path, null, $"danh_so: \"{p}\" is not a numbering pattern like I., 1., 1.1., a)"));
            if (profile.Checks.SymbolPattern is { } pattern)
            {
                try { _ = new System.Text.RegularExpressions.Regex(pattern); }
                catch (ArgumentException ex)
                {
                    throw new ReportKitException(new Diagnostic(Severity.Error, path, null, $"kiem_tra.ky_hieu: '{pattern}' is not a regular expression ({ex.Message})"));
                }
            }
            if (profile.Signature.Prefixes.Count == 0)
                throw new ReportKitException(new Diagnostic(Severity.Error, path, null, "chu_ky.tien_to: list at least one authority prefix (TM., T/M, ...)"));
            return profile;
        }
        catch (YamlException ex)
        {
            var msg = ex.InnerException?.Message ?? ex.Message;
            throw new ReportKitException(Diagnostic.Error(path, (int)ex.Start.Line, (int)ex.Start.Column, msg));
        }
    }
}
