using System.Diagnostics;

namespace ReportKit.Tests.Support;

/// <summary>Runs the real reportgen program (the built reportgen.dll) as a user would.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDir, params string[] args) => Run(new Dictionary<string, string?>(), workingDir, args);

    /// <summary>As <see cref="Run(string, string[])"/>, with environment variables set (a value of null removes one).</summary>
    public static Result Run(IReadOnlyDictionary<string, string?> environment, string workingDir, params string[] args) =>
        Run(workingDir, environment, null, TimeSpan.FromSeconds(120), args);

    /// <summary>
    /// As <see cref="Run(string, string[])"/>, with environment variables (a value of null removes
    /// one), a time limit (a run that exceeds it is a hang: killed, then <see cref="TimeoutException"/>)
    /// and optionally a cap on the size of every file the run writes (KiB), the way a full disk stops a write.
    /// </summary>
    public static Result Run(string workingDir, IReadOnlyDictionary<string, string?> environment, int? fileSizeLimitKiB, TimeSpan timeout, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        ProcessStartInfo psi;
        if (fileSizeLimitKiB is { } kib)
        {
            // SIGXFSZ ignored, so a write past the limit fails with EFBIG like a full disk's ENOSPC.
            psi = new ProcessStartInfo("bash") { ArgumentList = { "-c", $"trap '' XFSZ; ulimit -f {kib}; exec dotnet \"$@\"", "reportgen", dll } };
            // The runtime's double-mapped code pages are a file too: without this it cannot start under the cap.
            psi.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        }
        else if (Environment.GetEnvironmentVariable("REPORTKIT_REPORTGEN") is { Length: > 0 } native)
        {
            // Another reportgen program, the native build among them:
            // REPORTKIT_REPORTGEN=publish/linux-x64/reportgen dotnet test --filter "FullyQualifiedName~Cli"
            psi = new ProcessStartInfo(Path.GetFullPath(native, Repo.Root));
        }
        else
        {
            psi = new ProcessStartInfo("dotnet") { ArgumentList = { dll } };
        }
        psi.WorkingDirectory = workingDir;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        // English unless the test sets REPORTKIT_LANG (or passes --lang): most assertions were written in English.
        psi.Environment["REPORTKIT_LANG"] = "en";
        foreach (var (name, value) in environment)
            if (value is null) psi.Environment.Remove(name); else psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout)) { p.Kill(true); throw new TimeoutException($"reportgen did not finish in {timeout.TotalSeconds:0} s"); }
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
