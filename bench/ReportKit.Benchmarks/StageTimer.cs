using System.Diagnostics;

namespace ReportKit.Benchmarks;

/// <summary>"stages": a quick wall-clock split of one package's render, for finding where time goes (BenchmarkDotNet gives the careful numbers).</summary>
static class StageTimer
{
    public static void Run(int iterations, string? plan = null)
    {
        var b = new PlanPackageBenchmarks { PlanPath = plan };
        b.Setup();
        try
        {
            foreach (var (name, action) in new (string, Func<object>)[]
            {
                ("prepare", b.Prepare), ("docx", () => b.WriteDocx()), ("xlsx", () => b.WriteXlsx()), ("render to disk", () => b.Render()),
            })
            {
                // JIT tiering settles after a few thousand calls on this machine, not 150: warm up
                // for two seconds (and at least 500 calls), or the first stage measures the JIT.
                var warm = Stopwatch.StartNew();
                for (var i = 0; i < 500 || warm.Elapsed < TimeSpan.FromSeconds(2); i++) action();
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < iterations; i++) action();
                Console.WriteLine($"{name,-16} {clock.Elapsed.TotalMilliseconds / iterations,8:0.00} ms");
            }
        }
        finally { b.Cleanup(); }
    }
}
