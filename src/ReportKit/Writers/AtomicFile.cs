namespace ReportKit.Writers;

/// <summary>
/// Writes one file through a temporary beside it, renamed into place when complete, so a crash
/// or Ctrl+C never leaves a truncated file and a good file is never replaced by a broken one
/// (an <see cref="OutputSet"/> of one file: a read-only earlier file is refused, not replaced).
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => new OutputSet().Add(path, write).Commit();
}
