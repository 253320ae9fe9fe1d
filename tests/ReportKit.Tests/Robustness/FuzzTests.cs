using ReportKit.Tests.Support;
using Xunit.Abstractions;

namespace ReportKit.Tests.Robustness;

/// <summary>
/// The fuzz run (see <see cref="Fuzz"/>): 1,000 mutated inputs on every test run; a long run is the
/// same test with more (bench/fuzz.sh: REPORTKIT_FUZZ=10000). REPORTKIT_FUZZ_SEED changes the
/// inputs, REPORTKIT_FUZZ_ONLY=i makes input i alone again; findings are saved (shrunk) under
/// REPORTKIT_FUZZ_FOUND, by default the temp folder's reportkit-fuzz-found, to become corpus cases.
/// </summary>
[Trait("Category", "Fuzz")]
public class FuzzTests(ITestOutputHelper output)
{
    static int Env(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;

    [Fact]
    public void Every_mutated_input_ends_in_a_result_or_located_errors_in_time()
    {
        var inputs = Env("REPORTKIT_FUZZ", 1000);
        var seed = Env("REPORTKIT_FUZZ_SEED", 15_2026);
        int? only = Environment.GetEnvironmentVariable("REPORTKIT_FUZZ_ONLY") is { Length: > 0 } ? Env("REPORTKIT_FUZZ_ONLY", 0) : null;
        var found = Environment.GetEnvironmentVariable("REPORTKIT_FUZZ_FOUND") ?? Path.Combine(Path.GetTempPath(), "reportkit-fuzz-found");
        using var dir = new Repo.TempDir();

        var report = new Fuzz(dir.Path).Run(inputs, seed, found, only);

        output.WriteLine($"seed {seed}: {report}");
        foreach (var (t, (ok, no)) in report.ByTarget.OrderBy(x => x.Key)) output.WriteLine($"  {t}: {ok} results, {no} refused");
        foreach (var (e, n) in report.TopErrors) output.WriteLine($"  {n,5} × {e}");
        foreach (var f in report.Findings) output.WriteLine($"input {f.Index} ({f.Target}): {f.Problem}\n  saved as {f.SavedAs}");
        Assert.True(report.Findings.Count == 0,
            $"seed {seed}: {report}\n" + string.Join("\n", report.Findings.Take(20).Select(f => $"input {f.Index} ({f.Target}): {f.Problem.Split('\n')[0]}\n  saved as {f.SavedAs}")));
    }
}
