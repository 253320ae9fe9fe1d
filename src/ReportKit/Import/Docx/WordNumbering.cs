using System.Xml.Linq;
using ReportKit.Text;
using static ReportKit.Import.Docx.WordXml;

namespace ReportKit.Import.Docx;

/// <summary>
/// Computes the number Word shows in front of a list paragraph (w:numPr), from numbering.xml:
/// the abstract definition's levels (start, numFmt, lvlText such as "%1.%2.", isLgl, lvlRestart),
/// the w:num instance's overrides (lvlOverride/startOverride restart a list), style-linked lists
/// (numStyleLink/styleLink, pStyle on a level). Paragraphs must be fed in document order; counters
/// belong to the abstract definition, so two w:num of one definition continue one list unless
/// one restarts it, as in Word.
/// </summary>
sealed class WordNumbering
{
    sealed record Level(int Start, string Format, string Text, bool Legal, int? Restart, string? Style, XElement? PPr);

    sealed class Definition
    {
        public required int Id;
        public Level?[] Levels = new Level?[9];
        public string? StyleLink, NumStyleLink;
    }

    sealed class Instance
    {
        public required int AbstractId;
        public Dictionary<int, int> StartOverrides = [];
        public Dictionary<int, Level> LevelOverrides = [];
        public bool Started;
    }

    readonly Dictionary<int, Definition> _definitions = [];
    readonly Dictionary<int, Instance> _instances = [];
    readonly Dictionary<int, int?[]> _counters = [];
    readonly Func<string, (int? NumId, int? Level)> _styleNumbering;

    public WordNumbering(XDocument? numbering, Func<string, (int? NumId, int? Level)> styleNumbering)
    {
        _styleNumbering = styleNumbering;
        if (numbering?.Root is not { } root) return;
        foreach (var a in root.Elements(W + "abstractNum"))
        {
            if (a.Attribute(W + "abstractNumId")?.Value is not { } idText || !int.TryParse(idText, out var id)) continue;
            var def = new Definition { Id = id, StyleLink = a.Element(W + "styleLink").Val(), NumStyleLink = a.Element(W + "numStyleLink").Val() };
            foreach (var lvl in a.Elements(W + "lvl")) if (ReadLevel(lvl) is { } l && Ilvl(lvl) is { } i) def.Levels[i] = l;
            _definitions[id] = def;
        }
        foreach (var n in root.Elements(W + "num"))
        {
            if (n.Attribute(W + "numId")?.Value is not { } idText || !int.TryParse(idText, out var id)) continue;
            if (n.Element(W + "abstractNumId").Int() is not { } abstractId) continue;
            var inst = new Instance { AbstractId = abstractId };
            foreach (var o in n.Elements(W + "lvlOverride"))
            {
                if (Ilvl(o) is not { } i) continue;
                if (o.Element(W + "startOverride").Int() is { } start) inst.StartOverrides[i] = start;
                if (o.Element(W + "lvl") is { } lvl && ReadLevel(lvl) is { } l) inst.LevelOverrides[i] = l;
            }
            _instances[id] = inst;
        }
    }

    static int? Ilvl(XElement e) =>
        e.Attribute(W + "ilvl")?.Value is { } s && int.TryParse(s, out var i) && i is >= 0 and < 9 ? i : null;

    static Level? ReadLevel(XElement lvl) => new(
        lvl.Element(W + "start").Int() ?? 0,
        lvl.Element(W + "numFmt").Val() ?? "decimal",
        lvl.Element(W + "lvlText").Val() ?? "",
        lvl.Element(W + "isLgl").OnOff() == true,
        lvl.Element(W + "lvlRestart").Int(),
        lvl.Element(W + "pStyle").Val(),
        lvl.Element(W + "pPr"));

