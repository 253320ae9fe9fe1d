namespace ReportKit.Writers;

/// <summary>
/// One render at a time puts its files on disk; the rendering itself stays parallel. Creating and
/// renaming files in one folder is serialised by the file system anyway, and on the project's
/// 2-core VM two threads doing it at once were slower than one (the write-only floor: 1,000 files
/// in 285 ms from one thread, 570 ms from two; a national batch at -j2 took longer than at -j1).
/// With the gate (in <see cref="OutputSet.Commit"/>), one worker writes while the other renders.
/// </summary>
internal static class DiskGate
{
    static readonly Lock Gate = new();

    public static void Run(Action write)
    {
        lock (Gate) write();
    }
}
