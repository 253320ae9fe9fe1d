using System.Text;
using DocumentFormat.OpenXml;
using ReportKit.Document;
using ReportKit.Tests.Support;
using ReportKit.Writers.Docx;

namespace ReportKit.Tests;

/// <summary>Body paragraphs, the header and the end block written as text (WordXml) are exactly what the SDK writes for them.</summary>
public class BodyXmlTests
{
    static List<string> Written(IReadOnlyList<Block> blocks, bool direct, bool keepLastWithNext = true)
    {
        var writer = new BlockWriter(new FootnoteWriter(), 9355, direct);
        return writer.Write(blocks, keepLastWithNext).Select(Xml).ToList();
    }

    static string Xml(OpenXmlElement e)
    {
        if (e is RawXml raw) return raw.Xml;
        var sb = new StringBuilder();
        PartXml.WriteInDocument(e, sb);
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_body_and_annex_text_is_written_as_the_sdk_writes_it(string example)
    {
        var (_, document, _) = new Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example(example));
        foreach (var blocks in document.Annexes.Select(a => a.Text).Prepend(document.Body).Where(b => b.Count > 0))
            foreach (var keep in new[] { true, false })
                Assert.Equal(Written(blocks, direct: false, keep), Written(blocks, direct: true, keep));
    }

    [Theory]
    [InlineData("Hội LHPN tỉnh Khánh Hòa")]
    [InlineData("A & B <c> \"d\" 'e'")]
    [InlineData("giai đoạn 2020 - 2025, Covid-19, Số: 12/KH-BTV")]
    [InlineData("-đầu và cuối-")]
    [InlineData("")]
    [InlineData("cách\u00A0không ngắt")]
    public void Every_block_kind_emphasis_break_and_page_break_is_written_as_the_sdk_writes_it(string text)
    {
        Inline[] inlines =
        [
            new TextRun(text, Bold: true), new TextRun(text), new LineBreak(), new TextRun(text, Italic: true, Underline: true),
            new TextRun(text, Bold: true, Italic: true, Underline: true),
        ];
        Block[] blocks =
        [
            new BasisLine(inlines), new BasisLine(inlines), new PageBreak(), new Heading(1, "I.", inlines), new Heading(2, "1.", [new TextRun(text, Italic: true)]),
            new UnnumberedHeading(2, inlines), new PageBreak(), new NumberedParagraph(3, "a)", inlines), new DashItem(1, "-", inlines),
            new DashItem(2, "+", [new TextRun(text, Bold: true, Italic: true)]), new NoteParagraph(inlines), new BodyParagraph(inlines), new EndMark("./."),
        ];
        Assert.Equal(Written(blocks, direct: false), Written(blocks, direct: true));
        Assert.Equal(Written(blocks[..^1], direct: false), Written(blocks[..^1], direct: true));
        Assert.Contains(Written(blocks, direct: true), x => x.Contains("<w:pageBreakBefore />"));
        // A first basis line that is also the last; a last paragraph after a page break.
        Block[] alone = [new BasisLine(inlines)], broken = [new BasisLine(inlines), new PageBreak(), new UnnumberedHeading(1, inlines)];
        Assert.Equal(Written(alone, direct: false), Written(alone, direct: true));
        Assert.Equal(Written(broken, direct: false), Written(broken, direct: true));
    }

    static (string Direct, string Sdk) EndBlockBothWays(Profiles.FormatProfile profile, EndBlock end)
    {
        var textWidth = Units.A4Width - Units.MmToTwips(profile.Page.LeftMm) - Units.MmToTwips(profile.Page.RightMm);
        var writer = new EndBlockWriter(profile, textWidth);
        return (Assert.IsType<RawXml>(writer.Write(end)).Xml, Xml(writer.Write(end, direct: false)));
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_end_block_is_written_as_the_sdk_writes_it(string example)
    {
        var (_, document, profile) = new Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example(example));
        var (direct, sdk) = EndBlockBothWays(profile, document.End);
        Assert.Equal(sdk, direct);
        // With a long Nơi nhận in plain, bold, italic and underlined runs, and with none at all.
        RecipientLine[] many = [.. Enumerable.Range(1, 40).Select(i => new RecipientLine(
            [new TextRun($"- Ban <{i}> & \"Hội\" 2020 - 2025;", Bold: i % 2 == 0, Italic: i % 3 == 0, Underline: i % 5 == 0), new TextRun(i % 7 == 0 ? "" : " (để b/c)")])),
            new RecipientLine([])];
        foreach (var recipients in new[] { many, [] })
        {
            (direct, sdk) = EndBlockBothWays(profile, document.End with { Recipients = recipients });
            Assert.Equal(sdk, direct);
        }
    }

