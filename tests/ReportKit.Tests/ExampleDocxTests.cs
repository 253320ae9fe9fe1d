using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Every bundled example renders, validates against the OOXML schema, and matches its approved layout dump.</summary>
public class ExampleDocxTests
{
    static byte[] Render(string example)
    {
        using var dir = new Repo.TempDir();
        var result = new PlanRenderer().Render(Repo.Example(example), dir.Path);
        return File.ReadAllBytes(result.DocxPath);
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Example_passes_the_OpenXml_validator(string example)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Render(example)), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Example_layout_matches_the_approved_dump(string example) =>
        Snapshot.Verify(DocxDump.Dump(new MemoryStream(Render(example))), $"{example}.docx");

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Rendering_twice_gives_identical_bytes(string example)
    {
        var first = SHA256.HashData(Render(example));
        var second = SHA256.HashData(Render(example));
        Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(second));
    }
}
