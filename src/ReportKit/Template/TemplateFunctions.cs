using ReportKit.Text;
using Scriban.Runtime;

namespace ReportKit.Template;

/// <summary>Domain functions available in every template (names in Vietnamese, no diacritics).</summary>
static class TemplateFunctions
{
    public static ScriptObject Create()
    {
        var fn = new ScriptObject();
        // "ngày 08 tháng 6 năm 2021" (NĐ 30: pad days < 10 and months 1–2 only).
        fn.Import("ngay_nd30", new Func<DateTime?, string>(d => d is { } v ? Nd30Date.Format(DateOnly.FromDateTime(v)) : Nd30Date.Blank(null)));
        // "08/6/2021": short form for cited documents.
        fn.Import("ngay_ngan", new Func<DateTime, string>(d => Nd30Date.Short(DateOnly.FromDateTime(d))));
        fn.Import("in_hoa", new Func<string, string>(VietnameseText.Upper));
        fn.Import("in_thuong", new Func<string, string>(VietnameseText.Lower));
        fn.Import("thuong_dau", new Func<string, string>(VietnameseText.LowerFirst));
        fn.Import("hoa_dau", new Func<string, string>(VietnameseText.UpperFirst));
        // 2700 → "2.700"; 8.5 → "8,5".
        fn.Import("dinh_dang_so", new Func<object, string>(v => VietnameseNumber.Number(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture))));
        // 8.5 → "8,5%".
        fn.Import("phan_tram", new Func<object, string>(v => VietnameseNumber.Percent(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture))));
        // 1 → "01": counts in plans ("ít nhất 01 mô hình").
        fn.Import("so_02", new Func<int, string>(VietnameseNumber.Padded));
        fn.Import("bang_chu", new Func<long, string>(v => VietnameseNumber.Words(v)));
        fn.Import("la_ma", new Func<int, string>(VietnameseText.Roman));
        return fn;
    }
}
