using ReportKit.Import;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;
using Xunit.Abstractions;

namespace ReportKit.Tests;

/// <summary>
/// The five seed plans (real plans as plain text) import to a plan file that loads and renders,
/// and the rendered DOCX says what the seed says, word for word, but for the corrections the
/// engine makes on purpose (section numbers, "./.", spacing around "/").
/// </summary>
public class ImportSeedTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Seeds() =>
        Directory.GetFiles(Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "Fixtures", "seeds"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    static string Seed(string name) => Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "Fixtures", "seeds", name);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_imports_to_a_plan_whose_DOCX_keeps_every_word(string seed)
    {
        using var dir = new Repo.TempDir();
        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(Seed(seed));
        var yamlPath = dir.File("ke-hoach.yaml", DocumentImporter.Yaml(recognition));

        var plan = PlanLoader.Load(yamlPath);
        Assert.False(string.IsNullOrWhiteSpace(plan.Body.Text));
        var docx = new PlanRenderer(Repo.Templates).Render(yamlPath, dir.Path).DocxPath;

        var match = WordMatch.Measure(File.ReadAllText(Seed(seed)), WordMatch.DocxText(docx));
        output.WriteLine($"{seed}: {match.Matched}/{match.SourceWords} words = {match.Ratio:P2}; missing: {string.Join(" ", match.Missing.Take(60))}");
        foreach (var c in recognition.Report.Corrections) output.WriteLine("corrected: " + c);
        foreach (var n in recognition.Report.NotPlaced) output.WriteLine("not placed: " + n);
        Assert.True(match.Ratio >= 0.99, $"{seed}: only {match.Ratio:P2} of the seed's words survive; missing: {string.Join(" ", match.Missing.Take(60))}");
        Assert.Empty(recognition.Report.NotPlaced);
    }
}
