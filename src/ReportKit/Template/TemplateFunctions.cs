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
        fn["ngay_nd30"] = TemplateFunction.Of(new Func<DateTime?, string>(d => d is { } v ? Nd30Date.Format(DateOnly.FromDateTime(v)) : Nd30Date.Blank(null)));
        // "08/6/2021": short form for cited documents.
        fn["ngay_ngan"] = TemplateFunction.Of(new Func<DateTime, string>(d => Nd30Date.Short(DateOnly.FromDateTime(d))));
        fn["in_hoa"] = TemplateFunction.Of(new Func<string, string>(VietnameseText.Upper));
        fn["in_thuong"] = TemplateFunction.Of(new Func<string, string>(VietnameseText.Lower));
        fn["thuong_dau"] = TemplateFunction.Of(new Func<string, string>(VietnameseText.LowerFirst));
        fn["hoa_dau"] = TemplateFunction.Of(new Func<string, string>(VietnameseText.UpperFirst));
        // 2700 → "2.700"; 8.5 → "8,5".
        fn["dinh_dang_so"] = TemplateFunction.Of(new Func<object, string>(v => VietnameseNumber.Number(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture))));
        // 8.5 → "8,5%".
        fn["phan_tram"] = TemplateFunction.Of(new Func<object, string>(v => VietnameseNumber.Percent(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture))));
        // 1 → "01": counts in plans ("ít nhất 01 mô hình").
        fn["so_02"] = TemplateFunction.Of(new Func<int, string>(VietnameseNumber.Padded));
        fn["bang_chu"] = TemplateFunction.Of(new Func<long, string>(v => VietnameseNumber.Words(v)));
        fn["la_ma"] = TemplateFunction.Of(new Func<int, string>(VietnameseText.Roman));
        return fn;
    }
}
