using System.IO.Packaging;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ReportKit.Diagnostics;
using ReportKit.Text;
using static ReportKit.Import.Docx.WordXml;
using ReportKit.Localization;

namespace ReportKit.Import.Docx;

/// <summary>
/// Reads a .docx into a <see cref="SourceDocument"/>: every paragraph of the body, of table cells
/// (nested tables too) and of text boxes (DrawingML, or the VML fallback when there is no choice)
/// in reading order, with effective formatting (defaults, styles, direct), the list number Word
/// shows, manual line breaks and tabs; sections with page size, margins, headers and footers and
/// where the page number is; footnotes. Legacy TCVN3/VNI text is converted to Unicode by font and
/// every conversion is noted. Read-only: the file is never changed.
/// </summary>
internal static class DocxReader
{
    public static SourceDocument Read(string path)
    {
        using var package = DocxGuard.OpenPackage(path);
        try
        {
            using var doc = WordprocessingDocument.Open(package, false);
            var main = doc.MainDocumentPart ?? throw Fail(path, ImportMessages.NoMainDocumentPart);
            var body = LoadPart(main)?.Root;
            if (body?.Name.Namespace == StrictW)
                throw Fail(path, ImportMessages.StrictOpenXml);
            if (body?.Element(W + "body") is not { } bodyElement)
                throw Fail(path, ImportMessages.NoBody);

            var styles = new WordStyles(LoadPart(main.StyleDefinitionsPart), LoadPart(main.ThemePart));
            var numbering = new WordNumbering(LoadPart(main.NumberingDefinitionsPart), id => styles.StyleNumbering(id));
            var walker = new Walker(styles, numbering);
            var blocks = walker.Body(bodyElement);

            var footnotes = new Dictionary<int, IReadOnlyList<SourceParagraph>>();
            if (LoadPart(main.FootnotesPart)?.Root is { } fns)
            {
                foreach (var fn in fns.Elements(W + "footnote"))
                {
                    if (fn.Attribute(W + "type") is not null) continue; // separators
                    if (!int.TryParse(fn.Attribute(W + "id")?.Value, out var id)) continue;
                    footnotes[id] = walker.Detached(fn, Container.Footnote, UiLanguage.Format(ImportMessages.WhereFootnote, id));
                }
            }

            var sections = ReadSections(main, bodyElement, walker);
            return new SourceDocument
            {
                Path = path,
                Format = SourceFormat.Docx,
                Blocks = blocks,
                Sections = sections,
                Footnotes = footnotes,
                Author = Clean(doc.PackageProperties.Creator),
                Title = Clean(doc.PackageProperties.Title),
                ReaderNotes = walker.Notes(),
            };
        }
        catch (ReportKitException) { throw; }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw Fail(path, UiLanguage.Format(ImportMessages.DocumentDamaged, ex.Message.TrimEnd('.')));
        }
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Nfc(s.Trim());

    static XDocument? LoadPart(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var s = part.GetStream(FileMode.Open, FileAccess.Read);
        return WordXml.Load(s);
    }

    static ReportKitException Fail(string path, string message) => new(new Diagnostic(Severity.Error, path, null, message));

