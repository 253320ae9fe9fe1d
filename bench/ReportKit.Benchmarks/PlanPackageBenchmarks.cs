using BenchmarkDotNet.Attributes;
using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Profiles;
using ReportKit.Writers.Docx;
using ReportKit.Writers.Xlsx;

namespace ReportKit.Benchmarks;

/// <summary>
/// In-process cost of one commune's plan package (what the national batch does 3,321 times):
/// load + template + document, the DOCX writer, the XLSX annex writer, and all of it together.
/// </summary>
[MemoryDiagnoser]
public class PlanPackageBenchmarks
{
    string _folder = "";
    string _childPlan = "";
    PlanRenderer _renderer = null!;
    PlanDocument _document = null!;
    FormatProfile _profile = null!;

    /// <summary>A plan of one's own instead of a national-case commune (StageTimer's "stages N plan.yaml").</summary>
    public string? PlanPath { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reportkit-bench-" + Guid.NewGuid().ToString("N"));
        var templates = FindTemplates();
        if (PlanPath is { } given)
        {
            Directory.CreateDirectory(_folder);
            _childPlan = Path.GetFullPath(given);
        }
        else
        {
            NationalCase.Generate(60, _folder);
            var parent = PlanLoader.Load(Path.Combine(_folder, "tinh.yaml"));
            var units = UnitDirectoryLoader.Load(Path.Combine(_folder, "don-vi.xlsx"), new DiagnosticBag());
            var result = new PlanCloner(parent, Path.Combine(templates, "nhan-ban.sbn")).Clone(units[0], Path.Combine(_folder, "xa.yaml"));
            _childPlan = result.PlanPath ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
        _renderer = new PlanRenderer(templates);
        (_, _document, _profile) = _renderer.Prepare(_childPlan);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    static string FindTemplates()
    {
        for (var d = AppContext.BaseDirectory; d is not null; d = Path.GetDirectoryName(d))
            if (File.Exists(Path.Combine(d, "templates", "ke-hoach.sbn"))) return Path.Combine(d, "templates");
        throw new InvalidOperationException("templates/ not found above " + AppContext.BaseDirectory);
    }

    [Benchmark(Description = "load + template + document")]
    public object Prepare() => _renderer.Prepare(_childPlan).Document;

    [Benchmark(Description = "DOCX writer")]
    public long WriteDocx()
    {
        using var ms = new MemoryStream();
        new DocxWriter(_profile).Write(_document, ms);
        return ms.Length;
    }

    [Benchmark(Description = "XLSX annex writer")]
    public long WriteXlsx()
    {
        using var ms = new MemoryStream();
        new AnnexWorkbookWriter().Write(_document.Annexes, _document.Info, ms);
        return ms.Length;
    }

    [Benchmark(Description = "whole package to disk")]
    public int Render() => _renderer.Render(_childPlan, Path.Combine(_folder, "out")).Files.Count;
}
