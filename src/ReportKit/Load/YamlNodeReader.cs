using System.Globalization;
using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads one YAML mapping against a known set of keys: every value comes out NFC, every problem
/// is reported at the node's line:column, and keys nobody asked for are reported with the
/// closest known key as a suggestion. Readers are created per mapping; call <see cref="Finish"/>
/// after the last read so unknown keys are reported.
/// </summary>
internal sealed class YamlNodeReader
{
    readonly YamlMappingNode _map;
    readonly string _file;
    readonly DiagnosticBag _bag;
    readonly string _path;
    readonly HashSet<string> _known = [];
    readonly string[] _lines;

    public YamlNodeReader(YamlMappingNode map, string file, string[] lines, DiagnosticBag bag, string path = "")
    {
        _map = map; _file = file; _lines = lines; _bag = bag; _path = path;
    }

    public string File => _file;
    public DiagnosticBag Bag => _bag;
    public YamlMappingNode Node => _map;

    string Name(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    /// <summary>The key's full name in messages: "trang.trai", "chu_ky.tien_to".</summary>
    public string Path(string key) => Name(key);

    /// <summary>Text exactly as written, spaces and emptiness included (a separator, a blank); null only when the key is absent.</summary>
    public string? Literal(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar)
        {
            Error(node, UiLanguage.Format(LoadMessages.ExpectedText, Name(key), Describe(node)));
            return null;
        }
        return Checked(scalar, Name(key), VietnameseText.Nfc(scalar.Value ?? ""));
    }

    public void Error(YamlNode node, string message) =>
        _bag.Add(Diagnostic.Error(_file, (int)node.Start.Line, (int)node.Start.Column, message));

    /// <summary>Where <paramref name="node"/> starts, for checks that run after loading.</summary>
    public Model.SourceRef SpanOf(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The span of a scalar value, or of each item of a list (as <see cref="StringList"/> reads it); empty when absent.</summary>
    public List<Model.SourceRef> SpansOf(string key) => Get(key) switch
    {
        YamlScalarNode s => [SpanOf(s)],
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(SpanOf).ToList(),
        _ => [],
    };

    public YamlNode? Get(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in _map.Children)
            if (k is YamlScalarNode s && s.Value == key) return v;
        return null;
    }

