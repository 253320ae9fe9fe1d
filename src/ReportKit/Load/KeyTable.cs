using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>What kind of value a YAML key takes: enough to read and check it, to list it in the docs, and to generate a JSON Schema.</summary>
internal enum KeyKind { Text, Literal, Number, Integer, Bool, TextList, Map, MapList, Range, RangeMap, RangeList }

/// <summary>One key a YAML mapping may hold: its name, kind, bounds and what it means.</summary>
internal abstract record YamlKey(string Name, KeyKind Kind, string Help)
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>The keys of the mapping this key holds (Map, MapList).</summary>
    public KeyTable? Children { get; init; }
}

/// <summary>The keys of one YAML mapping, in order; see <see cref="KeyTable{T}"/>.</summary>
internal abstract class KeyTable
{
    public abstract IReadOnlyList<YamlKey> Keys { get; }
}

/// <summary>
/// The keys of one YAML mapping read into a <typeparamref name="T"/>: one line per key, in the
/// order the docs list them. Each key is read through <see cref="YamlNodeReader"/>, so every
/// problem is located, values are checked against their bounds, and a key not in the table is
/// reported with the closest known one. Adding a key to a loader is one line here:
/// <code>.Number("co", "size in points", 4, 72, (s, v) => s.Size = v)</code>
/// </summary>
internal sealed class KeyTable<T> : KeyTable
{
    readonly List<(YamlKey Key, Action<YamlNodeReader, T> Read)> _keys = [];
    readonly List<Action<YamlNodeReader, T>> _checks = [];

    public override IReadOnlyList<YamlKey> Keys => _keys.Select(k => k.Key).ToList();

    /// <summary>Reads every key of the mapping under <paramref name="r"/> into <paramref name="target"/>, then the table's checks; reports unknown keys.</summary>
    public T Read(YamlNodeReader r, T target)
    {
        var errors = r.Bag.Items.Count;
        foreach (var (_, read) in _keys) read(r, target);
        if (errors == r.Bag.Items.Count) foreach (var check in _checks) check(r, target);
        r.Finish();
        return target;
    }

    KeyTable<T> Add(YamlKey key, Action<YamlNodeReader, T> read)
    {
        _keys.Add((key, read));
        return this;
    }

    sealed record Key(string Name, KeyKind Kind, string Help) : YamlKey(Name, Kind, Help);

    /// <summary>Text; an empty value is no value. <paramref name="choices"/>, when given, are the only values allowed.</summary>
    public KeyTable<T> Text(string name, string help, Action<T, string> set, params string[] choices) =>
        Add(new Key(name, KeyKind.Text, help) { Choices = choices.Length > 0 ? choices : null }, (r, t) =>
        {
            var node = r.Get(name);
            if (r.String(name) is not { } v) return;
            if (choices.Length > 0 && !choices.Contains(v.Trim()))
            {
                r.Error(node!, UiLanguage.Format(LoadMessages.NotOneOf, r.Path(name), v, string.Join(", ", choices)));
                return;
            }
            set(t, choices.Length > 0 ? v.Trim() : v);
        });

    /// <summary>Text taken exactly as written, spaces and emptiness included (a separator, what ends the body, the blank for a number).</summary>
    public KeyTable<T> Literal(string name, string help, Action<T, string> set) =>
        Add(new Key(name, KeyKind.Literal, help), (r, t) =>
        {
            if (r.Literal(name) is { } v) set(t, v);
        });

    public KeyTable<T> Number(string name, string help, double min, double max, Action<T, double> set) =>
        Add(new Key(name, KeyKind.Number, help) { Min = min, Max = max }, (r, t) =>
        {
            if (r.Number(name, min, max) is { } v) set(t, v);
        });

    public KeyTable<T> Integer(string name, string help, int min, int max, Action<T, int> set) =>
        Add(new Key(name, KeyKind.Integer, help) { Min = min, Max = max }, (r, t) =>
        {
            if (r.Int(name, min: min, max: max) is { } v) set(t, v);
        });

    public KeyTable<T> Bool(string name, string help, Action<T, bool> set) =>
        Add(new Key(name, KeyKind.Bool, help), (r, t) =>
        {
            if (r.Bool(name) is { } v) set(t, v);
        });

    /// <summary>A list of texts; <paramref name="minItems"/> and a per-item check (<paramref name="invalid"/> returns what is wrong, or null) located at the item.</summary>
    public KeyTable<T> TextList(string name, string help, Action<T, List<string>> set, int minItems = 0, Func<string, string?>? invalid = null) =>
        Add(new Key(name, KeyKind.TextList, help) { Min = minItems }, (r, t) =>
        {
            var node = r.Get(name);
            if (node is null) return;
            if (node is not YamlSequenceNode seq)
            {
                r.Error(node, UiLanguage.Format(LoadMessages.ExpectedListOfItems, r.Path(name), YamlNodeReader.Describe(node)));
                return;
            }
            var items = new List<string>();
            var ok = true;
            foreach (var item in seq.Children)
            {
                if (r.ItemText(item, r.Path(name)) is not { } text) { ok = false; continue; }
                if (invalid?.Invoke(text) is { } problem) { r.Error(item, $"{r.Path(name)}: {problem}"); ok = false; continue; }
                items.Add(text);
            }
            if (ok && items.Count < minItems)
            {
                r.Error(node, UiLanguage.Format(minItems > 1 ? LoadMessages.ListAtLeast : LoadMessages.ListAtLeastOne, r.Path(name), minItems));
                return;
            }
            if (ok) set(t, items);
        });

