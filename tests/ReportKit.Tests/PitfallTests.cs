using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// What goes wrong when a clerk pastes text (issue 9, point 8): each is a warning at the
/// file:line:column where it was typed, and the plan still renders.
/// </summary>
public class PitfallTests
{
    static (PlanDocument Document, List<string> Warnings) Prepare(string yaml)
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("ke-hoach.yaml", yaml);
        var warnings = new List<Diagnostic>();
        var (_, document, _) = new PlanRenderer(Repo.Templates).Prepare(path, new RenderOptions(), warnings);
        return (document, warnings.Select(w => w.ToString()).ToList());
    }

    [Fact]
    public void A_minimal_plan_has_no_warnings() => Assert.Empty(Prepare(Plans.Minimal).Warnings);

    [Fact]
    public void A_heading_that_keeps_its_typed_number_is_warned_about_and_printed_once()
    {
        var (doc, warnings) = Prepare(Plans.WithBody("""
              # I. MỤC ĐÍCH, YÊU CẦU
              - Quán triệt đến cán bộ, hội viên.
              ## 1.1. Mục đích
              - Các cấp Hội triển khai.
            """));
        Assert.Equal([
            "ke-hoach.yaml:15:5: warning: noi_dung: the heading keeps its typed number \"I.\"; headings are numbered for you, so it would print twice (\"I. I. MỤC ĐÍCH\"). It is left out: remove it from the text",
            "ke-hoach.yaml:17:6: warning: noi_dung: the heading keeps its typed number \"1.1.\"; headings are numbered for you, so it would print twice (\"I. I. MỤC ĐÍCH\"). It is left out: remove it from the text",
        ], warnings);
        var headings = doc.Body.OfType<Heading>().Select(h => h.Marker + " " + Inlines.PlainText(h.Inlines)).ToList();
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"], headings);
    }

    [Fact]
    public void A_line_that_runs_on_into_the_bullet_above_is_warned_about()
    {
        var (doc, warnings) = Prepare(Plans.WithBody("""
              # Mục đích
              - Quán triệt đến cán bộ, hội viên.
              Tổ chức hội nghị sơ kết vào quý III.
              # Tổ chức thực hiện
              Các cấp Hội triển khai.
              3. Báo cáo kết quả trước ngày 15/12.
            """));
        Assert.Equal([
            "ke-hoach.yaml:17:3: warning: noi_dung: this line runs on into the item above it (no blank line between them), so it prints as part of that item; leave a blank line before it for a paragraph of its own, or indent it under the item's text to keep it there",
            "ke-hoach.yaml:20:3: warning: noi_dung: \"3.\" right under a line of text is joined to that paragraph instead of starting a numbered item; leave a blank line before it",
        ], warnings);
        // What Markdown does with it, which is why it is worth a warning: one item, not an item and a paragraph.
        Assert.Equal("- Quán triệt đến cán bộ, hội viên. Tổ chức hội nghị sơ kết vào quý III.", ((DashItem)doc.Body[2]).Bullet + " " + Inlines.PlainText(((DashItem)doc.Body[2]).Inlines));
    }

    [Fact]
    public void An_item_continued_under_its_text_is_not_a_pitfall()
    {
        var (_, warnings) = Prepare(Plans.WithBody("""
              # Mục đích
              - Quán triệt đến cán bộ, hội viên,
                bảo đảm đúng tiến độ.
            """));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Asterisks_taken_for_italics_are_warned_about()
    {
        var (doc, warnings) = Prepare(Plans.WithBody("""
              # Mục tiêu
              Các chỉ tiêu có dấu (*) là chỉ tiêu ước tính; chỉ tiêu (*) được rà soát hằng năm.

              Diện tích 5*3*2 mét; *Ghi chú* in nghiêng đúng ý.
            """));
        Assert.Equal([
            "ke-hoach.yaml:16:24: warning: noi_dung: the \"*\" here and the one at 16:59 were read as an italics marker and are not printed (the text between turns italic); write \\* for an asterisk printed as is: \"(\\*)\"",
            "ke-hoach.yaml:18:14: warning: noi_dung: the \"*\" here and the one at 18:16 were read as an italics marker and are not printed (the text between turns italic); write \\* for an asterisk printed as is: \"(\\*)\"",
        ], warnings);
        Assert.DoesNotContain("(*)", Inlines.PlainText(((BodyParagraph)doc.Body[2]).Inlines));
    }

    [Fact]
    public void An_escaped_asterisk_is_printed_and_not_warned_about()
    {
        var (doc, warnings) = Prepare(Plans.WithBody("""
              # Mục tiêu
              Các chỉ tiêu có dấu (\*) là chỉ tiêu ước tính; chỉ tiêu (\*) được rà soát hằng năm.
            """));
        Assert.Empty(warnings);
        Assert.StartsWith("Các chỉ tiêu có dấu (*) là", Inlines.PlainText(((BodyParagraph)doc.Body[2]).Inlines));
    }

    [Fact]
    public void An_unquoted_item_with_a_colon_is_read_as_text_and_warned_about()
    {
        var (doc, warnings) = Prepare(Plans.Minimal.Replace("  - Thường trực Tỉnh ủy\n", "  - Thường trực Tỉnh ủy\n  - Sở: Nội vụ\n"));
        Assert.Equal(["ke-hoach.yaml:21:5: warning: noi_nhan: this item reads as a key and a value because of the \": \" in it; it is printed as \"Sở: Nội vụ\" — put it in quotes (- \"Sở: Nội vụ\") so it is text as written"], warnings);
        Assert.Equal("- Sở: Nội vụ;", doc.End.Recipients[1].Text);
    }

    [Fact]
    public void A_widths_line_that_does_not_match_its_table_is_warned_about()
    {
        var (_, warnings) = Prepare(Plans.WithBody("""
              # Tiến độ
              {rộng: 1cm | 6}
              | TT | Nội dung | Thời gian |
              |----|----------|-----------|
              | 1  | Họp      | 05/12     |
            """));
        Assert.Equal(["ke-hoach.yaml:16:3: warning: noi_dung: the widths line gives 2 widths for a table of 3 columns; give one per column"], warnings);
    }

    [Fact]
    public void The_bundled_examples_have_no_pitfalls()
    {
        foreach (var example in Repo.ExampleNames().Select(o => (string)o[0]))
        {
            var warnings = new List<Diagnostic>();
            new PlanRenderer().Prepare(Repo.Example(example), new RenderOptions(), warnings);
            Assert.True(warnings.All(w => !w.Message.StartsWith("noi_dung:") && !w.Message.StartsWith("mo_dau:")), example + ": " + string.Join("\n", warnings));
        }
    }
}
