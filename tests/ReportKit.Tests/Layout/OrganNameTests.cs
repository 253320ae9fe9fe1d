using ReportKit.Profiles;
using ReportKit.Writers.Docx;

namespace ReportKit.Tests.Layout;

/// <summary>Where organ names break in the header's left column: as a clerk breaks them, measured in Times New Roman.</summary>
public class OrganNameTests
{
    static readonly TextStyle Regular13 = new() { Size = 13 }, Bold13 = new() { Size = 13, Bold = true };

    static string Lines(string name, TextStyle style, double widthPt) =>
        string.Join(" / ", OrganNameBreaker.Lines(name, style, (int)(widthPt * 20)) ?? ["(none)"]);

    [Theory]
    [InlineData("HỘI LHPN TỈNH KHÁNH HÒA", 300, "HỘI LHPN TỈNH KHÁNH HÒA")]
    [InlineData("HỘI LHPN THÀNH PHỐ HỒ CHÍ MINH", 180, "HỘI LHPN / THÀNH PHỐ HỒ CHÍ MINH")]
    [InlineData("HỘI LHPN THÀNH PHỐ HỒ CHÍ MINH", 150, "HỘI LHPN THÀNH PHỐ / HỒ CHÍ MINH")]
    [InlineData("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", 150, "ĐẢNG ỦY KHỐI / CÁC CƠ QUAN TỈNH")]
    [InlineData("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÀ RỊA - VŨNG TÀU", 180, "HỘI LIÊN HIỆP PHỤ NỮ / TỈNH BÀ RỊA - VŨNG TÀU")]
    [InlineData("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG XUÂN TRƯỜNG - ĐÀ LẠT", 183, "ỦY BAN MẶT TRẬN TỔ QUỐC / VIỆT NAM PHƯỜNG / XUÂN TRƯỜNG - ĐÀ LẠT")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", 125, "ỦY BAN NHÂN DÂN / TỈNH KHÁNH HÒA")]
    [InlineData("ỦY BAN NHÂN DÂN XÃ TÂN HỘI", 125, "ỦY BAN NHÂN DÂN / XÃ TÂN HỘI")]
    public void A_name_breaks_before_its_unit_word_and_never_inside_a_place_or_a_word(string name, double widthPt, string expected) =>
        Assert.Equal(expected, Lines(name, Regular13, widthPt));

    [Fact]
    public void A_dash_in_a_place_name_never_ends_or_starts_a_line()
    {
        // The longest of the 3,321 communes: no way keeps "VĂN MIẾU - QUỐC TỬ GIÁM" whole in 160 pt, and none breaks at its dash.
        var lines = OrganNameBreaker.Lines("ỦY BAN NHÂN DÂN PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM", Bold13, 160 * 20)!;
        Assert.All(lines, l => Assert.False(l.EndsWith('-') || l.StartsWith('-'), l));
        Assert.Equal("ỦY BAN NHÂN DÂN", lines[0]);
    }

    [Fact]
    public void No_line_is_a_syllable_alone()
    {
        // "TỈNH" or "KHÁNH" alone would fit; the lines are chosen so that neither stands alone.
        var lines = OrganNameBreaker.Lines("HỘI NÔNG DÂN TỈNH KHÁNH HÒA", Regular13, 100 * 20)!;
        Assert.DoesNotContain(lines, l => !l.Contains(' '));
    }

    [Fact]
    public void A_line_break_written_in_the_plan_is_kept()
    {
        Assert.Equal("ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH", Lines("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH", Regular13, 300));
    }

    [Fact]
    public void An_abbreviation_may_stand_alone_but_a_syllable_may_not()
    {
        Assert.False(OrganWords.IsShort("LHPN"));
        Assert.False(OrganWords.IsShort("MTTQ"));
        Assert.True(OrganWords.IsShort("MINH"));
        Assert.True(OrganWords.IsShort("KHÁNH"));
        Assert.True(OrganWords.IsShort("TP."));
    }
}
