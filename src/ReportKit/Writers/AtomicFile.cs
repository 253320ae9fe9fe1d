namespace ReportKit.Writers;

/// <summary>
/// Writes through a temporary file in the same folder and renames it into place, so a crash or
/// Ctrl+C never leaves a truncated file and a good file is never replaced by a broken one.
/// No fsync: it cost ~14 ms a file (most of a plan's render time in a batch) and guards only
/// against power loss, after which a batch is simply run again.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
