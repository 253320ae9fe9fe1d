using ReportKit.Import;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// import is the writer's inverse: a DOCX ReportKit rendered imports to a plan that renders to
/// the same bytes. Every header variant, body level, footnote, closing, Nơi nhận and signature the
/// examples use survives the round trip.
/// </summary>
public class ImportIdempotenceTests
{
    /// <summary>
    /// A target annex whose header has a third row (each target's unit under its name) has no
    /// table-annex form: it imports as a table annex with the unit in the column title, every
    /// word kept, the layout of its header not.
    /// </summary>
    static readonly string[] HeaderOfThreeRows = ["cao-bang-2024"];

    public static IEnumerable<object[]> Examples() => Repo.ExampleNames().Where(e => !HeaderOfThreeRows.Contains((string)e[0]));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Render_import_render_gives_the_same_bytes(string example)
    {
        using var dir = new Repo.TempDir();
        var first = new PlanRenderer().Render(Repo.Example(example), Path.Combine(dir.Path, "a")).DocxPath;

        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(first);
        Assert.Empty(recognition.Report.NotPlaced);
        Assert.Empty(recognition.Report.Guesses);
        var yaml = Path.Combine(dir.Path, "b", "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(yaml)!);
        File.WriteAllText(yaml, importer.CheckedYaml(recognition, yaml));
        var second = new PlanRenderer(Repo.Templates).Render(yaml, Path.Combine(dir.Path, "b")).DocxPath;

        var a = DocxDump.Dump(new MemoryStream(File.ReadAllBytes(first)));
        var b = DocxDump.Dump(new MemoryStream(File.ReadAllBytes(second)));
        Assert.Equal(a, b);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_target_annex_with_units_under_the_targets_imports_with_every_word()
    {
        using var dir = new Repo.TempDir();
        var first = new PlanRenderer().Render(Repo.Example(HeaderOfThreeRows[0]), Path.Combine(dir.Path, "a")).DocxPath;
        var importer = new DocumentImporter(Repo.Templates);
        var recognition = importer.Recognise(first);
        Assert.Empty(recognition.Report.NotPlaced);
        var yaml = Path.Combine(dir.Path, "b", "ke-hoach.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(yaml)!);
        File.WriteAllText(yaml, importer.CheckedYaml(recognition, yaml));
        var second = new PlanRenderer(Repo.Templates).Render(yaml, Path.Combine(dir.Path, "b")).DocxPath;
        var match = WordMatch.MeasureUnordered(WordMatch.DocxText(first), WordMatch.DocxText(second));
        Assert.True(match.Ratio >= 0.99, $"{match.Ratio:P2}; missing: {string.Join(" ", match.Missing.Take(40))}");
    }
}
