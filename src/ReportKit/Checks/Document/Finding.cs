using ReportKit.Import;

namespace ReportKit.Checks.Document;

public enum Lang { Vi, En }

/// <summary>
/// One deviation of a document from its profile: the rule (its id is the profile key or rule name
/// the reader can look up), where it is (paragraph number and first words, or the page header or
/// footer, or a table cell), and a sentence saying what was found and what the rule says.
/// </summary>
public sealed record Finding(string Rule, string Where, string Message)
{
    /// <summary>1-based input paragraph, when the finding is about one.</summary>
    public int? Paragraph { get; init; }

    public override string ToString() => Where.Length == 0 ? $"[{Rule}] {Message}" : $"{Where}: [{Rule}] {Message}";
}

/// <summary>How findings name places in the document, in the user's language.</summary>
public static class Places
{
    public static string Of(SourceParagraph p, Lang lang)
    {
        var words = Import.Recognise.Patterns.Squash(p.DisplayText);
        if (words.Length > 40) words = words[..40] + "…";
        var where = p.Container switch
        {
            Container.Header => lang == Lang.Vi ? "đầu trang" : "page header",
            Container.Footer => lang == Lang.Vi ? "chân trang" : "page footer",
            Container.Footnote => lang == Lang.Vi ? "chú thích" : "footnote",
            _ => (lang == Lang.Vi ? "đoạn " : "paragraph ") + p.Number,
        };
        if (p.Cell is { } c) where += lang == Lang.Vi ? $" (bảng {c.Table}, hàng {c.Row}, ô {c.Cell})" : $" (table {c.Table}, row {c.Row}, cell {c.Cell})";
        else if (p.Container == Container.TextBox) where += lang == Lang.Vi ? " (hộp văn bản)" : " (text box)";
        return words.Length > 0 ? $"{where} «{words}»" : where;
    }

    public static string Section(int index, Lang lang) => lang == Lang.Vi ? $"phần (section) {index + 1} của văn bản" : $"section {index + 1}";

    public static string Document(Lang lang) => lang == Lang.Vi ? "văn bản" : "document";
}