    static List<SourceSection> ReadSections(MainDocumentPart main, XElement body, Walker walker)
    {
        // Section breaks live in body-level paragraphs (possibly inside content controls), the last one in the body itself.
        var sectPrs = body.Descendants(W + "sectPr")
            .Where(s => !s.Ancestors(W + "tbl").Any() && !s.Ancestors(W + "txbxContent").Any()).ToList();
        var headers = new Dictionary<string, IReadOnlyList<SourceParagraph>>();
        var footers = new Dictionary<string, IReadOnlyList<SourceParagraph>>();
        var result = new List<SourceSection>();
        foreach (var s in sectPrs)
        {
            // A section without its own header of a kind inherits the previous section's.
            headers = new Dictionary<string, IReadOnlyList<SourceParagraph>>(headers);
            footers = new Dictionary<string, IReadOnlyList<SourceParagraph>>(footers);
            var pageNumbers = new List<PageNumberField>();
            foreach (var (refName, isHeader, target) in new[] { ("headerReference", true, headers), ("footerReference", false, footers) })
            {
                foreach (var r in s.Elements(W + refName))
                {
                    var kind = r.Attribute(W + "type")?.Value ?? "default";
                    if (r.Attribute(R + "id")?.Value is not { } id) continue;
                    OpenXmlPart? part;
                    try { part = main.GetPartById(id); } catch (ArgumentOutOfRangeException) { continue; }
                    if (LoadPart(part)?.Root is not { } root) continue;
                    target[kind] = walker.Detached(root, isHeader ? Container.Header : Container.Footer, $"{(isHeader ? "header" : "footer")} ({kind})");
                }
            }
            foreach (var (kind, paragraphs) in headers)
                foreach (var p in paragraphs.Where(walker.HasPageField))
                    pageNumbers.Add(new PageNumberField(true, kind, p.Alignment, p.Runs.FirstOrDefault()?.SizePt ?? 0));
            foreach (var (kind, paragraphs) in footers)
                foreach (var p in paragraphs.Where(walker.HasPageField))
                    pageNumbers.Add(new PageNumberField(false, kind, p.Alignment, p.Runs.FirstOrDefault()?.SizePt ?? 0));

            var size = s.Element(W + "pgSz");
            var margin = s.Element(W + "pgMar");
            double Mm(int? twips) => twips is { } t ? Math.Round(t / 56.6929, 1) : 0;
            result.Add(new SourceSection
            {
                PageWidthMm = size.Int("w") is { } w ? Mm(w) : 215.9,
                PageHeightMm = size.Int("h") is { } h ? Mm(h) : 279.4,
                TopMm = Math.Abs(Mm(margin.Int("top"))),
                BottomMm = Math.Abs(Mm(margin.Int("bottom"))),
                LeftMm = Mm(margin.Int("left") ?? margin.Int("start")),
                RightMm = Mm(margin.Int("right") ?? margin.Int("end")),
                HeaderMm = Mm(margin.Int("header")),
                TitlePage = s.Element(W + "titlePg").OnOff() == true,
                PageNumberStart = s.Element(W + "pgNumType").Int("start"),
                Headers = headers,
                Footers = footers,
                PageNumbers = pageNumbers,
            });
        }
        if (result.Count == 0) result.Add(new SourceSection());
        return result;
    }

    /// <summary>Walks WordprocessingML once, numbering paragraphs and tables in reading order.</summary>
    sealed class Walker(WordStyles styles, WordNumbering numbering)
    {
        int _paragraphs, _tables, _section;
        readonly HashSet<SourceParagraph> _withPageField = new(ReferenceEqualityComparer.Instance);
        readonly Dictionary<string, List<int>> _converted = [];
        readonly List<int> _normalised = [];

        public bool HasPageField(SourceParagraph p) => _withPageField.Contains(p);

        public List<SourceBlock> Body(XElement body) => Blocks(body, new Place(Container.Body, null, null));

        /// <summary>Paragraphs of a header, footer or footnote: not numbered among the body's, lists not advanced.</summary>
        public IReadOnlyList<SourceParagraph> Detached(XElement root, Container container, string where)
        {
            var saved = (_paragraphs, _tables, _section);
            var blocks = Blocks(root, new Place(container, null, where));
            (_paragraphs, _tables, _section) = saved;
            return new SourceDocument { Path = "", Format = SourceFormat.Docx, Blocks = blocks }.AllParagraphs().ToList();
        }

        readonly record struct Place(Container Container, (int Table, int Row, int Cell)? Cell, string? Detached, string? TableStyle = null, (int Table, int Row, int Cell)? Inner = null);

        List<SourceBlock> Blocks(XElement parent, Place place)
        {
            var list = new List<SourceBlock>();
            foreach (var e in parent.Elements()) Block(e, place, list);
            return list;
        }

        void Block(XElement e, Place place, List<SourceBlock> list)
        {
            if (e.Name.Namespace == Mc && e.Name.LocalName == "AlternateContent")
            {
                if (Choose(e) is { } chosen) foreach (var c in chosen.Elements()) Block(c, place, list);
                return;
            }
            if (e.Name.Namespace != W) return;
            switch (e.Name.LocalName)
            {
                case "p":
                    Paragraph(e, place, list);
                    break;
                case "tbl":
                    list.Add(Table(e, place));
                    break;
                case "sdt":
                    if (e.Element(W + "sdtContent") is { } content) foreach (var c in content.Elements()) Block(c, place, list);
                    break;
                case "customXml" or "ins" or "moveTo" or "smartTag":
                    foreach (var c in e.Elements()) Block(c, place, list);
                    break;
            }
        }

