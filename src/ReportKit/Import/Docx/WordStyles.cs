using System.Xml.Linq;
using static ReportKit.Import.Docx.WordXml;

namespace ReportKit.Import.Docx;

/// <summary>Paragraph formatting gathered from one or more pPr elements; later layers override earlier ones.</summary>
sealed class ParaFormat
{
    public Alignment? Alignment;
    public int? Left, Right, FirstLine;          // twips; FirstLine negative = hanging
    public int? Before, After, Line;             // twips (Line: 240ths of a line when auto)
    public string? LineRule;
    public bool? BottomBorder;
    public int? NumId, NumLevel;

    public ParaFormat Copy() => (ParaFormat)MemberwiseClone();

    public void Apply(XElement? pPr)
    {
        if (pPr is null) return;
        foreach (var e in pPr.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "jc":
                    Alignment = e.Val() switch
                    {
                        "center" => Import.Alignment.Center,
                        "right" or "end" => Import.Alignment.Right,
                        "both" or "distribute" or "lowKashida" or "mediumKashida" or "highKashida" or "thaiDistribute" => Import.Alignment.Justify,
                        _ => Import.Alignment.Left,
                    };
                    break;
                case "ind":
                    Left = e.Int("left") ?? e.Int("start") ?? Left;
                    Right = e.Int("right") ?? e.Int("end") ?? Right;
                    if (e.Int("hanging") is { } h) FirstLine = -h;
                    else if (e.Int("firstLine") is { } f) FirstLine = f;
                    break;
                case "spacing":
                    Before = e.Int("before") ?? Before;
                    After = e.Int("after") ?? After;
                    if (e.Int("line") is { } line) { Line = line; LineRule = e.Val("lineRule") ?? "auto"; }
                    break;
                case "pBdr":
                    var bottom = e.Element(W + "bottom");
                    if (bottom is not null) BottomBorder = bottom.Val() is not ("none" or "nil");
                    break;
                case "numPr":
                    if (e.Element(W + "numId").Int() is { } id) NumId = id;
                    if (e.Element(W + "ilvl").Int() is { } lvl) NumLevel = lvl;
                    break;
            }
        }
    }
}

/// <summary>Character formatting gathered from rPr elements.</summary>
sealed class RunFormat
{
    public bool? Bold, Italic, Underline, Caps, Hidden, Superscript;
    public string? Font;
    public double? Size;

    public RunFormat Copy() => (RunFormat)MemberwiseClone();

    public void Apply(XElement? rPr, WordStyles styles)
    {
        if (rPr is null) return;
        foreach (var e in rPr.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "b": Bold = e.OnOff(); break;
                case "i": Italic = e.OnOff(); break;
                case "caps": Caps = e.OnOff(); break;
                case "vanish": Hidden = e.OnOff(); break;
                case "u": Underline = e.Val() is { } u && u != "none"; break;
                case "sz": if (e.Int() is { } half) Size = half / 2.0; break;
                case "vertAlign": Superscript = e.Val() == "superscript"; break;
                case "rFonts":
                    var font = e.Val("ascii") ?? e.Val("hAnsi") ?? styles.ThemeFont(e.Val("asciiTheme") ?? e.Val("hAnsiTheme"));
                    if (font is not null) Font = font;
                    break;
            }
        }
    }
}

/// <summary>
/// Resolves effective formatting the way Word does: document defaults, then the style chain
/// (basedOn, root first), then direct formatting. Theme font references resolve to the theme's
/// typefaces so a check can name the font the reader saw.
/// </summary>
sealed class WordStyles
{
    readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    readonly XElement? _pPrDefault, _rPrDefault;
    readonly string? _majorFont, _minorFont;

    public string? DefaultParagraphStyle { get; }
    public string? DefaultTableStyle { get; }

