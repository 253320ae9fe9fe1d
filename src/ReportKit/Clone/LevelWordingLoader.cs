using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Load;
using ReportKit.Text;
using YamlDotNet.RepresentationModel;

namespace ReportKit.Clone;

/// <summary>
/// Reads the level-wording tables: every <c>cap/*.yaml</c> under the template folders, the first
/// folder winning for a file name (so a project's templates/ can replace one shipped table).
/// Mistakes are reported at file:line:column, like a plan's.
/// </summary>
internal static class LevelWordingLoader
{
    public const string Folder = "cap";

    public static List<LevelWording> Load(IEnumerable<string> templateRoots, DiagnosticBag bag)
    {
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in templateRoots)
        {
            var dir = Path.Combine(root, Folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.yaml"))
                byName.TryAdd(Path.GetFileNameWithoutExtension(file), file);
        }
        return byName.Select(kv => Read(kv.Key, kv.Value, bag)).OfType<LevelWording>().ToList();
    }

    public static LevelWording? Read(string name, string path, DiagnosticBag bag)
    {
        if (YamlFile.Read(path, bag, CloneMessages.LevelWordingNotAMapping) is not var (root, text)) return null;
        var r = new YamlNodeReader(root, path, text.Split('\n'), bag);
        var table = new LevelWording
        {
            Name = name,
            Path = path,
            Profiles = r.StringList("the_thuc"),
            ParentLevelWords = r.StringList("cap_tren", required: true),
            ChildLevels = r.StringList("cap", required: true),
            LowerLevels = Pairs(r, "cap_duoi").ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
            Phrases = Pairs(r, "doi"),
            Headings = Pairs(r, "tieu_de"),
            Keep = Texts(r, "giu"),
            LeftOver = r.StringList("con_lai"),
            Recipients = Texts(r, "noi_nhan"),
            Defaults = Pairs(r, "mac_dinh", LevelWording.DefaultKeys).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        };
        r.Finish();
        return table;
    }

    /// <summary>A {name} the clone cannot fill is a typo in the table, reported where it stands.</summary>
    static void CheckPlaceholders(YamlNodeReader r, YamlNode node, string key, string text)
    {
        foreach (System.Text.RegularExpressions.Match m in Placeholders.Pattern().Matches(text))
            if (!Placeholders.Names.Contains(m.Groups[1].Value))
            {
                r.Error(node, KeySuggester.Closest(m.Groups[1].Value, Placeholders.Names) is { } s
                    ? UiLanguage.Format(CloneMessages.UnknownPlaceholderDidYouMean, key, m.Value, s)
                    : UiLanguage.Format(CloneMessages.UnknownPlaceholder, key, m.Value, string.Join(", ", Placeholders.Names.Select(n => "{" + n + "}"))));
            }
    }

    static List<string> Texts(YamlNodeReader r, string key)
    {
        var list = r.StringList(key);
        if (r.Get(key) is YamlSequenceNode seq)
            foreach (var item in seq.Children) if (item is YamlScalarNode { Value: { } v }) CheckPlaceholders(r, item, key, v);
        return list;
    }

    /// <summary>A mapping of text to text, in the order written; an empty value is an empty string (a removal).</summary>
    static List<KeyValuePair<string, string>> Pairs(YamlNodeReader r, string key, string[]? allowedKeys = null)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (r.Map(key) is not { } map) return pairs;
        foreach (var (k, v) in map.Node.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } from })
            {
                r.Error(k, UiLanguage.Format(CloneMessages.EntryNotTextReplacement, key));
                continue;
            }
            if (allowedKeys is not null && !allowedKeys.Contains(from))
            {
                r.Error(k, KeySuggester.Closest(from, allowedKeys) is { } s
                    ? UiLanguage.Format(CloneMessages.UnknownKeyDidYouMean, key, from, s)
                    : UiLanguage.Format(CloneMessages.UnknownKey, key, from, string.Join(", ", allowedKeys)));
                continue;
            }
            if (v is not YamlScalarNode to)
            {
                r.Error(v, UiLanguage.Format(CloneMessages.ReplacementNotText, key, from, YamlNodeReader.Describe(v)));
                continue;
            }
            CheckPlaceholders(r, k, key, from);
            CheckPlaceholders(r, v, key, to.Value ?? "");
            pairs.Add(new(VietnameseText.Nfc(from), VietnameseText.Nfc(to.Value ?? "")));
        }
        return pairs;
    }
}