    /// <summary>The definition a w:num uses, following a numStyleLink to the style's own list.</summary>
    Definition? DefinitionOf(Instance inst)
    {
        if (!_definitions.TryGetValue(inst.AbstractId, out var def)) return null;
        if (def.NumStyleLink is { } style && _styleNumbering(style).NumId is { } linkedNum
            && _instances.TryGetValue(linkedNum, out var linked) && _definitions.TryGetValue(linked.AbstractId, out var target))
            return target;
        return def;
    }

    /// <summary>The level a style-numbered paragraph takes when its numPr gives none: the level whose pStyle is that style.</summary>
    public int LevelForStyle(int numId, string? styleId)
    {
        if (styleId is null || !_instances.TryGetValue(numId, out var inst) || DefinitionOf(inst) is not { } def) return 0;
        for (var i = 0; i < 9; i++) if (def.Levels[i]?.Style == styleId) return i;
        return 0;
    }

    /// <summary>The level's paragraph properties (its indents apply to the paragraph).</summary>
    public XElement? LevelPPr(int numId, int level) =>
        _instances.TryGetValue(numId, out var inst) && DefinitionOf(inst) is { } def ? LevelOf(inst, def, level)?.PPr : null;

    static Level? LevelOf(Instance inst, Definition def, int level) =>
        inst.LevelOverrides.TryGetValue(level, out var o) ? o : def.Levels[level];

    /// <summary>Advances the list and returns the label shown ("1.", "1.2.", "a)", "II.", "-"); null for no number (numId 0, numFmt none).</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var inst) || DefinitionOf(inst) is not { } def) return null;
        level = Math.Clamp(level, 0, 8);
        if (!_counters.TryGetValue(def.Id, out var counters)) _counters[def.Id] = counters = new int?[9];
        if (!inst.Started)
        {
            inst.Started = true;
            // A w:num that overrides a start restarts the list at its first paragraph.
            foreach (var (l, start) in inst.StartOverrides) counters[l] = start - 1;
        }
        var lvl = LevelOf(inst, def, level);
        if (lvl is null) return null;
        counters[level] = counters[level] is { } c ? c + 1 : lvl.Start;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            var d = LevelOf(inst, def, deeper);
            // lvlRestart 0 never restarts; n restarts after level n (1-based) is used; default: after any shallower level.
            if (d?.Restart is 0) continue;
            if (d?.Restart is { } r && r - 1 > level) continue;
            counters[deeper] = null;
        }
        if (lvl.Format == "none") return null;
        if (lvl.Format == "bullet") return Bullet(lvl.Text);
        var text = lvl.Text;
        for (var i = 0; i < 9; i++)
        {
            var token = "%" + (i + 1);
            if (!text.Contains(token)) continue;
            var li = LevelOf(inst, def, i);
            var value = counters[i] ?? li?.Start ?? 1;
            var format = lvl.Legal && i < level ? "decimal" : li?.Format ?? "decimal";
            text = text.Replace(token, Format(value, format));
        }
        return text.Trim();
    }

    static string Bullet(string glyph)
    {
        var g = glyph.Trim();
        if (g.Length == 0) return "•";
        var c = g[0];
        // Symbol-font bullets are stored in the private-use area (U+F0xx): F02D is a hyphen, F0B7 a dot.
        if (c is >= '\uF000' and <= '\uF0FF') c = (char)(c - 0xF000);
        return c switch
        {
            '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => "-",
            '+' => "+",
            _ => "•",
        };
    }

    public static string Format(int value, string numFmt) => numFmt switch
    {
        "upperRoman" when value > 0 && value < 4000 => VietnameseText.Roman(value),
        "lowerRoman" when value > 0 && value < 4000 => VietnameseText.Roman(value).ToLowerInvariant(),
        "upperLetter" when value > 0 => Letters(value).ToUpperInvariant(),
        "lowerLetter" when value > 0 => Letters(value),
        "decimalZero" => value.ToString("00"),
        _ => value.ToString(),
    };

    /// <summary>Word's letter sequence: a..z, then aa..zz (not the Vietnamese legal order: Word shows "e" after "d").</summary>
    static string Letters(int value)
    {
        var letter = (char)('a' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }
}
