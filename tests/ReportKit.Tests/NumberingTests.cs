using ReportKit.Document;

namespace ReportKit.Tests;

/// <summary>Section numbers are computed, never typed, so they cannot repeat or skip.</summary>
public class NumberingTests
{
    static List<Block> Read(string markdown, params string[] patterns)
    {
        var numbering = new SectionNumbering(patterns.Length > 0 ? patterns : ["I.", "1.", "1.1.", "a)"]);
        return new MarkdownReader(numbering, ["-", "+"], level => level == 1).Read(markdown).ToList();
    }

    static IEnumerable<string> Markers(IEnumerable<Block> blocks) => blocks.Select(b => b switch
    {
        Heading h => h.Marker + " " + Inlines.PlainText(h.Inlines),
        NumberedParagraph n => n.Marker + " " + Inlines.PlainText(n.Inlines),
        DashItem d => d.Bullet + " " + Inlines.PlainText(d.Inlines),
        BodyParagraph p => Inlines.PlainText(p.Inlines),
        _ => b.ToString()!,
    });

    [Fact]
    public void Headings_are_numbered_by_level_and_restart_below_each_parent()
    {
        var blocks = Read("""
            # Mục đích, yêu cầu
            ## Mục đích
            ## Yêu cầu
            # Mục tiêu
            ## Mục tiêu đến năm 2030
            ### Mục tiêu chung
            ### Mục tiêu cụ thể
            #### Về kinh tế
            #### Về xã hội
            """);
        Assert.Equal([
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
            "II. MỤC TIÊU", "1. Mục tiêu đến năm 2030", "1.1. Mục tiêu chung", "1.2. Mục tiêu cụ thể", "a) Về kinh tế", "b) Về xã hội",
        ], Markers(blocks));
    }

    [Fact]
    public void Inserting_a_section_renumbers_the_rest()
    {
        // Seed 001 typed "III." twice and "2." after "3."; typed numbers are not read at all.
        var blocks = Read("# A\n# B\n## x\n## y\n## z\n## w\n# C");
        Assert.Equal(["I. A", "II. B", "1. x", "2. y", "3. z", "4. w", "III. C"], Markers(blocks));
    }

    [Fact]
    public void Ordered_lists_number_one_level_below_their_heading_and_ignore_typed_numbers()
    {
        var blocks = Read("## Một số chỉ tiêu\n\n5. đầu tiên\n5. thứ hai\n\n## Nhiệm vụ\n\n1. một");
        Assert.Equal(["1. Một số chỉ tiêu", "1.1. đầu tiên", "1.2. thứ hai", "2. Nhiệm vụ", "2.1. một"], Markers(blocks));
    }

    [Fact]
    public void Dash_items_nest_as_dash_then_plus()
    {
        var blocks = Read("- một\n  - hai\n- ba");
        Assert.Equal(["- một", "+ hai", "- ba"], Markers(blocks));
    }

    [Fact]
    public void A_fourth_level_can_be_a_dotted_path_when_the_plan_asks()
    {
        var blocks = Read("# II\n## 2\n### 2.2\n#### x\n#### y", "I.", "1.", "1.1.", "1.1.1.", "a)");
        Assert.Equal(["I. II", "1. 2", "1.1. 2.2", "1.1.1. x", "1.1.2. y"], Markers(blocks));
    }

    [Fact]
    public void Party_numbering_uses_hyphens()
    {
        var blocks = Read("# Mục đích\n## Một", "I-", "1-", "1.1-", "a)");
        Assert.Equal(["I- MỤC ĐÍCH", "1- Một"], Markers(blocks));
    }

    [Fact]
    public void Footnotes_become_footnote_references()
    {
        var blocks = Read("Phong trào “Dân vận khéo”[^1].\n\n[^1]: “Không để người nghèo bị tụt hậu”.");
        var p = Assert.IsType<BodyParagraph>(Assert.Single(blocks));
        var fn = Assert.Single(p.Inlines.OfType<FootnoteRef>());
        Assert.Equal("“Không để người nghèo bị tụt hậu”.", Inlines.PlainText(fn.Content));
    }

    [Fact]
    public void Bold_and_italic_pass_through()
    {
        var p = Assert.IsType<BodyParagraph>(Assert.Single(Read("Cuộc vận động “*Xây dựng gia đình 5 không, 3 sạch*” và **đậm**.")));
        Assert.Contains(p.Inlines.OfType<TextRun>(), r => r.Italic && r.Text == "Xây dựng gia đình 5 không, 3 sạch");
        Assert.Contains(p.Inlines.OfType<TextRun>(), r => r.Bold && r.Text == "đậm");
    }

    [Fact]
    public void A_bad_pattern_is_refused() =>
        Assert.Throws<FormatException>(() => new SectionNumbering(["I.", "x)"]));
}
