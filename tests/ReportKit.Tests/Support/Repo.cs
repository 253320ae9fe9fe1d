namespace ReportKit.Tests.Support;

/// <summary>Paths inside the checkout, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    static string Find()
    {
        for (var d = AppContext.BaseDirectory; d is not null; d = Path.GetDirectoryName(d))
            if (File.Exists(Path.Combine(d, "ReportKit.sln"))) return d;
        throw new InvalidOperationException("ReportKit.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Examples => Path.Combine(Root, "examples");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Example(string name) => Path.Combine(Examples, name, "ke-hoach.yaml");

    public static IEnumerable<object[]> ExampleNames() =>
        Directory.GetDirectories(Examples).Where(d => File.Exists(Path.Combine(d, "ke-hoach.yaml")))
            .Select(d => new object[] { Path.GetFileName(d) }).OrderBy(o => (string)o[0], StringComparer.Ordinal);

    /// <summary>A fresh temporary folder, removed when disposed.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportkit-tests", Guid.NewGuid().ToString("N"));
        public TempDir() => Directory.CreateDirectory(Path);
        public string File(string name, string content)
        {
            var p = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
            System.IO.File.WriteAllText(p, content);
            return p;
        }
        public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
    }
}
