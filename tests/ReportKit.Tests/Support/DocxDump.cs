using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportKit.Tests.Support;

/// <summary>
/// A DOCX as text a reviewer can read in a diff: section properties, then every paragraph with
/// its effective layout (style chain + direct formatting resolved: alignment, indents, spacing,
/// keep-with-next) and its runs with font, size and emphasis; tables cell by cell; page
/// headers; footnotes. Lengths are in twips, sizes in points. A no-break space shows as ⍽ and a
/// no-break hyphen as ‑ (U+2011), so a diff shows where a line may not break.
/// </summary>
public static class DocxDump
{
    public static string Dump(Stream docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        var main = doc.MainDocumentPart!;
        var styles = new StyleResolver(main.StyleDefinitionsPart?.Styles);
        var sb = new StringBuilder();
        var body = main.Document.Body!;
        var section = 1;
        foreach (var sect in body.Descendants<SectionProperties>())
            sb.AppendLine($"section {section++}: {Section(sect)}");
        sb.AppendLine();
        foreach (var el in body.ChildElements) Element(el, styles, sb, "");
        foreach (var hr in body.Descendants<HeaderReference>().GroupBy(h => h.Id!.Value!).Select(g => g.First()))
        {
            var part = (HeaderPart)main.GetPartById(hr.Id!);
            sb.AppendLine();
            sb.AppendLine($"header ({hr.Type!.Value.ToString().ToLowerInvariant()}):");
            foreach (var el in part.Header.ChildElements) Element(el, styles, sb, "  ");
        }
        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            foreach (var fn in footnotes.Elements<Footnote>().Where(f => f.Id!.Value > 0))
            {
                sb.AppendLine();
                sb.AppendLine($"footnote {fn.Id!.Value}:");
                foreach (var el in fn.ChildElements) Element(el, styles, sb, "  ");
            }
        }
        return sb.ToString();
    }

    static string Section(SectionProperties s)
    {
        var parts = new List<string>();
        if (s.GetFirstChild<PageSize>() is { } size)
            parts.Add($"page {size.Width!.Value}x{size.Height!.Value} {(size.Orient?.Value == PageOrientationValues.Landscape ? "landscape" : "portrait")}");
        if (s.GetFirstChild<PageMargin>() is { } m)
            parts.Add($"margins top={m.Top!.Value} bottom={m.Bottom!.Value} left={m.Left!.Value} right={m.Right!.Value} header={m.Header!.Value}");
        if (s.GetFirstChild<TitlePage>() is not null) parts.Add("first-page header differs");
        if (s.GetFirstChild<PageNumberType>()?.Start?.Value is { } start) parts.Add($"page numbers restart at {start}");
        foreach (var h in s.Elements<HeaderReference>()) parts.Add($"header {h.Type!.Value.ToString().ToLowerInvariant()}={h.Id!.Value}");
        return string.Join(" · ", parts);
    }

    static void Element(OpenXmlElement el, StyleResolver styles, StringBuilder sb, string indent)
    {
        switch (el)
        {
            case Paragraph p:
                Paragraph(p, styles, sb, indent);
                break;
            case Table t:
                var grid = string.Join(" | ", t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value));
                var borders = t.GetFirstChild<TableProperties>()?.TableBorders?.TopBorder?.Val?.Value == BorderValues.None ? "borderless" : "bordered";
                sb.AppendLine($"{indent}table [{grid}] {borders}");
                var r = 0;
                foreach (var row in t.Elements<TableRow>())
                {
                    var flags = new List<string>();
                    if (row.TableRowProperties?.GetFirstChild<CantSplit>() is not null) flags.Add("cantSplit");
                    if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null) flags.Add("repeat-header");
                    sb.AppendLine($"{indent}  row {++r}{(flags.Count > 0 ? " (" + string.Join(", ", flags) + ")" : "")}");
                    var c = 0;
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var tcPr = cell.TableCellProperties;
                        var extra = tcPr?.GridSpan?.Val?.Value is > 1 ? $" span={tcPr.GridSpan.Val.Value}" : "";
                        if (tcPr?.VerticalMerge is { } vm) extra += vm.Val?.Value == MergedCellValues.Restart ? " vmerge=start" : " vmerge=continue";
                        if (tcPr?.Shading?.Fill?.Value is { } fill) extra += $" fill={fill}";
                        sb.AppendLine($"{indent}    cell {++c} w={tcPr?.TableCellWidth?.Width?.Value}{extra}");
                        foreach (var child in cell.ChildElements) Element(child, styles, sb, indent + "      ");
                    }
                }
                break;
            case SectionProperties:
                break;
        }
    }

    static void Paragraph(Paragraph p, StyleResolver styles, StringBuilder sb, string indent)
    {
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var pp = styles.Paragraph(styleId, p.ParagraphProperties);
        var line = new StringBuilder($"{indent}¶ {styleId}");
        line.Append($" · {pp.Get("jc", "left")}");
        var ind = new[] { "left", "right", "firstLine", "hanging" }.Where(k => pp.Has("ind." + k) && pp.Get("ind." + k) != "0").Select(k => $"{k}={pp.Get("ind." + k)}");
        var indText = string.Join(" ", ind);
        if (indText.Length > 0) line.Append($" · ind {indText}");
        line.Append($" · before={pp.Get("before", "0")} after={pp.Get("after", "0")} line={pp.Get("line", "240")}/{pp.Get("lineRule", "auto")}");
        if (pp.Has("keepNext")) line.Append(" · keepNext");
        if (pp.Has("border.bottom")) line.Append($" · bottom-border({pp.Get("border.bottom")})");
        if (p.ParagraphProperties?.SectionProperties is not null) line.Append(" · [section break]");
        sb.AppendLine(line.ToString());

        foreach (var (props, text) in Runs(p, styleId, styles))
            sb.AppendLine($"{indent}  «{text}» {props}");
    }

    /// <summary>Runs with their effective properties, neighbours with equal properties merged.</summary>
    static List<(string Props, string Text)> Runs(Paragraph p, string styleId, StyleResolver styles)
    {
        var result = new List<(string, string)>();
        var inFieldResult = false;
        foreach (var child in p.Descendants<Run>())
        {
            // A field shows as {CODE}; its cached result (the "2" of a PAGE field) is not content.
            if (child.GetFirstChild<FieldChar>()?.FieldCharType?.Value is { } fct)
            {
                if (fct == FieldCharValues.Separate) inFieldResult = true;
                else if (fct == FieldCharValues.End) inFieldResult = false;
                continue;
            }
            if (inFieldResult) continue;
            var rp = styles.Run(styleId, child.RunProperties);
            var text = new StringBuilder();
            foreach (var c in child.ChildElements)
            {
                switch (c)
                {
                    // Where a line may not break shows: ⍽ a no-break space, ‑ a no-break hyphen (w:noBreakHyphen).
                    case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text.Replace('\u00A0', '⍽')); break;
                    case NoBreakHyphen: text.Append('\u2011'); break;
                    case Break: text.Append("⏎"); break;
                    case FieldCode fc: text.Append("{" + fc.Text.Trim() + "}"); break;
                    case FootnoteReference fr: text.Append($"[^{fr.Id!.Value}]"); break;
                    case FootnoteReferenceMark: text.Append("[^mark]"); break;
                    case TabChar: text.Append("→"); break;
                }
            }
            var props = $"{rp.Get("font", "?")} {rp.Get("sz", "?")}{(rp.Has("b") ? " bold" : "")}{(rp.Has("i") ? " italic" : "")}{(rp.Has("u") ? " underline" : "")}{(rp.Has("sup") ? " superscript" : "")}";
            if (result.Count > 0 && result[^1].Item1 == props) result[^1] = (props, result[^1].Item2 + text);
            else result.Add((props, text.ToString()));
        }
        return result;
    }

    /// <summary>Resolves docDefaults → style chain (basedOn) → direct formatting into flat key/value maps.</summary>
    sealed class StyleResolver
    {
        readonly Dictionary<string, Style> _styles;
        readonly Props _defaultsP = new(), _defaultsR = new();

        public StyleResolver(Styles? styles)
        {
            _styles = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!) ?? [];
            if (styles?.DocDefaults is { } dd)
            {
                ReadP(dd.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle, _defaultsP);
                ReadR(dd.RunPropertiesDefault?.RunPropertiesBaseStyle, _defaultsR);
            }
        }

        IEnumerable<Style> Chain(string id)
        {
            var stack = new Stack<Style>();
            for (var s = _styles.GetValueOrDefault(id); s is not null; s = s.BasedOn?.Val?.Value is { } b ? _styles.GetValueOrDefault(b) : null)
                stack.Push(s);
            return stack;
        }

        public Props Paragraph(string styleId, ParagraphProperties? direct)
        {
            var p = _defaultsP.Copy();
            foreach (var s in Chain(styleId)) ReadP(s.StyleParagraphProperties, p);
            ReadP(direct, p);
            return p;
        }

        public Props Run(string paragraphStyle, RunProperties? direct)
        {
            var r = _defaultsR.Copy();
            foreach (var s in Chain(paragraphStyle)) ReadR(s.StyleRunProperties, r);
            if (direct?.RunStyle?.Val?.Value is { } rs)
                foreach (var s in Chain(rs)) ReadR(s.StyleRunProperties, r);
            ReadR(direct, r);
            return r;
        }

        static void ReadP(OpenXmlElement? pPr, Props p)
        {
            if (pPr is null) return;
            foreach (var e in pPr.ChildElements)
            {
                switch (e)
                {
                    case Justification j: p.Set("jc", j.Val!.Value.ToString().ToLowerInvariant()); break;
                    case Indentation ind:
                        if (ind.Left?.Value is { } l) p.Set("ind.left", l);
                        if (ind.Right?.Value is { } rr) p.Set("ind.right", rr);
                        if (ind.FirstLine?.Value is { } f) p.Set("ind.firstLine", f);
                        if (ind.Hanging?.Value is { } h) p.Set("ind.hanging", h);
                        break;
                    case SpacingBetweenLines sp:
                        if (sp.Before?.Value is { } b) p.Set("before", b);
                        if (sp.After?.Value is { } a) p.Set("after", a);
                        if (sp.Line?.Value is { } ln) p.Set("line", ln);
                        if (sp.LineRule?.Value is { } lr) p.Set("lineRule", lr.ToString().ToLowerInvariant());
                        break;
                    case KeepNext: p.Set("keepNext", "1"); break;
                    case ParagraphBorders pb when pb.BottomBorder is { } bb: p.Set("border.bottom", bb.Val!.Value.ToString().ToLowerInvariant()); break;
                }
            }
        }

        static void ReadR(OpenXmlElement? rPr, Props r)
        {
            if (rPr is null) return;
            foreach (var e in rPr.ChildElements)
            {
                switch (e)
                {
                    case RunFonts f when f.Ascii?.Value is { } font: r.Set("font", font); break;
                    case FontSize s: r.Set("sz", (int.Parse(s.Val!.Value!) / 2.0).ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
                    case Bold b: Toggle(r, "b", b.Val); break;
                    case Italic i: Toggle(r, "i", i.Val); break;
                    case Underline u: if (u.Val?.Value == UnderlineValues.None) r.Remove("u"); else r.Set("u", "1"); break;
                    case VerticalTextAlignment v when v.Val?.Value == VerticalPositionValues.Superscript: r.Set("sup", "1"); break;
                }
            }
        }

        static void Toggle(Props r, string key, OnOffValue? val)
        {
            if (val is null || val.Value) r.Set(key, "1"); else r.Remove(key);
        }
    }

    sealed class Props
    {
        readonly Dictionary<string, string> _map = [];
        public void Set(string k, string v) => _map[k] = v;
        public void Remove(string k) => _map.Remove(k);
        public bool Has(string k) => _map.ContainsKey(k);
        public string Get(string k, string fallback = "") => _map.GetValueOrDefault(k, fallback);
        public Props Copy() { var p = new Props(); foreach (var (k, v) in _map) p.Set(k, v); return p; }
    }
}
