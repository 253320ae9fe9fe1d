using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace ReportKit.Tests.Support;

/// <summary>Other programs a test runs (dotnet pack, an installed tool, a sample), and the packages they make.</summary>
public static class Programs
{
    /// <summary>Runs <paramref name="program"/> and returns what it printed; fails the test when it exits with an error or hangs (300 s).</summary>
    public static string Run(string workingDir, string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000)) { p.Kill(true); throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 300 s"); }
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {p.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    /// <summary>The metadata element of a nupkg's .nuspec; read a field with <see cref="Field"/>.</summary>
    public static XElement NuspecMetadata(ZipArchive package)
    {
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        return XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>One field of a .nuspec's metadata ("id", "license", "readme", ...).</summary>
    public static string Field(this XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
}
