using ReportKit.Diagnostics;
using ReportKit.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportKit.Profiles;

/// <summary>Finds and reads format profiles: templates/profiles/&lt;name&gt;.yaml, or a path.</summary>
public static class ProfileLoader
{
    static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static FormatProfile Load(string nameOrPath, IEnumerable<string> searchDirs)
    {
        var path = Resolve(nameOrPath, searchDirs);
        if (path is null)
        {
            var dirs = searchDirs.ToList();
            var known = dirs.Where(Directory.Exists)
                .SelectMany(d => Directory.GetFiles(d, "*.yaml")).Select(f => Path.GetFileNameWithoutExtension(f)).Distinct().Order();
            throw new ReportKitException(new Diagnostic(Severity.Error, null, null,
                $"the_thuc: no profile named '{nameOrPath}' (known: {string.Join(", ", known)})"));
        }
        return LoadFile(path);
    }

    public static string? Resolve(string nameOrPath, IEnumerable<string> searchDirs)
    {
        if (nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && File.Exists(nameOrPath)) return Path.GetFullPath(nameOrPath);
        foreach (var dir in searchDirs)
        {
            var candidate = Path.Combine(dir, nameOrPath + ".yaml");
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
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
            return profile;
        }
        catch (YamlException ex)
        {
            var msg = ex.InnerException?.Message ?? ex.Message;
            throw new ReportKitException(Diagnostic.Error(path, (int)ex.Start.Line, (int)ex.Start.Column, msg));
        }
    }
}
