using System.Globalization;
using ReportKit.Localization;

namespace ReportKit.Checks.Document;

/// <summary>
/// Every sentence <c>check</c> prints, whole, from <c>Localization/DocumentCheckMessages</c> in the language
/// of messages (Vietnamese unless --lang en). Each says what was found and what the rule is.
/// </summary>
internal static class CheckText
{
    static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    static string Range(double min, double max) => Math.Abs(min - max) < 0.01 ? N(min) : $"{N(min)}–{N(max)}";
    static string F(string format, params object?[] args) => UiLanguage.Format(format, args);

    /// <summary>Elements by the profile key that styles them ("trich_yeu" → "trích yếu"); an unknown key is named as it is.</summary>
    public static string Element(string key)
    {
        var name = "Element" + string.Concat(key.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        return DocumentCheckMessages.ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? key;
    }

    public static string HeadingLevel(string element, int level) => F(DocumentCheckMessages.HeadingLevel, element, level);

    public static string Size(string element, double found, double min, double max) => F(DocumentCheckMessages.Size, element, N(found), Range(min, max));

    /// <param name="property">b (bold), i (italic), u (underline) or caps.</param>
    public static string Emphasis(string element, string property, bool expected) => F((property, expected) switch
    {
        ("b", true) => DocumentCheckMessages.NotBold,
        ("b", false) => DocumentCheckMessages.Bold,
        ("i", true) => DocumentCheckMessages.NotItalic,
        ("i", false) => DocumentCheckMessages.Italic,
        ("u", true) => DocumentCheckMessages.NotUnderlined,
        ("u", false) => DocumentCheckMessages.Underlined,
        _ => DocumentCheckMessages.NotCapitals,
    }, element);

    public static string NotCentered(string element) => F(DocumentCheckMessages.NotCentered, element);

    public static string Missing(string what) => F(DocumentCheckMessages.Missing, what);

    public static string MottoMissing(string text) => F(DocumentCheckMessages.MottoMissing, text);

    public static string UnderMottoMissing() => DocumentCheckMessages.UnderMottoMissing;

    /// <param name="expected">"gach" (a line) or the mark the profile puts there.</param>
    public static string UnderIssuerMissing(string expected) =>
        expected == "gach" ? DocumentCheckMessages.UnderIssuerLineMissing : F(DocumentCheckMessages.UnderIssuerMarkMissing, expected);

    public static string UnderIssuerKind(string found, string expected) => F(DocumentCheckMessages.UnderIssuerKind,
        found == "gach" ? DocumentCheckMessages.UnderIssuerLine : $"“{found}”",
        expected == "gach" ? DocumentCheckMessages.UnderIssuerLineExpected : $"“{expected}”");

    public static string NumberForm(string found, string expected) => F(DocumentCheckMessages.NumberForm, found, expected);

    public static string SymbolForm(string symbol, string example) => F(DocumentCheckMessages.SymbolForm, symbol, example);

    public static string DateForm(string found, string expected) => F(DocumentCheckMessages.DateForm, found, expected);

    public static string Font(string font, int count, string expected) => F(DocumentCheckMessages.Font, font, count, expected);

    public static string LegacyText(string note) => F(DocumentCheckMessages.LegacyText, note);

    public static string PageSize(double w, double h) => F(DocumentCheckMessages.PageSize, N(w), N(h));

    public static string Landscape() => DocumentCheckMessages.Landscape;

    /// <param name="side">tren, duoi, trai or phai (the profile's keys).</param>
    public static string Margin(string side, double found, double min, double max) => F(DocumentCheckMessages.Margin, side switch
    {
        "tren" => DocumentCheckMessages.MarginTop,
        "duoi" => DocumentCheckMessages.MarginBottom,
        "trai" => DocumentCheckMessages.MarginLeft,
        _ => DocumentCheckMessages.MarginRight,
    }, N(found), Range(min, max));

    public static string PageNumberMissing() => DocumentCheckMessages.PageNumberMissing;
    public static string PageNumberInFooter() => DocumentCheckMessages.PageNumberInFooter;
    public static string PageNumberNotCentered() => DocumentCheckMessages.PageNumberNotCentered;
    public static string PageNumberOnFirstPage() => DocumentCheckMessages.PageNumberOnFirstPage;

    public static string NotJustified(string element, int count) => F(DocumentCheckMessages.NotJustified, count, element);

    public static string Indent(double found, double min, double max) => F(DocumentCheckMessages.Indent, N(found), Range(min, max));

    public static string ParagraphSpacing(double found, double min) => F(DocumentCheckMessages.ParagraphSpacing, N(found), N(min));

    public static string LineSpacing(string found, string expected) => F(DocumentCheckMessages.LineSpacing, found, expected);

    public static string Lines(double lines) => F(DocumentCheckMessages.Lines, N(lines));
    public static string Exactly(double pt) => F(DocumentCheckMessages.Exactly, N(pt));
    public static string LinesRange(double min, double max) => F(DocumentCheckMessages.LinesRange, N(min), N(max));
    public static string ExactRange(double min, double max) => F(DocumentCheckMessages.ExactRange, Range(min, max));

    public static string Numbering(string typed, string printed) => F(DocumentCheckMessages.Numbering, F(DocumentCheckMessages.NumberingFix, typed, printed));

    public static string NumberingScheme(string found, string expected) => F(DocumentCheckMessages.NumberingScheme, found, expected);

    public static string EndMark(string found, string expected) => F(DocumentCheckMessages.EndMark, found, expected);

    public static string BasisEnd() => DocumentCheckMessages.BasisEnd;

    public static string LabelText(string found, string expected) => F(DocumentCheckMessages.LabelText, found, expected);

    public static string RecipientsMissing() => DocumentCheckMessages.RecipientsMissing;

    public static string RecipientPrefix(string prefix) => F(DocumentCheckMessages.RecipientPrefix, prefix.Trim());

    public static string RecipientEnd(string found, string end) => F(DocumentCheckMessages.RecipientEnd, found, end);

    public static string ArchiveLine(string found, string expected) => F(DocumentCheckMessages.ArchiveLine, found, expected);

    public static string ArchiveMissing(string expected) => F(DocumentCheckMessages.ArchiveMissing, expected);

    public static string AuthorityPrefix(string found, string allowed) => F(DocumentCheckMessages.AuthorityPrefix, found, allowed);

    public static string SignatureMissing() => DocumentCheckMessages.SignatureMissing;

    public static string AnnexReferenceMissing() => DocumentCheckMessages.AnnexReferenceMissing;

    public static string LetterSubjectMissing() => DocumentCheckMessages.LetterSubjectMissing;

    public static string SalutationMissing() => DocumentCheckMessages.SalutationMissing;

    public static string Summary(int count) => count == 0 ? DocumentCheckMessages.SummaryNone : F(DocumentCheckMessages.Summary, count);

    public static string Heading(string file, string type, string profile, string reason) => F(DocumentCheckMessages.Heading, file, type, profile, reason);
}
