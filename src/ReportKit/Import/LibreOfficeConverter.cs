using System.Diagnostics;
using ReportKit.Diagnostics;

namespace ReportKit.Import;

/// <summary>
/// Converts an old Word 97–2003 .doc (or .rtf, .odt) to .docx with LibreOffice, when it is
/// installed: headless, into a private temporary folder, with a private user profile so parallel
/// runs and a user's open LibreOffice do not collide. Both folders are removed afterwards.
/// </summary>
public static class LibreOfficeConverter
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The soffice executable on PATH (or REPORTKIT_SOFFICE), or null.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("REPORTKIT_SOFFICE") is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Converts <paramref name="path"/> and hands the .docx to <paramref name="read"/> before the temporary files are removed.</summary>
    public static T Convert<T>(string path, Func<string, T> read)
    {
        var soffice = Find() ?? throw Fail(path,
            "this is an old Word document (.doc); converting it needs LibreOffice, which is not installed (Debian/Ubuntu: apt-get install libreoffice-writer-nogui). Or open it in Word and save it as .docx");
        var work = Path.Combine(Path.GetTempPath(), "reportkit-doc-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(work, "profile");
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(output);
        try
        {
            var psi = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri);
            psi.ArgumentList.Add("--headless");
            psi.ArgumentList.Add("--norestore");
            psi.ArgumentList.Add("--convert-to");
            psi.ArgumentList.Add("docx:MS Word 2007 XML");
            psi.ArgumentList.Add("--outdir");
            psi.ArgumentList.Add(output);
            psi.ArgumentList.Add(Path.GetFullPath(path));
            using var process = Process.Start(psi) ?? throw Fail(path, $"could not start LibreOffice ({soffice})");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw Fail(path, $"LibreOffice did not finish converting the document within {Timeout.TotalSeconds:0} s");
            }
            var converted = Path.Combine(output, Path.GetFileNameWithoutExtension(path) + ".docx");
            if (process.ExitCode != 0 || !File.Exists(converted))
            {
                var why = stderr.Result.Trim();
                throw Fail(path, "LibreOffice could not convert the document to .docx" + (why.Length > 0 ? $" ({why.Split('\n')[0]})" : " (is it damaged or password-protected?)"));
            }
            return read(converted);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static ReportKitException Fail(string path, string message) => new(new Diagnostic(Severity.Error, path, null, message));
}
