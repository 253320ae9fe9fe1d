using ReportKit.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.Writers;

/// <summary>
/// The files of one render (the DOCX, its annex workbook, ...), written as one transaction: every
/// file goes to a temporary beside its target, and only when all are complete are they renamed
/// into place; if anything fails (a full disk, an output name that is a folder, a read-only
/// earlier output) every earlier file stays byte for byte as it was and no temporary is left.
/// A read-only earlier output is never replaced: someone marked it so (often the issued version).
/// Adding a file to a render is one <see cref="Add"/>.
/// </summary>
internal sealed class OutputSet
{
    readonly List<(string Path, Action<Stream> Write)> _files = [];

    /// <summary>A file of this render; <paramref name="write"/> runs during <see cref="Commit"/>, into a temporary.</summary>
    public OutputSet Add(string path, Action<Stream> write)
    {
        _files.Add((Path.GetFullPath(path), write));
        return this;
    }

    public IReadOnlyList<string> Paths => _files.Select(f => f.Path).ToList();

    /// <summary>Writes every file or none; <see cref="ReportKitException"/> says which file failed and that nothing changed.</summary>
    public void Commit()
    {
        Check();
        // Each file is built in memory first: a writer's failure is then told apart from the disk's.
        var contents = _files.Select(f => (f.Path, Bytes: Build(f.Write))).ToList();
        // Built in parallel, put on disk one render at a time (DiskGate).
        DiskGate.Run(() => Write(contents));
    }

    void Write(List<(string Path, byte[] Bytes)> contents)
    {
        var temps = new List<string>();
        try
        {
            foreach (var (path, bytes) in contents)
            {
                var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    temps.Add(temp);
                    // No fsync: it cost ~14 ms a file (most of a plan's time in a batch) and guards
                    // only against power loss, after which a batch is simply run again.
                    using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    stream.Write(bytes);
                }
                catch (Exception ex)
                {
                    // Only the file system acts here: a full disk (ENOSPC, EFBIG), a lost permission, a vanished folder.
                    throw Failed(path, ex.Message);
                }
            }
            Rename(temps);
        }
        finally
        {
            foreach (var t in temps) TryDelete(t);
        }
    }

    static byte[] Build(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        return ms.ToArray();
    }

    /// <summary>What would make the transaction fail, found before anything is written.</summary>
    void Check()
    {
        var problems = new List<Diagnostic>();
        foreach (var (path, _) in _files)
        {
            for (var dir = Path.GetDirectoryName(path); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (!File.Exists(dir)) continue;
                problems.Add(new Diagnostic(Severity.Error, dir, null, WriterMessages.OutputFolderIsAFile));
                break;
            }
            if (Directory.Exists(path))
                problems.Add(new Diagnostic(Severity.Error, path, null, WriterMessages.OutputFileIsAFolder));
            else if (File.Exists(path) && IsReadOnly(path))
                problems.Add(new Diagnostic(Severity.Error, path, null, WriterMessages.OutputFileReadOnly));
        }
        if (problems.Count > 0) throw new ReportKitException(problems.Distinct().ToList());
    }

    static bool IsReadOnly(string path) => OperatingSystem.IsWindows()
        ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);

    /// <summary>Moves the complete temporaries into place; if one move fails, the files already moved are put back.</summary>
    void Rename(List<string> temps)
    {
        if (_files.Count == 1)
        {
            Move(temps[0], _files[0].Path);
            return;
        }
        var done = new List<(string Target, string? Backup)>();
        try
        {
            for (var i = 0; i < _files.Count; i++)
            {
                var target = _files[i].Path;
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.bak.tmp");
                    File.Move(target, backup);
                }
                done.Add((target, backup));
                Move(temps[i], target);
            }
        }
        catch (ReportKitException)
        {
            for (var i = done.Count - 1; i >= 0; i--)
            {
                var (target, backup) = done[i];
                if (backup is null) TryDelete(target);
                else try { File.Move(backup, target, overwrite: true); } catch (IOException) { }
            }
            throw;
        }
        foreach (var (_, backup) in done) if (backup is not null) TryDelete(backup);
    }

    static void Move(string temp, string target)
    {
        try
        {
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex)
        {
            throw Failed(target, ex.Message);
        }
    }

    static ReportKitException Failed(string path, string reason) =>
        new(new Diagnostic(Severity.Error, path, null, UiLanguage.Format(WriterMessages.WriteFailed, reason.TrimEnd('.'))));

    static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