    /// <summary>A mapping read with <paramref name="table"/> into a new <typeparamref name="TChild"/> (keys it leaves out keep the class's defaults).</summary>
    public KeyTable<T> Map<TChild>(string name, string help, KeyTable<TChild> table, Action<T, TChild> set) where TChild : new() =>
        Add(new Key(name, KeyKind.Map, help) { Children = table }, (r, t) =>
        {
            if (r.Map(name) is { } m) set(t, table.Read(m, new TChild()));
        });

    /// <summary>A list of mappings, each read with <paramref name="table"/>.</summary>
    public KeyTable<T> MapList<TChild>(string name, string help, KeyTable<TChild> table, Action<T, List<TChild>> set, int minItems = 0) where TChild : new() =>
        Add(new Key(name, KeyKind.MapList, help) { Children = table, Min = minItems }, (r, t) =>
        {
            if (r.Sequence(name) is not { } seq) return;
            var items = new List<TChild>();
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode map) items.Add(table.Read(r.Child(map, name + "[]"), new TChild()));
                else r.Error(item, UiLanguage.Format(LoadMessages.ExpectedMappingItems, r.Path(name), string.Join(", ", table.Keys.Select(k => k.Name + ":")), YamlNodeReader.Describe(item)));
            }
            if (items.Count < minItems) r.Error(seq, UiLanguage.Format(minItems > 1 ? LoadMessages.ListAtLeast : LoadMessages.ListAtLeastOne, r.Path(name), minItems));
            set(t, items);
        });

    /// <summary>An accepted range written [min, max], both within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public KeyTable<T> Range(string name, string help, double min, double max, Action<T, List<double>> set) =>
        Add(new Key(name, KeyKind.Range, help) { Min = min, Max = max }, (r, t) =>
        {
            if (r.Get(name) is { } node && ReadRange(r, node, r.Path(name), min, max) is { } range) set(t, range);
        });

    /// <summary>Ranges by name ({ tren: [20, 25], ... }); only the <paramref name="names"/> given are known.</summary>
    public KeyTable<T> RangeMap(string name, string help, double min, double max, IReadOnlyList<string> names, Action<T, Dictionary<string, List<double>>> set) =>
        Add(new Key(name, KeyKind.RangeMap, help) { Min = min, Max = max, Choices = names }, (r, t) =>
        {
            if (r.Map(name) is not { } m) return;
            var result = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            foreach (var n in names)
                if (m.Get(n) is { } node && ReadRange(r, node, m.Path(n), min, max) is { } range) result[n] = range;
            m.Finish();
            set(t, result);
        });

    /// <summary>A list of ranges ([[12, 13], [13, 14]]).</summary>
    public KeyTable<T> RangeList(string name, string help, double min, double max, Action<T, List<List<double>>> set) =>
        Add(new Key(name, KeyKind.RangeList, help) { Min = min, Max = max }, (r, t) =>
        {
            if (r.Sequence(name) is not { } seq) return;
            var result = new List<List<double>>();
            foreach (var item in seq.Children)
                if (ReadRange(r, item, r.Path(name) + "[]", min, max) is { } range) result.Add(range);
            set(t, result);
        });

    static List<double>? ReadRange(YamlNodeReader r, YamlNode node, string name, double min, double max)
    {
        if (node is not YamlSequenceNode { Children.Count: 2 } pair || pair.Children.Any(c => c is not YamlScalarNode))
        {
            r.Error(node, UiLanguage.Format(LoadMessages.ExpectedRange, name, YamlNodeReader.Describe(node)));
            return null;
        }
        var values = new List<double>();
        foreach (var c in pair.Children)
        {
            var text = ((YamlScalarNode)c).Value ?? "";
            if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < min || v > max)
            {
                r.Error(c, UiLanguage.Format(LoadMessages.RangeValueNotANumber, name, text, min, max));
                return null;
            }
            values.Add(v);
        }
        if (values[0] > values[1])
        {
            r.Error(node, UiLanguage.Format(LoadMessages.RangeReversed, name, values[0], values[1]));
            return null;
        }
        return values;
    }

    /// <summary>A rule over several keys of this mapping, run once they are read without errors (margins that leave room for text); it reports at the key to fix.</summary>
    public KeyTable<T> Check(Action<YamlNodeReader, T> check)
    {
        _checks.Add(check);
        return this;
    }
}
