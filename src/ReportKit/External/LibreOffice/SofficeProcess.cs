using System.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.External.LibreOffice;

/// <summary>How one soffice run ended, and what it said on stderr (without launcher noise).</summary>
sealed record SofficeRun(TimeSpan? TimedOutAfter, int ExitCode, IReadOnlyList<string> Said)
{
    /// <summary>Why the program could not be started at all (not executable, not a program); null when it ran.</summary>
    public string? NotStarted { get; init; }

    public bool Failed => NotStarted is not null || TimedOutAfter is not null || ExitCode != 0;

    /// <summary>What went wrong, in a sentence a user can act on.</summary>
    public string Problem => NotStarted is { } why
        ? UiLanguage.Format(ExternalMessages.SofficeNotStarted, why)
        : TimedOutAfter is { } t
        ? UiLanguage.Format(ExternalMessages.SofficeTimedOut, t.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture))
        : Said.Count > 0
            ? UiLanguage.Format(ExternalMessages.SofficeSaid, string.Join(" ", Said), ExitCode)
            : UiLanguage.Format(ExternalMessages.SofficeSilent, ExitCode);
}

/// <summary>
/// Runs soffice headless with its own user profile, so parallel runs and a LibreOffice the user
/// has open never share (and lock) a profile, and stops the whole process tree (the soffice
/// script, oosplash, soffice.bin) when it runs past its time. The PDF writer (DOCX → PDF) and the
/// reader of old Word documents (.doc → DOCX) both convert through it.
/// </summary>
static class SofficeProcess
{
    public static SofficeRun Run(string soffice, string profileDir, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        psi.ArgumentList.Add("-env:UserInstallation=" + new Uri(Path.GetFullPath(profileDir) + Path.DirectorySeparatorChar).AbsoluteUri);
        foreach (var a in new[] { "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck" }) psi.ArgumentList.Add(a);
        foreach (var a in arguments) psi.ArgumentList.Add(a);

        Process? started;
        try
        {
            started = Process.Start(psi);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new SofficeRun(null, -1, []) { NotStarted = UiLanguage.Format(ExternalMessages.SofficeCannotRun, soffice, ex.Message) };
        }
        if (started is null) return new SofficeRun(null, -1, []) { NotStarted = UiLanguage.Format(ExternalMessages.SofficeDidNotStart, soffice) };
        using var process = started;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* it ended meanwhile */ }
            process.WaitForExit();
            return new SofficeRun(timeout, -1, []);
        }
        process.WaitForExit(); // lets the output readers drain
        // soffice reports a file it cannot load ("Error: source file could not be loaded") on stdout or stderr, depending on version.
        var said = Meaningful(stderr.Result).Concat(Meaningful(stdout.Result).Where(l => l.StartsWith("Error", StringComparison.OrdinalIgnoreCase))).ToList();
        return new SofficeRun(null, process.ExitCode, said);
    }

    /// <summary>stderr lines worth showing a user: without LibreOffice's Java launcher noise.</summary>
    internal static IEnumerable<string> Meaningful(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.Contains("javaldx", StringComparison.Ordinal) && !l.StartsWith("convert ", StringComparison.Ordinal));
}
