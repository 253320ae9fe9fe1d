using BenchmarkDotNet.Running;
using ReportKit.Benchmarks;

// dotnet run -c Release --project bench/ReportKit.Benchmarks -- bench [BenchmarkDotNet args]
// dotnet run -c Release --project bench/ReportKit.Benchmarks -- national <units> <folder>
//   writes <folder>/tinh.yaml (a provincial plan with targets allocated to every unit) and
//   <folder>/don-vi.xlsx (the units), for bench/national.sh to clone and batch.
// dotnet run -c Release --project bench/ReportKit.Benchmarks -- floor <batch-out> <empty-folder> [threads]
//   writes a batch's files again, only writing (bench/compare.sh's floor).
if (args.Length > 0 && args[0] == "national")
{
    var count = args.Length > 1 ? int.Parse(args[1]) : 3321;
    var folder = args.Length > 2 ? args[2] : "bench-data";
    NationalCase.Generate(count, folder);
    // Path.Join, not "{folder}/…": a folder given as "demo/" printed "demo//tinh.yaml".
    Console.WriteLine($"wrote {Path.Join(folder, "tinh.yaml")} and {Path.Join(folder, "don-vi.xlsx")} for {count} units");
    return 0;
}
if (args.Length > 0 && args[0] == "floor")
{
    // floor <batch output> <empty folder> [threads]: bench/compare.sh's write-only floor.
    WriteFloor.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : Environment.ProcessorCount);
    return 0;
}
if (args.Length > 0 && args[0] == "stages")
{
    StageTimer.Run(args.Length > 1 ? int.Parse(args[1]) : 200, args.Length > 2 ? args[2] : null);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(PlanPackageBenchmarks).Assembly).Run(args.Length > 0 && args[0] == "bench" ? args[1..] : args);
return 0;
