using ReportKit.Text;

namespace ReportKit.Tests;

/// <summary>The domain formatters templates rely on.</summary>
public class FormattingTests
{
    [Theory]
    [InlineData(2021, 6, 8, "ngày 08 tháng 6 năm 2021")]
    [InlineData(2020, 1, 5, "ngày 05 tháng 01 năm 2020")]
    [InlineData(2019, 6, 29, "ngày 29 tháng 6 năm 2019")]
    [InlineData(2024, 2, 15, "ngày 15 tháng 02 năm 2024")]
    [InlineData(2023, 12, 1, "ngày 01 tháng 12 năm 2023")]
    public void Nd30_dates_pad_days_below_ten_and_only_months_one_and_two(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Nd30Date.Format(new DateOnly(y, m, d)));

    [Fact]
    public void A_draft_keeps_blanks_for_the_clerk() =>
        Assert.Equal("ngày      tháng      năm 2024", Nd30Date.Blank(2024));

    [Theory]
    [InlineData(2700, "2.700")]
    [InlineData(57000, "57.000")]
    [InlineData(1234567.25, "1.234.567,25")]
    [InlineData(8.5, "8,5")]
    [InlineData(2024, "2.024")]
    public void Numbers_group_with_dots_and_use_a_decimal_comma(decimal value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Number(value));

    [Fact]
    public void Percent_has_no_space() => Assert.Equal("8,5%", VietnameseNumber.Percent(8.5m));

    [Theory]
    [InlineData(1, "01")]
    [InlineData(5, "05")]
    [InlineData(15, "15")]
    public void Small_counts_get_a_leading_zero(int n, string expected) => Assert.Equal(expected, VietnameseNumber.Padded(n));

    [Theory]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(1005, "một nghìn không trăm linh năm")]
    [InlineData(2025, "hai nghìn không trăm hai mươi lăm")]
    [InlineData(1300, "một nghìn ba trăm")]
    public void Words_use_the_formal_style(long n, string expected) => Assert.Equal(expected, VietnameseNumber.Words(n));

    [Fact]
    public void Upper_case_is_real_vietnamese_capitals() =>
        Assert.Equal("HỘI LHPN TỈNH KHÁNH HÒA", VietnameseText.Upper("Hội LHPN tỉnh Khánh Hòa"));

    [Fact]
    public void Nfd_input_becomes_nfc()
    {
        var nfd = "Khánh Hòa".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("Khánh Hòa", nfd);
        Assert.Equal("Khánh Hòa", VietnameseText.Nfc(nfd));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(18, "XVIII")]
    public void Roman_numerals(int n, string expected) => Assert.Equal(expected, VietnameseText.Roman(n));

    [Fact]
    public void Point_letters_follow_legal_drafting_order_without_f_j_w_z() =>
        Assert.Equal("a b c d đ e g h i k", string.Join(" ", Enumerable.Range(1, 10).Select(VietnameseText.PointLetter)));

    [Theory]
    [InlineData("Phường Hòa Bình", "phuong-hoa-binh")]
    [InlineData("Xã Đức Long", "xa-duc-long")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void Slugs_are_ascii_and_safe(string name, string expected) => Assert.Equal(expected, VietnameseText.Slug(name));
}
