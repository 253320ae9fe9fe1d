using ReportKit.Diagnostics;
using ReportKit.Text;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Lists of text items (noi_nhan, can_cu, thuc_hien, phoi_hop, ...) as a clerk pastes them. An
/// unquoted item with ": " in it ("- Sở: Nội vụ") is a mapping to YAML; it is read back as the
/// text it was meant to be and reported as a warning at its place, asking for quotes.
/// </summary>
internal static class TextItems
{
    /// <summary>Reads <paramref name="key"/> as a list of text (a single text is a one-item list).</summary>
    public static List<string> Read(YamlNodeReader r, string key, string? name = null)
    {
        name ??= key;
        var node = r.Get(key);
        if (node is YamlSequenceNode seq)
        {
            var result = new List<string>();
            foreach (var item in seq.Children)
                if (Item(r, item, name) is { } text) result.Add(text);
            return result;
        }
        return r.StringList(key);
    }

    /// <summary>One list item as text; null (with an error) when it is neither text nor a mistyped "key: value".</summary>
    public static string? Item(YamlNodeReader r, YamlNode item, string name)
    {
        switch (item)
        {
            case YamlScalarNode when YamlNodeReader.IsBlank(item):
                r.Error(item, UiLanguage.Format(LoadMessages.ItemEmpty, name));
                return null;
            case YamlScalarNode { Value: { } v }:
                return Checked(r, item, name, VietnameseText.Nfc(v));
            case YamlMappingNode map when Recover(map) is { } text:
                Warn(r, map, name, text);
                return Checked(r, item, name, text);
            default:
                r.Error(item, UiLanguage.Format(LoadMessages.ItemNotText, name, YamlNodeReader.Describe(item)));
                return null;
        }
    }

    /// <summary>"Sở: Nội vụ" back from the one-pair mapping YAML made of it; null when the mapping is something else.</summary>
    public static string? Recover(YamlMappingNode map)
    {
        if (map.Children.Count != 1) return null;
        var (k, v) = map.Children.First();
        if (k is not YamlScalarNode { Value: { Length: > 0 } key } || v is not YamlScalarNode { Value: var value }) return null;
        return VietnameseText.Nfc(string.IsNullOrEmpty(value) ? key + ":" : $"{key}: {value}");
    }

    public static void Warn(YamlNodeReader r, YamlNode node, string name, string text) =>
        r.Bag.Add(new Diagnostic(Severity.Warning, r.File, $"{node.Start.Line}:{node.Start.Column}",
            UiLanguage.Format(LoadMessages.ItemReadsAsKeyValue, name, text)));

    static string Checked(YamlNodeReader r, YamlNode node, string name, string text)
    {
        if (LegacyEncoding.Detect(text) is { } enc)
            r.Error(node, UiLanguage.Format(LoadMessages.LegacyEncodedText, name, text.Length > 40 ? text[..40] + "…" : text, enc));
        return text;
    }
}