        static XElement? Choose(XElement alternate) =>
            alternate.Elements(Mc + "Choice").FirstOrDefault() ?? alternate.Element(Mc + "Fallback");

        SourceTable Table(XElement tbl, Place place)
        {
            var number = ++_tables;
            var section = _section;
            var tblPr = tbl.Element(W + "tblPr") ?? new XElement(W + "tblPr");
            var tableStyle = tblPr.Element(W + "tblStyle").Val() ?? styles.DefaultTableStyle;
            var grid = tbl.Element(W + "tblGrid")?.Elements(W + "gridCol").Select(g => g.Int("w") ?? 0).ToList() ?? [];
            var rows = new List<SourceRow>();
            var r = 0;
            foreach (var tr in Rows(tbl))
            {
                r++;
                var cells = new List<SourceCell>();
                var c = 0;
                foreach (var tc in Cells(tr))
                {
                    c++;
                    var tcPr = tc.Element(W + "tcPr");
                    var cellPlace = place with
                    {
                        Container = place.Container is Container.Body or Container.TableCell ? Container.TableCell : place.Container,
                        Cell = place.Cell ?? (number, r, c),
                        Inner = (number, r, c),
                        TableStyle = tableStyle,
                    };
                    var vMerge = tcPr?.Element(W + "vMerge");
                    cells.Add(new SourceCell(Blocks(tc, cellPlace))
                    {
                        GridSpan = tcPr?.Element(W + "gridSpan").Int() ?? 1,
                        VMerge = vMerge is null ? VerticalMerge.None : vMerge.Val() == "restart" ? VerticalMerge.Restart : VerticalMerge.Continue,
                        WidthTwips = tcPr?.Element(W + "tcW").Int("w") ?? 0,
                    });
                }
                rows.Add(new SourceRow(cells) { IsHeader = tr.Element(W + "trPr")?.Element(W + "tblHeader").OnOff() == true });
            }
            return new SourceTable
            {
                Number = number,
                Section = section,
                Rows = rows,
                GridTwips = grid,
                Borderless = !styles.TableHasBorders(tblPr) && !CellsHaveBorders(tbl),
            };
        }

        static bool CellsHaveBorders(XElement tbl)
        {
            var cells = tbl.Elements(W + "tr").SelectMany(tr => tr.Elements(W + "tc")).ToList();
            if (cells.Count == 0) return false;
            var bordered = cells.Count(tc => tc.Element(W + "tcPr")?.Element(W + "tcBorders")?.Elements().Any(b => b.Val() is not ("none" or "nil" or null)) == true);
            return bordered * 2 > cells.Count;
        }

        static IEnumerable<XElement> Rows(XElement tbl) => Unwrap(tbl, "tr");
        static IEnumerable<XElement> Cells(XElement tr) => Unwrap(tr, "tc");

