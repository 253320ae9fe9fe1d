using System.Diagnostics;

namespace ReportKit.Benchmarks;

/// <summary>
/// "floor": the least a batch could cost on this disk. Writes the files a batch wrote (read into
/// memory first, untimed) again into an empty folder the way the batch writes them: the same
/// folders, names and bytes, each plan's files together, each file created as a temporary beside
/// its target and renamed into place when complete, on the threads given (bench/compare.sh: one,
/// as the batch puts its files on disk one render at a time through DiskGate). No
/// YAML, no template, no DOCX or XLSX is made: what remains is creating, writing and renaming.
/// </summary>
static class WriteFloor
{
    public static void Run(string from, string to, int jobs)
    {
        from = Path.GetFullPath(from);
        to = Path.GetFullPath(to);
        // One item per plan, as the batch renders them: the files sharing a name before the first dot.
        var plans = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Rel: Path.GetRelativePath(from, f), Bytes: File.ReadAllBytes(f)))
            .GroupBy(f => Path.Combine(Path.GetDirectoryName(f.Rel)!, Path.GetFileName(f.Rel).Split('.')[0]))
            .Select(g => g.ToList())
            .ToList();
        var files = plans.Sum(p => p.Count);
        var bytes = plans.Sum(p => p.Sum(f => (long)f.Bytes.Length));
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(plans, new ParallelOptions { MaxDegreeOfParallelism = jobs }, plan =>
        {
            foreach (var (rel, content) in plan)
            {
                var path = Path.Combine(to, rel);
                var dir = Path.GetDirectoryName(path)!;
                Directory.CreateDirectory(dir);
                var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    stream.Write(content);
                File.Move(temp, path, overwrite: true);
            }
        });
        Console.WriteLine($"floor: {plans.Count} plans, {files} files, {bytes / 1024.0 / 1024.0:0.0} MiB written in {clock.Elapsed.TotalMilliseconds:0} ms ({jobs} threads)");
    }
}
