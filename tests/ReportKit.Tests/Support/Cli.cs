using System.Diagnostics;

namespace ReportKit.Tests.Support;

/// <summary>Runs the real reportgen program (the built reportgen.dll) as a user would.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDir, params string[] args) => Run(new Dictionary<string, string?>(), workingDir, args);

    /// <summary>As <see cref="Run(string, string[])"/>, with environment variables set (a value of null removes one).</summary>
    public static Result Run(IReadOnlyDictionary<string, string?> environment, string workingDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
            if (value is null) psi.Environment.Remove(name); else psi.Environment[name] = value;
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportgen.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("reportgen did not finish in 120 s"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