    public WordStyles(XDocument? styles, XDocument? theme)
    {
        if (theme is not null)
        {
            var scheme = theme.Descendants(A + "fontScheme").FirstOrDefault();
            _majorFont = scheme?.Element(A + "majorFont")?.Element(A + "latin")?.Attribute("typeface")?.Value;
            _minorFont = scheme?.Element(A + "minorFont")?.Element(A + "latin")?.Attribute("typeface")?.Value;
        }
        if (styles?.Root is not { } root) return;
        var defaults = root.Element(W + "docDefaults");
        _pPrDefault = defaults?.Element(W + "pPrDefault")?.Element(W + "pPr");
        _rPrDefault = defaults?.Element(W + "rPrDefault")?.Element(W + "rPr");
        foreach (var s in root.Elements(W + "style"))
        {
            var id = s.Attribute(W + "styleId")?.Value;
            if (id is null) continue;
            _styles[id] = s;
            var isDefault = s.Attribute(W + "default")?.Value is "1" or "true" or "on";
            if (!isDefault) continue;
            var type = s.Attribute(W + "type")?.Value;
            if (type == "paragraph") DefaultParagraphStyle = id;
            else if (type == "table") DefaultTableStyle = id;
        }
    }

    public string? ThemeFont(string? theme) => theme switch
    {
        null => null,
        _ when theme.StartsWith("major", StringComparison.Ordinal) => _majorFont,
        _ => _minorFont,
    };

    public string? Name(string? styleId) => styleId is not null && _styles.TryGetValue(styleId, out var s) ? s.Element(W + "name").Val() : null;

    /// <summary>The style and its ancestors, root first; cycles are cut.</summary>
    IEnumerable<XElement> Chain(string? styleId)
    {
        var stack = new List<XElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && _styles.TryGetValue(id, out var s); id = s.Element(W + "basedOn").Val())
            stack.Add(s);
        stack.Reverse();
        return stack;
    }

    public ParaFormat Paragraph(string? styleId, XElement? numberingPPr, XElement? direct)
    {
        var f = new ParaFormat();
        f.Apply(_pPrDefault);
        foreach (var s in Chain(styleId ?? DefaultParagraphStyle)) f.Apply(s.Element(W + "pPr"));
        f.Apply(numberingPPr);
        f.Apply(direct);
        return f;
    }

    /// <summary>The style starts each of its paragraphs on a new page.</summary>
    public bool PageBreakBefore(string? styleId) =>
        Chain(styleId ?? DefaultParagraphStyle).Select(s => s.Element(W + "pPr")?.Element(W + "pageBreakBefore").OnOff()).LastOrDefault(v => v is not null) == true;

    /// <summary>Only the numbering the paragraph style chain gives (style-linked lists).</summary>
    public (int? NumId, int? Level) StyleNumbering(string? styleId)
    {
        var f = new ParaFormat();
        foreach (var s in Chain(styleId ?? DefaultParagraphStyle)) f.Apply(s.Element(W + "pPr")?.Element(W + "numPr") is { } n ? new XElement(W + "pPr", n) : null);
        return (f.NumId, f.NumLevel);
    }

    public RunFormat Run(string? paragraphStyle, string? tableStyle, XElement? direct)
    {
        var f = new RunFormat();
        f.Apply(_rPrDefault, this);
        if (tableStyle is not null)
            foreach (var s in Chain(tableStyle)) f.Apply(s.Element(W + "rPr"), this);
        foreach (var s in Chain(paragraphStyle ?? DefaultParagraphStyle)) f.Apply(s.Element(W + "rPr"), this);
        if (direct?.Element(W + "rStyle").Val() is { } rs)
            foreach (var s in Chain(rs)) f.Apply(s.Element(W + "rPr"), this);
        f.Apply(direct, this);
        return f;
    }

    /// <summary>The table paragraph defaults of a table style (tables often carry the size of their text).</summary>
    public XElement? TablePPr(string? tableStyle) => Chain(tableStyle).Select(s => s.Element(W + "pPr")).LastOrDefault(p => p is not null);

    /// <summary>Whether a table draws visible borders: its own tblBorders, else its style's.</summary>
    public bool TableHasBorders(XElement tblPr)
    {
        var direct = tblPr.Element(W + "tblBorders");
        var styleId = tblPr.Element(W + "tblStyle").Val() ?? DefaultTableStyle;
        var fromStyle = Chain(styleId).Select(s => s.Element(W + "tblPr")?.Element(W + "tblBorders")).LastOrDefault(b => b is not null);
        var borders = new Dictionary<string, bool>();
        foreach (var source in new[] { fromStyle, direct })
        {
            if (source is null) continue;
            foreach (var b in source.Elements()) borders[b.Name.LocalName] = b.Val() is not ("none" or "nil" or null);
        }
        return borders.Values.Any(v => v);
    }
}
