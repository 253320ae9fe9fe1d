namespace ReportKit.Text;

/// <summary>
/// Dates as NĐ 30 writes them: "ngày 08 tháng 6 năm 2021", "ngày 05 tháng 02 năm 2020".
/// Days below 10 and months 1 and 2 only are zero-padded; .NET's "dd MM" would pad every month.
/// </summary>
internal static class Nd30Date
{
    public static string Day(int day) => day.ToString(day < 10 ? "00" : "0");
    public static string Month(int month) => month <= 2 ? month.ToString("00") : month.ToString();

    /// <summary>"ngày 08 tháng 6 năm 2021".</summary>
    public static string Format(DateOnly d) => $"ngày {Day(d.Day)} tháng {Month(d.Month)} năm {d.Year}";

    /// <summary>The clerk fills the date after signing; a draft keeps the blanks: "ngày     tháng     năm 2024".</summary>
    public static string Blank(int? year) => $"ngày      tháng      năm {(year is { } y ? y.ToString() : "      ")}";

    public static string Format(DateOnly? d, int? year) => d is { } v ? Format(v) : Blank(year);

    /// <summary>"08/6/2021": the short form used when citing other documents.</summary>
    public static string Short(DateOnly d) => $"{Day(d.Day)}/{Month(d.Month)}/{d.Year}";
}
