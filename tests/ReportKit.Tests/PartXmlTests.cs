using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using ReportKit.Tests.Support;
using ReportKit.Writers.Docx;

namespace ReportKit.Tests;

/// <summary>The DOCX writer's own serialiser gives exactly the SDK's OuterXml, whatever the text holds.</summary>
public class PartXmlTests
{
    static WDocument Tree(string text, string attribute) => new(new Body(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = attribute }, new KeepNext()),
            new Run(new RunProperties(new Bold()), new WText(text) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new WText("")),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve })),
        new Paragraph(),
        new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId4" }, new HeaderReference { Type = HeaderFooterValues.First, Id = "rId5" })));

    [Theory]
    [InlineData("Hội LHPN tỉnh Khánh Hòa", "RkNoiDung")]
    [InlineData("a < b & c > d \"quoted\" 'single'", "x\"y<z>&'")]
    [InlineData("tab\there, line\nend, cr\r\nlf", "tab\tline\ncr\r")]
    [InlineData("emoji 😀 and \u0001 control", "\uFFFE")]
    [InlineData("emoji 😀 alone", "ok")]
    [InlineData("", "")]
    [InlineData("lone \uD800 surrogate", "ok")]
    public void Gives_the_same_text_as_the_sdk(string text, string attribute)
    {
        var tree = Tree(text, attribute);
        string expected;
        try { expected = tree.OuterXml; }
        catch (ArgumentException ex)
        {
            // Characters XML cannot carry: refused the same way.
            Assert.Equal(ex.GetType(), Assert.ThrowsAny<ArgumentException>(() => PartXml.Write(tree)).GetType());
            return;
        }
        Assert.Equal(expected, PartXml.Write(tree));
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Gives_the_same_text_as_the_sdk_for_every_part_of_the_examples(string example)
    {
        PartXml.CompareWithSdk = true;
        var (_, document, profile) = new ReportKit.Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example(example));
        using var ms = new MemoryStream();
        new DocxWriter(profile).Write(document, ms);
        Assert.True(ms.Length > 0);
    }
}
