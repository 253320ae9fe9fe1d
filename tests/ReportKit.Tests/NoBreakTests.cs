using ReportKit.Writers.Docx;

namespace ReportKit.Tests;

/// <summary>Where a line must not break: what NoBreak marks (U+00A0 for a space, U+2011 for a hyphen) and what it leaves.</summary>
public class NoBreakTests
{
    [Theory]
    [InlineData("Số: 12/KH-BTV", "Số:\u00A012/KH\u2011BTV")]
    [InlineData("giai đoạn 2020 – 2025", "giai đoạn 2020\u00A0–\u00A02025")]
    [InlineData("năm 2021 - 2025", "năm\u00A02021\u00A0\u2011\u00A02025")]
    [InlineData("phòng, chống dịch Covid-19", "phòng, chống dịch Covid\u201119")]
    [InlineData("ngày 05 tháng 7", "ngày\u00A005 tháng\u00A07")]
    // Any decimal digit counts, as the patterns' \d does.
    [InlineData("năm ٢٠٢٣", "năm\u00A0٢٠٢٣")]
    // No digit, nothing to hold together but a joined word.
    [InlineData("Hội Liên hiệp Phụ nữ - cơ sở", "Hội Liên hiệp Phụ nữ - cơ sở")]
    [InlineData("chủ nghĩa Mác-Lênin", "chủ nghĩa Mác\u2011Lênin")]
    [InlineData("trong năm nay", "trong năm nay")]
    public void Marks_what_must_stay_on_one_line(string text, string marked) => Assert.Equal(marked, NoBreak.Mark(text));
}
