using System.Diagnostics;

namespace ReportKit.Tests.Support;

/// <summary>Runs the real reportgen program (the built reportgen.dll) as a user would.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDir, params string[] args) => Run(new Dictionary<string, string?>(), workingDir, args);

    /// <summary>
    /// Runs reportgen as a Vietnamese user does (REPORTKIT_LANG unset: the default) and then with
    /// --lang en, so a test states what each reads: <c>Cli.RunBoth(dir, "render", plan).Stderr("lỗi: …", "error: …")</c>.
    /// Both runs see the same files: a command that writes must be given a place the second run may write too.
    /// </summary>
    public static Both RunBoth(string workingDir, params string[] args) => RunBoth(new Dictionary<string, string?>(), workingDir, args);

    /// <summary>As <see cref="RunBoth(string, string[])"/>, with environment variables set for both runs.</summary>
    public static Both RunBoth(IReadOnlyDictionary<string, string?> environment, string workingDir, params string[] args)
    {
        var env = new Dictionary<string, string?>(environment) { ["REPORTKIT_LANG"] = null };
        return new Both(Run(env, workingDir, args), Run(env, workingDir, ["--lang", "en", .. args]));
    }

    /// <summary>The same command line run in Vietnamese and in English, with assertions that take the text each should print.</summary>
    public sealed record Both(Result Vi, Result En)
    {
        /// <summary>Both runs ended with <paramref name="code"/>.</summary>
        public Both Exit(int code)
        {
            Xunit.Assert.True(code == Vi.ExitCode, $"Vietnamese run: exit code {Vi.ExitCode}, expected {code}\n{Vi.Stdout}{Vi.Stderr}");
            Xunit.Assert.True(code == En.ExitCode, $"English run: exit code {En.ExitCode}, expected {code}\n{En.Stdout}{En.Stderr}");
            return this;
        }

        /// <summary>Standard error holds <paramref name="vi"/> in the Vietnamese run and <paramref name="en"/> in the English one.</summary>
        public Both Stderr(string vi, string en)
        {
            Xunit.Assert.Contains(vi, Vi.Stderr);
            Xunit.Assert.Contains(en, En.Stderr);
            return this;
        }

        /// <summary>Standard output holds <paramref name="vi"/> in the Vietnamese run and <paramref name="en"/> in the English one.</summary>
        public Both Stdout(string vi, string en)
        {
            Xunit.Assert.Contains(vi, Vi.Stdout);
            Xunit.Assert.Contains(en, En.Stdout);
            return this;
        }

        /// <summary>Standard output matches the pattern <paramref name="vi"/> in the Vietnamese run and <paramref name="en"/> in the English one.</summary>
        public Both StdoutMatches(string vi, string en)
        {
            Xunit.Assert.Matches(vi, Vi.Stdout);
            Xunit.Assert.Matches(en, En.Stdout);
            return this;
        }

        /// <summary>Neither run printed a stack trace.</summary>
        public Both NoStackTrace()
        {
            Xunit.Assert.DoesNotContain("   at ", Vi.Stderr);
            Xunit.Assert.DoesNotContain("   at ", En.Stderr);
            return this;
        }
    }

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
