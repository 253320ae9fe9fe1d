using System.Reflection;
using System.Security.Cryptography;

namespace ReportKit.Pipeline;

/// <summary>
/// The templates and format profiles shipped inside the library (the repository's templates/,
/// embedded as resources), so a program that uses ReportKit needs no files beside it. They are
/// put on disk once per version in the user's own application-data folder (named by a hash of
/// their content, checked byte for byte before use) and used from there as the last template
/// folder: every rule for files named in a plan (mau, the_thuc, include) applies to them as to
/// any template folder, and a folder the caller gives comes first.
/// </summary>
static class BundledTemplates
{
    const string Prefix = "ReportKit.Templates/";

    static readonly Lazy<string> Extracted = new(Extract, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder holding the bundled templates (ke-hoach.sbn, profiles/, cap/).</summary>
    public static string Folder => Extracted.Value;

    static string Extract()
    {
        var assembly = typeof(BundledTemplates).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Name: n[Prefix.Length..].Replace('\\', '/'), Bytes: Read(assembly, n)))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var folder = Path.Combine(CacheRoot(), "templates-" + Hash(files));
        if (Holds(folder, files)) return folder;
        var staging = $"{folder}.{Environment.ProcessId}-{Guid.NewGuid():N}";
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(staging, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.Move(staging, folder);
            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another process put the same files there first, or the folder cannot be replaced: use our own copy.
            if (Holds(folder, files)) { TryDelete(staging); return folder; }
            return staging;
        }
    }

    static string CacheRoot()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return string.IsNullOrEmpty(local)
            ? Path.Combine(Path.GetTempPath(), "ReportKit-" + Environment.UserName)
            : Path.Combine(local, "ReportKit");
    }

    static bool Holds(string folder, List<(string Name, byte[] Bytes)> files) =>
        Directory.Exists(folder) && files.All(f =>
        {
            var path = Path.Combine(folder, f.Name);
            return File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(f.Bytes);
        });

    static string Hash(List<(string Name, byte[] Bytes)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n" + bytes.Length + "\n"));
            sha.AppendData(bytes);
        }
        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    static byte[] Read(Assembly assembly, string name)
    {
        using var s = assembly.GetManifestResourceStream(name)!;
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