        /// <summary>Rows and cells may sit inside content controls or custom XML.</summary>
        static IEnumerable<XElement> Unwrap(XElement parent, string name)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name == W + name) yield return e;
                else if (e.Name == W + "sdt" && e.Element(W + "sdtContent") is { } content)
                    foreach (var inner in Unwrap(content, name)) yield return inner;
                else if (e.Name == W + "customXml")
                    foreach (var inner in Unwrap(e, name)) yield return inner;
            }
        }

        void Paragraph(XElement p, Place place, List<SourceBlock> list)
        {
            var pPr = p.Element(W + "pPr");
            var styleId = pPr?.Element(W + "pStyle").Val() ?? styles.DefaultParagraphStyle;
            var direct = new ParaFormat();
            direct.Apply(pPr);
            var (styleNum, styleLevel) = styles.StyleNumbering(styleId);
            var numId = direct.NumId ?? styleNum;
            var level = direct.NumLevel ?? styleLevel ?? (numId is { } sn && direct.NumId is null ? numbering.LevelForStyle(sn, styleId) : 0);
            string? label = null;
            XElement? levelPPr = null;
            if (numId is { } n && n != 0)
            {
                levelPPr = numbering.LevelPPr(n, level);
                if (place.Detached is null) label = numbering.Next(n, level);
            }
            var format = styles.Paragraph(styleId, levelPPr, pPr);

            var number = place.Detached is null ? ++_paragraphs : 0;
            var where = place.Detached ?? place.Container switch
            {
                Container.TableCell when place.Cell is { } c => UiLanguage.Format(ImportMessages.WhereParagraphInCell, number, c.Table, c.Row, c.Cell),
                Container.TextBox => UiLanguage.Format(ImportMessages.WhereParagraphInTextBox, number),
                _ => UiLanguage.Format(ImportMessages.WhereParagraph, number),
            };

            var inline = new InlineState(styleId, place.TableStyle);
            Inline(p, inline);
            var runs = Legacy(Merge(inline.Runs), number, where);

            var paragraph = new SourceParagraph
            {
                Number = number,
                Where = where,
                Section = _section,
                Container = place.Container,
                Cell = place.Cell,
                InnerCell = place.Inner,
                Runs = runs,
                ListLabel = label,
                ListId = label is null ? null : numId,
                ListLevel = level,
                StyleId = styleId,
                StyleName = styles.Name(styleId),
                Alignment = format.Alignment ?? Alignment.Left,
                IndentLeftCm = Cm(format.Left),
                IndentRightCm = Cm(format.Right),
                FirstLineCm = Cm(format.FirstLine),
                SpaceBeforePt = (format.Before ?? 0) / 20.0,
                SpaceAfterPt = (format.After ?? 0) / 20.0,
                LineSpacing = format.LineRule is null or "auto" ? (format.Line ?? 240) / 240.0 : 1.0,
                ExactLinePt = format.LineRule is "exact" or "atLeast" && format.Line is { } line ? line / 20.0 : null,
                HasRule = format.BottomBorder == true || inline.Rule,
                PageBreakBefore = inline.PageBreak || pPr?.Element(W + "pageBreakBefore").OnOff() == true || styles.PageBreakBefore(styleId),
            };
            if (inline.PageField) _withPageField.Add(paragraph);
            list.Add(paragraph);
            // Text boxes anchored here are read after the paragraph that holds them.
            foreach (var box in inline.TextBoxes)
                foreach (var b in Blocks(box, place with { Container = place.Container == Container.Body ? Container.TextBox : place.Container })) list.Add(b);
            if (pPr?.Element(W + "sectPr") is not null && place.Detached is null && place.Container == Container.Body) _section++;
        }

        static double Cm(int? twips) => twips is { } t ? Math.Round(t / 567.0, 2) : 0;

        sealed class InlineState(string? styleId, string? tableStyle)
        {
            public readonly string? StyleId = styleId;
            public readonly string? TableStyle = tableStyle;
            public readonly List<SourceRun> Runs = [];
            public readonly List<XElement> TextBoxes = [];
            public readonly Stack<(bool InResult, string Instr)> Fields = new();
            public bool Rule, PageField, PageBreak;
            public bool Visible => Fields.All(f => f.InResult);
        }

        void Inline(XElement parent, InlineState s)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name.Namespace == Mc && e.Name.LocalName == "AlternateContent")
                {
                    if (Choose(e) is { } chosen) Inline(chosen, s);
                    continue;
                }
                if (e.Name.Namespace != W) continue;
                switch (e.Name.LocalName)
                {
                    case "r":
                        Run(e, s);
                        break;
                    case "fldSimple":
                        if (IsPageField(e.Attribute(W + "instr")?.Value)) s.PageField = true;
                        Inline(e, s);
                        break;
                    case "hyperlink" or "ins" or "moveTo" or "smartTag" or "customXml" or "bdo" or "dir":
                        Inline(e, s);
                        break;
                    case "sdt":
                        if (e.Element(W + "sdtContent") is { } content) Inline(content, s);
                        break;
                }
            }
        }

        static bool IsPageField(string? instr) => instr is not null && Regex.IsMatch(instr, @"(^|\s)PAGE(\s|\\|$)");

        void Run(XElement r, InlineState s)
        {
            var rPr = r.Element(W + "rPr");
            var f = styles.Run(s.StyleId, s.TableStyle, rPr);
            foreach (var e in r.Elements())
            {
                if (e.Name.Namespace == Mc && e.Name.LocalName == "AlternateContent")
                {
                    if (Choose(e) is { } chosen) Shapes(chosen, s);
                    continue;
                }
                if (e.Name.Namespace != W) continue;
                switch (e.Name.LocalName)
                {
                    case "t": Emit(s, f, e.Value); break;
                    case "tab" or "ptab": Emit(s, f, "\t"); break;
                    case "br" when e.Attribute(W + "type")?.Value == "page":
                        if (s.Runs.All(r => r.Text.Trim().Length == 0)) s.PageBreak = true; else Emit(s, f, "\n");
                        break;
                    case "br" or "cr": Emit(s, f, "\n"); break;
                    case "noBreakHyphen": Emit(s, f, "-"); break;
                    case "sym": Emit(s, f, Symbol(e)); break;
                    case "fldChar":
                        switch (e.Attribute(W + "fldCharType")?.Value)
                        {
                            case "begin": s.Fields.Push((false, "")); break;
                            case "separate" when s.Fields.Count > 0:
                                var (_, instr) = s.Fields.Pop();
                                if (IsPageField(instr)) s.PageField = true;
                                s.Fields.Push((true, instr));
                                break;
                            case "end" when s.Fields.Count > 0:
                                var (inResult, code) = s.Fields.Pop();
                                if (!inResult && IsPageField(code)) s.PageField = true;
                                break;
                        }
                        break;
                    case "instrText" when s.Fields.Count > 0:
                        var top = s.Fields.Pop();
                        s.Fields.Push((top.InResult, top.Instr + e.Value));
                        break;
                    case "footnoteReference" when s.Visible:
                        if (int.TryParse(e.Attribute(W + "id")?.Value, out var id))
                            s.Runs.Add(new SourceRun("") { FootnoteId = id, Font = f.Font, SizePt = f.Size ?? 10, Superscript = true });
                        break;
                    case "drawing" or "pict":
                        Shapes(e, s);
                        break;
                }
            }
        }

        void Emit(InlineState s, RunFormat f, string text)
        {
            if (!s.Visible || f.Hidden == true || text.Length == 0) return;
            s.Runs.Add(new SourceRun(text)
            {
                Bold = f.Bold == true,
                Italic = f.Italic == true,
                Underline = f.Underline == true,
                Caps = f.Caps == true,
                Font = f.Font,
                SizePt = f.Size ?? 10,
                Superscript = f.Superscript == true,
            });
        }

        static string Symbol(XElement sym)
        {
            var code = sym.Attribute(W + "char")?.Value;
            if (code is null || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, null, out var value)) return "";
            if (value >= 0xF000) value -= 0xF000;
            return value switch
            {
                0x2D => "-",
                0xB7 or 0xA7 or 0x6C or 0x6E => "•",
                _ => ((char)value).ToString(),
            };
        }

        /// <summary>Drawn shapes: a text box's content is read as paragraphs; a thin line is a rule.</summary>
        void Shapes(XElement e, InlineState s)
        {
            var boxes = e.Descendants(W + "txbxContent").ToList();
            // Nested text boxes are read through their outer box; take only the outermost.
            foreach (var box in boxes.Where(b => !b.Ancestors(W + "txbxContent").Any())) s.TextBoxes.Add(box);
            if (boxes.Count > 0) return;
            foreach (var geom in e.Descendants(A + "prstGeom"))
                if (geom.Attribute("prst")?.Value is "line" or "straightConnector1" || geom.Attribute("prst")?.Value?.StartsWith("bentConnector") == true)
                    s.Rule = true;
            foreach (var ext in e.Descendants().Where(x => x.Name.LocalName == "extent"))
                if (long.TryParse(ext.Attribute("cy")?.Value, out var cy) && long.TryParse(ext.Attribute("cx")?.Value, out var cx) && cy < 40000 && cx > 200000)
                    s.Rule = true;
            foreach (var v in e.Descendants().Where(x => x.Name.Namespace == V))
            {
                if (v.Name.LocalName == "line") s.Rule = true;
                else if (v.Name.LocalName == "shape" && (v.Attribute("type")?.Value?.Contains("_x0000_t32") == true
                         || v.Attributes().Any(a => a.Name.LocalName == "connectortype")))
                    s.Rule = true;
                else if (v.Name.LocalName is "rect" or "shape" && Thin(v.Attribute("style")?.Value)) s.Rule = true;
            }
        }

        /// <summary>A VML shape whose style gives a height of at most 2 pt and a real width.</summary>
        static bool Thin(string? style)
        {
            if (style is null) return false;
            var h = Regex.Match(style, @"height:\s*([\d.]+)pt");
            var w = Regex.Match(style, @"width:\s*([\d.]+)pt");
            return h.Success && w.Success && double.Parse(h.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= 2
                   && double.Parse(w.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 20;
        }

        /// <summary>Neighbouring runs with the same formatting become one (Word splits runs at every edit).</summary>
        static List<SourceRun> Merge(List<SourceRun> runs)
        {
            var merged = new List<SourceRun>();
            foreach (var r in runs)
            {
                if (merged.Count > 0 && r.FootnoteId is null && merged[^1].FootnoteId is null && merged[^1] with { Text = "" } == r with { Text = "" })
                    merged[^1] = merged[^1] with { Text = merged[^1].Text + r.Text };
                else merged.Add(r);
            }
            return merged;
        }

        /// <summary>
        /// TCVN3/VNI to Unicode: a run in a legacy font is converted by that font (capital fonts to
        /// capitals); a paragraph that still looks legacy-encoded in a Unicode font (text pasted from
        /// an old file) is converted by what it looks like. NFD is composed. Each change is noted.
        /// </summary>
        List<SourceRun> Legacy(List<SourceRun> runs, int number, string where)
        {
            var result = new List<SourceRun>(runs.Count);
            var text = string.Concat(runs.Where(r => LegacyVietnamese.CharsetOfFont(r.Font) is null).Select(r => r.Text));
            var detected = LegacyEncoding.Detect(text) switch { "TCVN3" => LegacyCharset.Tcvn3, "VNI" => (LegacyCharset?)LegacyCharset.Vni, _ => null };
            foreach (var r in runs)
            {
                var t = r.Text;
                if (LegacyVietnamese.CharsetOfFont(r.Font) is { } cs)
                {
                    var converted = LegacyVietnamese.ToUnicode(t, cs, LegacyVietnamese.IsCapitalFont(r.Font));
                    if (converted != t) Note(cs == LegacyCharset.Tcvn3 ? "TCVN3" : "VNI", r.Font!, number, where);
                    t = converted;
                }
                else if (detected is { } d)
                {
                    var converted = LegacyVietnamese.ToUnicode(t, d);
                    if (converted != t) Note(d == LegacyCharset.Tcvn3 ? "TCVN3" : "VNI", UiLanguage.Format(ImportMessages.LegacyFontText, r.Font ?? ImportMessages.UnicodeFontAny), number, where);
                    t = converted;
                }
                if (!t.IsNormalized(System.Text.NormalizationForm.FormC))
                {
                    t = VietnameseText.Nfc(t);
                    if (number > 0 && !_normalised.Contains(number)) _normalised.Add(number);
                }
                if (r.Caps) t = VietnameseText.Upper(t);
                result.Add(r with { Text = t });
            }
            return result;
        }

        void Note(string charset, string font, int number, string where)
        {
            var key = $"{charset} ({font})";
            if (!_converted.TryGetValue(key, out var list)) _converted[key] = list = [];
            if (number > 0 && !list.Contains(number)) list.Add(number);
            else if (number == 0 && !list.Contains(0)) list.Add(0);
        }

        public IReadOnlyList<string> Notes()
        {
            var notes = new List<string>();
            foreach (var (key, numbers) in _converted)
                notes.Add(UiLanguage.Format(ImportMessages.ConvertedLegacyFont, key, Places(numbers)));
            if (_normalised.Count > 0)
                notes.Add(UiLanguage.Format(ImportMessages.ComposedUnicodeIn, Places(_normalised)));
            return notes;
        }

        /// <summary>"paragraphs 1–4, 7, 12" (0 stands for headers, footers and footnotes).</summary>
        static string Places(List<int> numbers)
        {
            var body = numbers.Where(n => n > 0).Order().ToList();
            var parts = new List<string>();
            for (var i = 0; i < body.Count;)
            {
                var j = i;
                while (j + 1 < body.Count && body[j + 1] == body[j] + 1) j++;
                parts.Add(j > i ? $"{body[i]}–{body[j]}" : $"{body[i]}");
                i = j + 1;
            }
            var text = parts.Count == 0 ? "" : UiLanguage.Format(body.Count == 1 ? ImportMessages.PlaceParagraph : ImportMessages.PlaceParagraphs, string.Join(", ", parts));
            if (numbers.Contains(0)) text = text.Length > 0 ? UiLanguage.Format(ImportMessages.PlaceHeadersAnd, text) : ImportMessages.PlaceHeaders;
            return text;
        }
    }
}
