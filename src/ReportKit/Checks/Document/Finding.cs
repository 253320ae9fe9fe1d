using ReportKit.Import;
using ReportKit.Localization;

namespace ReportKit.Checks.Document;

/// <summary>
/// One deviation of a document from its profile: the rule (its id is the profile key or rule name
/// the reader can look up), where it is (paragraph number and first words, or the page header or
/// footer, or a table cell), and a sentence saying what was found and what the rule says.
/// </summary>
internal sealed record Finding(string Rule, string Where, string Message)
{
    /// <summary>1-based input paragraph, when the finding is about one.</summary>
    public int? Paragraph { get; init; }

    public override string ToString() => Where.Length == 0 ? $"[{Rule}] {Message}" : $"{Where}: [{Rule}] {Message}";
}

/// <summary>How findings name places in the document, in the language of messages.</summary>
internal static class Places
{
    public static string Of(SourceParagraph p)
    {
        var words = Import.Recognise.Patterns.Squash(p.DisplayText);
        if (words.Length > 40) words = words[..40] + "…";
        var where = p.Container switch
        {
            Container.Header => DocumentCheckMessages.PlaceHeader,
            Container.Footer => DocumentCheckMessages.PlaceFooter,
            Container.Footnote => DocumentCheckMessages.PlaceFootnote,
            _ => UiLanguage.Format(DocumentCheckMessages.PlaceParagraph, p.Number),
        };
        if (p.Cell is { } c) where = UiLanguage.Format(DocumentCheckMessages.PlaceCell, where, c.Table, c.Row, c.Cell);
        else if (p.Container == Container.TextBox) where = UiLanguage.Format(DocumentCheckMessages.PlaceTextBox, where);
        return words.Length > 0 ? $"{where} «{words}»" : where;
    }

    public static string Section(int index) => UiLanguage.Format(DocumentCheckMessages.PlaceSection, index + 1);

    public static string Document() => DocumentCheckMessages.PlaceDocument;

    public static string Header() => DocumentCheckMessages.PlaceHeader;

    public static string Footer() => DocumentCheckMessages.PlaceFooter;

    public static string FirstPage() => DocumentCheckMessages.PlaceFirstPage;
}