    /// <summary>
    /// A scalar string; null when absent, empty or only spaces (an empty value is a missing value).
    /// A required field that is absent is reported at the mapping, one written empty at its value.
    /// </summary>
    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null || IsBlank(node))
        {
            if (required) Error(node ?? _map, UiLanguage.Format(node is null ? LoadMessages.RequiredMissing : LoadMessages.RequiredEmpty, Name(key)));
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(node, UiLanguage.Format(LoadMessages.ExpectedText, Name(key), Describe(node)));
            return null;
        }
        return Checked(scalar, Name(key), VietnameseText.Nfc(scalar.Value!));
    }

    /// <summary>A null, empty or whitespace-only scalar: a value that is not there.</summary>
    public static bool IsBlank(YamlNode node) => node is YamlScalarNode { Value: var v } && string.IsNullOrWhiteSpace(v);

    /// <summary>One item of a list as text (a Nơi nhận line, a căn cứ): null and an error at the item when it is empty or not text.</summary>
    public string? ItemText(YamlNode item, string name)
    {
        if (IsBlank(item))
        {
            Error(item, UiLanguage.Format(LoadMessages.ItemEmpty, name));
            return null;
        }
        if (item is not YamlScalarNode { Value: { } v })
        {
            Error(item, UiLanguage.Format(LoadMessages.ItemNotText, name, Describe(item)));
            return null;
        }
        return Checked(item, name, VietnameseText.Nfc(v));
    }

    /// <summary>
    /// Text pasted from an old .doc in TCVN3 or VNI reads as Latin-1 symbols ("Céng hoµ"); it is
    /// reported where it stands rather than printed wrong (workflow.md §3.2). A block is checked
    /// line by line, so one pasted line among Unicode ones is still found, at its own line.
    /// </summary>
    string Checked(YamlNode node, string name, string text)
    {
        if (text.Contains('\n') && node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } block)
        {
            var (line, column) = ContentStart(block);
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (LegacyEncoding.Detect(lines[i]) is not { } legacy) continue;
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                _bag.Add(Diagnostic.Error(_file, line + i, column + indent, LegacyMessage(name, lines[i].Trim(), legacy)));
                return text;
            }
            return text;
        }
        if (LegacyEncoding.Detect(text) is { } enc) Error(node, LegacyMessage(name, text, enc));
        return text;
    }

    static string LegacyMessage(string name, string text, string enc) =>
        UiLanguage.Format(LoadMessages.LegacyEncodedText, name, text.Length > 40 ? text[..40] + "…" : text, enc);

    /// <summary>A block of text with the position of its first character, for errors inside it.</summary>
    public Model.TextSource? Text(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is null) return null;
        var node = (YamlScalarNode)Get(key)!;
        var (line, column) = ContentStart(node);
        return new Model.TextSource(value, _file, line, column);
    }

    (int line, int column) ContentStart(YamlScalarNode node)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // Block scalars start on the line after the indicator; find the first content line.
            for (var i = line; i < _lines.Length; i++)
            {
                if (_lines[i].Trim().Length == 0) continue;
                return (i + 1, _lines[i].Length - _lines[i].TrimStart().Length + 1);
            }
        }
        else if (node.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted) column++;
        return (line, column);
    }

    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Get(key);
        var text = String(key, required);
        if (text is null) return null;
        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            Error(node!, UiLanguage.Format(LoadMessages.NotWholeNumber, Name(key), text));
            return null;
        }
        if (v < min || v > max)
        {
            Error(node!, UiLanguage.Format(LoadMessages.WholeNumberOutOfRange, Name(key), v, min, max));
            return null;
        }
        return v;
    }

    static readonly Regex DmY = new(@"^(\d{1,2})/(\d{1,2})/(\d{4})$", RegexOptions.CultureInvariant);
    static readonly Regex Iso = new(@"^(\d{4})-(\d{1,2})-(\d{1,2})$", RegexOptions.CultureInvariant);

    /// <summary>A date written dd/mm/yyyy (as offices write it) or yyyy-mm-dd; 31/02 is refused.</summary>
    public DateOnly? Date(string key)
    {
        var node = Get(key);
        var text = String(key);
        if (text is null) return null;
        text = text.Trim();
        int d, m, y;
        var dm = DmY.Match(text);
        var iso = Iso.Match(text);
        if (dm.Success) { d = int.Parse(dm.Groups[1].Value); m = int.Parse(dm.Groups[2].Value); y = int.Parse(dm.Groups[3].Value); }
        else if (iso.Success) { y = int.Parse(iso.Groups[1].Value); m = int.Parse(iso.Groups[2].Value); d = int.Parse(iso.Groups[3].Value); }
        else
        {
            Error(node!, UiLanguage.Format(LoadMessages.NotADateWriteDdMmYyyy, Name(key), text));
            return null;
        }
        if (m is < 1 or > 12 || d < 1 || y < 1900 || y > 2200 || d > DateTime.DaysInMonth(y, m))
        {
            Error(node!, UiLanguage.Format(LoadMessages.NotADate, Name(key), text));
            return null;
        }
        return new DateOnly(y, m, d);
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list. An empty item is an error at that item.</summary>
    public List<string> StringList(string key, bool required = false)
    {
        var node = Get(key);
        var result = new List<string>();
        if (node is null || IsBlank(node))
        {
            if (required) Error(node ?? _map, UiLanguage.Format(node is null ? LoadMessages.RequiredMissing : LoadMessages.RequiredEmpty, Name(key)));
            return result;
        }
        if (node is YamlScalarNode s) { result.Add(Checked(s, Name(key), VietnameseText.Nfc(s.Value!))); return result; }
        if (node is not YamlSequenceNode seq)
        {
            Error(node, UiLanguage.Format(LoadMessages.ExpectedList, Name(key), Describe(node)));
            return result;
        }
        foreach (var item in seq.Children)
            if (ItemText(item, Name(key)) is { } text) result.Add(text);
        return result;
    }

    /// <summary>A number written in the YAML (sizes in points, lengths in mm); null when absent. Out of [min, max] is an error naming the range.</summary>
    public double? Number(string key, double min, double max, string? why = null)
    {
        var node = Get(key);
        var text = String(key);
        if (text is null) return null;
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            Error(node!, UiLanguage.Format(LoadMessages.NotANumber, Name(key), text));
            return null;
        }
        if (v < min || v > max)
        {
            Error(node!, why is null ? UiLanguage.Format(LoadMessages.NumberOutOfRange, Name(key), text.Trim(), min, max) : UiLanguage.Format(LoadMessages.NumberOutOfRangeBecause, Name(key), text.Trim(), min, max, why));
            return null;
        }
        return v;
    }

    /// <summary>true/false (also yes/no, có/không); null when absent.</summary>
    public bool? Bool(string key)
    {
        var node = Get(key);
        var text = String(key);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "co" or "có": return true;
            case "false" or "no" or "khong" or "không": return false;
            default:
                Error(node!, UiLanguage.Format(LoadMessages.NotTrueOrFalse, Name(key), text));
                return null;
        }
    }

    public YamlNodeReader? Map(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null || IsBlank(node))
        {
            if (required) Error(node ?? _map, UiLanguage.Format(LoadMessages.RequiredMissing, Name(key)));
            return null;
        }
        if (node is not YamlMappingNode m)
        {
            Error(node, UiLanguage.Format(LoadMessages.ExpectedMapping, Name(key), Describe(node)));
            return null;
        }
        return new YamlNodeReader(m, _file, _lines, _bag, Name(key));
    }

    public YamlNodeReader Child(YamlMappingNode node, string name) => new(node, _file, _lines, _bag, Name(name));

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null || IsBlank(node))
        {
            if (required) Error(node ?? _map, UiLanguage.Format(LoadMessages.RequiredMissing, Name(key)));
            return null;
        }
        if (node is YamlSequenceNode s) return s;
        Error(node, UiLanguage.Format(LoadMessages.ExpectedList, Name(key), Describe(node)));
        return null;
    }

    /// <summary>
    /// Sees, for every mapping read, its path ("", "co_quan", "phu_luc[].cot[]") and the keys the
    /// loader asked for: the loaders' own key lists, which the JSON Schemas under schemas/ are
    /// tested against so the two cannot drift. Per thread; null (nothing recorded) outside tests.
    /// </summary>
    [ThreadStatic] internal static Action<string, IReadOnlyCollection<string>>? KeysAsked;

    /// <summary>Reports every key that was never read, naming the closest known key.</summary>
    public void Finish()
    {
        KeysAsked?.Invoke(_path, _known);
        foreach (var (k, _) in _map.Children)
        {
            if (k is not YamlScalarNode { Value: { } key })
            {
                Error(k, _path.Length == 0 ? UiLanguage.Format(LoadMessages.KeyNotAName, Example(), Describe(k)) : UiLanguage.Format(LoadMessages.KeyNotANameIn, _path, Example(), Describe(k)));
                continue;
            }
            if (_known.Contains(key)) continue;
            var suggestion = KeySuggester.Closest(key, _known);
            Error(k, suggestion is null
                ? UiLanguage.Format(LoadMessages.UnknownKey, Name(key), string.Join(", ", _known.Order(StringComparer.Ordinal)))
                : UiLanguage.Format(LoadMessages.UnknownKeyDidYouMean, Name(key), suggestion));
        }
    }

    /// <summary>A key this mapping knows, to show what a key looks like.</summary>
    string Example() => _known.Order(StringComparer.Ordinal).FirstOrDefault() ?? "ten";

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => LoadMessages.FoundMapping,
        YamlSequenceNode => LoadMessages.FoundList,
        YamlScalarNode s => $"\"{(s.Value is { Length: > 60 } v ? v[..60] + "…" : s.Value)}\"",
        _ => node.NodeType.ToString(),
    };
}

/// <summary>Closest known key by edit distance, so a typo gets "did you mean 'trich_yeu'?".</summary>
internal static class KeySuggester
{
    public static string? Closest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            var d = Distance(key.ToLowerInvariant(), k);
            if (d < bestDistance) { bestDistance = d; best = k; }
        }
        return best is not null && bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
