namespace ReportKit.Writers.Pdf;

/// <summary>
/// Puts a set of finished files in place together: each is first copied next to its final name,
/// and only when every copy is complete are they renamed over the old files. A failure while
/// copying leaves every old file as it was.
/// </summary>
/// <remarks>Render's own output transaction (issue 15) will take this over once it lands.</remarks>
static class FileSet
{
    public static void Replace(IReadOnlyList<(string Staged, string Final)> files)
    {
        var temps = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (staged, final) in files)
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(final))!;
                Directory.CreateDirectory(dir);
                var temp = Path.Combine(dir, $".{Path.GetFileName(final)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                temps.Add((temp, final));
                File.Copy(staged, temp);
            }
            foreach (var (temp, final) in temps) File.Move(temp, final, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in temps)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