    [Fact]
    public void An_end_block_with_text_the_sdk_escapes_its_own_way_stays_with_the_sdk()
    {
        var (_, document, profile) = new Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example("khanh-hoa-2021"));
        var end = document.End with { Recipients = [new RecipientLine([new TextRun("- Ban 😀;")])] };
        Assert.IsType<DocumentFormat.OpenXml.Wordprocessing.Table>(new EndBlockWriter(profile, 9355).Write(end));
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_header_is_written_as_the_sdk_writes_it(string example)
    {
        var (_, document, profile) = new Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example(example));
        var textWidth = Units.A4Width - Units.MmToTwips(profile.Page.LeftMm) - Units.MmToTwips(profile.Page.RightMm);
        var writer = new HeaderTableWriter(profile, textWidth);
        // As printed; with framed marks under Số; with the date wrapped after the place's comma.
        var stamped = document.Header with { Stamps = ["MẬT", "HỎA TỐC & <KHẨN>"] };
        foreach (var (header, wrap) in new[] { (document.Header, false), (stamped, false), (document.Header, true) })
        {
            var layout = HeaderLayout.Fit(header, profile, textWidth);
            if (wrap) layout = layout with { DateWrapped = true };
            Assert.Equal(Xml(writer.Write(header, layout, direct: false)), Assert.IsType<RawXml>(writer.Write(header, layout)).Xml);
        }
    }

    /// <summary>Random text from what plans hold and what XML treats specially: letters, digits, dashes, spaces, entities, non-breaking marks.</summary>
    static string RandomText(Random random)
    {
        const string pool = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠỆỖỰĐ0123456789 -–—/.,;:()\"'<>&\u00A0\u2011";
        var chars = new char[random.Next(0, 40)];
        for (var i = 0; i < chars.Length; i++) chars[i] = pool[random.Next(pool.Length)];
        return new string(chars);
    }

    [Fact]
    public void Random_paragraphs_headers_and_end_blocks_are_written_as_the_sdk_writes_them()
    {
        var random = new Random(20261202);
        Inline[] Inlines() => [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(6) == 0
            ? (Inline)new LineBreak()
            : new TextRun(RandomText(random), Bold: random.Next(2) == 0, Italic: random.Next(3) == 0, Underline: random.Next(5) == 0))];
        Block RandomBlock() => random.Next(9) switch
        {
            0 => new BasisLine(Inlines()),
            1 => new Heading(random.Next(1, 4), RandomText(random), Inlines()),
            2 => new UnnumberedHeading(random.Next(1, 3), Inlines()),
            3 => new NumberedParagraph(random.Next(1, 4), RandomText(random), Inlines()),
            4 => new DashItem(random.Next(1, 3), "-", Inlines()),
            5 => new NoteParagraph(Inlines()),
            6 => new PageBreak(),
            7 => new EndMark(RandomText(random)),
            _ => new BodyParagraph(Inlines()),
        };
        for (var i = 0; i < 200; i++)
        {
            var blocks = Enumerable.Range(0, random.Next(1, 8)).Select(_ => RandomBlock()).ToList();
            var keep = random.Next(2) == 0;
            Assert.Equal(Written(blocks, direct: false, keep), Written(blocks, direct: true, keep));
        }

        var (_, document, profile) = new Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example("khanh-hoa-2021"));
        for (var i = 0; i < 100; i++)
        {
            var recipients = Enumerable.Range(0, random.Next(0, 12)).Select(_ => new RecipientLine(Inlines())).ToList();
            var (direct, sdk) = EndBlockBothWays(profile, document.End with { Recipients = recipients });
            Assert.Equal(sdk, direct);
        }
    }
}
