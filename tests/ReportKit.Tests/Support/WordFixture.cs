using System.IO.Compression;
using System.Security;
using System.Text;

namespace ReportKit.Tests.Support;

/// <summary>Character formatting as a clerk sets it by hand on every run.</summary>
public sealed record Fmt(double Size = 14, bool B = false, bool I = false, bool U = false, string Font = "Times New Roman", bool Caps = false)
{
    public static Fmt Body => new();
    public Fmt Bold => this with { B = true };
    public Fmt Italic => this with { I = true };
    public Fmt Pt(double size) => this with { Size = size };
}

/// <summary>
/// Writes .docx files the way Word writes them, to test the importer against what offices really
/// produce: direct formatting on every run (font, size), runs split mid-sentence with rsid marks
/// (every edit leaves one), proofing marks and bookmarks between runs, layout by tables, tabs,
/// spaces, empty paragraphs and text boxes (DrawingML with a VML fallback), rules as drawn line
/// shapes or typed underscores, Word list numbering from numbering.xml, footnotes, page numbers in
/// header or footer parts, sections of other sizes and orientations. The XML is WordprocessingML
/// as Word 2016 saves it, written by hand here; <see cref="Text"/> records what a reader sees.
/// </summary>
public sealed class WordFixture
{
    const string Ns = "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" mc:Ignorable=\"w14 wp14\"";

    readonly StringBuilder _body = new();
    readonly List<(int Id, string Xml)> _footnotes = [];
    readonly List<(string Kind, bool Header, string Xml)> _parts = [];
    readonly StringBuilder _text = new();
    int _rsid = 0x00A1B2C3;
    int _shapeId = 1;

    /// <summary>Normal's font and size in styles.xml (a clerk's template may say Arial 11; runs override it).</summary>
    public string NormalFont { get; init; } = "Times New Roman";
    public double NormalSize { get; init; } = 14;

    /// <summary>numbering.xml's abstract definitions and instances, when the document uses Word lists.</summary>
    public string? NumberingXml { get; set; }

    /// <summary>More w:style elements for styles.xml (a style that carries its own list numbering, say).</summary>
    public string ExtraStyles { get; init; } = "";

    /// <summary>docProps/core.xml creator: a person, as Word records it.</summary>
    public string Author { get; init; } = "Nguyen Thi Hoa";

    /// <summary>What a reader sees, paragraph per line (Unicode, list numbers included).</summary>
    public string Text => _text.ToString();

    string Rsid() => (_rsid += 0x1F3).ToString("X8");

    // ---- runs ----------------------------------------------------------------------------------

    /// <summary>Runs for <paramref name="text"/>, split every few words the way edits leave them, each carrying its full formatting.</summary>
    public string R(string text, Fmt f, string? shown = null)
    {
        _pending.Append(shown ?? text);
        var sb = new StringBuilder();
        var words = text.Split(' ');
        var chunk = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            chunk.Append(words[i]);
            if (i < words.Length - 1) chunk.Append(' ');
            if ((i + 1) % 4 == 0 || i == words.Length - 1)
            {
                sb.Append(Run(chunk.ToString(), f));
                if (i % 8 == 3) sb.Append("<w:proofErr w:type=\"spellStart\"/>");
                chunk.Clear();
            }
        }
        return sb.ToString();
    }

    static string RPr(Fmt f) =>
        $"<w:rPr><w:rFonts w:ascii=\"{f.Font}\" w:hAnsi=\"{f.Font}\" w:cs=\"{f.Font}\"/>{(f.B ? "<w:b/><w:bCs/>" : "")}{(f.I ? "<w:i/><w:iCs/>" : "")}{(f.Caps ? "<w:caps/>" : "")}<w:sz w:val=\"{(int)(f.Size * 2)}\"/><w:szCs w:val=\"{(int)(f.Size * 2)}\"/>{(f.U ? "<w:u w:val=\"single\"/>" : "")}<w:lang w:val=\"vi-VN\"/></w:rPr>";

    string Run(string text, Fmt f) =>
        $"<w:r w:rsidRPr=\"{Rsid()}\">{RPr(f)}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    public string Tab(Fmt f) { _pending.Append('\t'); return $"<w:r>{RPr(f)}<w:tab/></w:r>"; }

    public string Break(Fmt f) { _pending.Append('\n'); return $"<w:r>{RPr(f)}<w:br/></w:r>"; }

    /// <summary>A footnote reference; the note's text goes to footnotes.xml.</summary>
    public string Note(int id, string text, Fmt f)
    {
        _footnotes.Add((id, text));
        return $"<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:rFonts w:ascii=\"{f.Font}\" w:hAnsi=\"{f.Font}\"/><w:sz w:val=\"{(int)(f.Size * 2)}\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>";
    }

    /// <summary>A PAGE field as Word inserts it (Insert › Page Number).</summary>
    public static string PageField(Fmt f) =>
        $"<w:r>{RPr(f)}<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>{RPr(f)}<w:instrText xml:space=\"preserve\"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r>{RPr(f)}<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>{RPr(f)}<w:t>2</w:t></w:r><w:r>{RPr(f)}<w:fldChar w:fldCharType=\"end\"/></w:r>";

    /// <summary>A short horizontal line drawn with Insert › Shapes, with the VML fallback Word writes beside it.</summary>
    public string Line(int widthEmu, int offsetEmu = 600000)
    {
        var id = _shapeId++;
        var pt = widthEmu / 12700.0;
        return $"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"{251658240 + id}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>{offsetEmu}</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>30480</wp:posOffset></wp:positionV><wp:extent cx=\"{widthEmu}\" cy=\"0\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"19050\"/><wp:wrapNone/><wp:docPr id=\"{id}\" name=\"Straight Connector {id}\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{widthEmu}\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line id=\"Straight Connector {id}\" o:spid=\"_x0000_s10{id}\" style=\"position:absolute;z-index:{id};visibility:visible\" from=\"{offsetEmu / 12700.0:0.#}pt,2.4pt\" to=\"{offsetEmu / 12700.0 + pt:0.#}pt,2.4pt\" strokeweight=\".75pt\"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    /// <summary>A floating text box holding <paramref name="paragraphs"/> (Insert › Text Box), DrawingML with a VML fallback holding the same text.</summary>
    public string TextBox(string paragraphs, int widthEmu, int heightEmu, int offsetEmu)
    {
        var id = _shapeId++;
        return $"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"45720\" distB=\"45720\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"{251658240 + id}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>{offsetEmu}</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"{widthEmu}\" cy=\"{heightEmu}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"{id}\" name=\"Text Box {id}\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{widthEmu}\" cy=\"{heightEmu}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype><v:shape id=\"Text Box {id}\" o:spid=\"_x0000_s20{id}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:{offsetEmu / 12700.0:0.#}pt;margin-top:0;width:{widthEmu / 12700.0:0.#}pt;height:{heightEmu / 12700.0:0.#}pt;z-index:{id}\" filled=\"f\" stroked=\"f\"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    /// <summary>A text box as Word 2003 wrote it, and as old .doc files converted to .docx keep it: VML only, no DrawingML.</summary>
    public string VmlTextBox(string paragraphs, int widthEmu, int heightEmu, int offsetEmu)
    {
        var id = _shapeId++;
        return $"<w:r><w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype><v:shape id=\"_x0000_s10{id}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:{offsetEmu / 12700.0:0.#}pt;margin-top:0;width:{widthEmu / 12700.0:0.#}pt;height:{heightEmu / 12700.0:0.#}pt;z-index:{id}\" stroked=\"f\"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
    }

    // ---- paragraphs ----------------------------------------------------------------------------

    readonly StringBuilder _pending = new();

    /// <summary>
    /// A paragraph. <paramref name="jc"/> left|center|right|both; indents and spacing in twips;
    /// <paramref name="num"/> a Word list (numId, ilvl) with <paramref name="label"/> the number it shows;
    /// <paramref name="bottomBorder"/> a paragraph border used as a rule.
    /// </summary>
    public string P(string runs, string? jc = null, int? firstLine = null, int? left = null, int? before = null, int? after = null,
        int? line = null, string lineRule = "auto", (int NumId, int Ilvl)? num = null, string? label = null, string? style = null,
        bool bottomBorder = false, string? sectPr = null, bool keepNext = false, bool record = true)
    {
        var shown = _pending.ToString();
        _pending.Clear();
        var pPr = new StringBuilder("<w:pPr>");
        if (style is not null) pPr.Append($"<w:pStyle w:val=\"{style}\"/>");
        if (keepNext) pPr.Append("<w:keepNext/>");
        if (num is { } n) pPr.Append($"<w:numPr><w:ilvl w:val=\"{n.Ilvl}\"/><w:numId w:val=\"{n.NumId}\"/></w:numPr>");
        if (bottomBorder) pPr.Append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>");
        if (before is not null || after is not null || line is not null)
            pPr.Append("<w:spacing").Append(before is { } b ? $" w:before=\"{b}\"" : "").Append(after is { } a ? $" w:after=\"{a}\"" : "")
               .Append(line is { } l ? $" w:line=\"{l}\" w:lineRule=\"{lineRule}\"" : "").Append("/>");
        if (firstLine is not null || left is not null)
            pPr.Append("<w:ind").Append(left is { } le ? $" w:left=\"{le}\"" : "").Append(firstLine is { } fl ? (fl >= 0 ? $" w:firstLine=\"{fl}\"" : $" w:hanging=\"{-fl}\"") : "").Append("/>");
        if (jc is not null) pPr.Append($"<w:jc w:val=\"{jc}\"/>");
        if (sectPr is not null) pPr.Append(sectPr);
        pPr.Append("</w:pPr>");
        if (record) _text.Append(label is not null ? label + " " : "").Append(shown).Append('\n');
        return $"<w:p w:rsidR=\"{Rsid()}\" w:rsidRDefault=\"{Rsid()}\" w:rsidP=\"{Rsid()}\">{pPr}<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>{runs}</w:p>";
    }

    /// <summary>An empty paragraph, as clerks press Enter to push things down.</summary>
    public string Empty(double size = 14) => P($"", record: false).Replace("<w:pPr>", $"<w:pPr><w:rPr><w:sz w:val=\"{(int)(size * 2)}\"/></w:rPr>");

    // ---- tables --------------------------------------------------------------------------------

    public sealed record Cell(string Content, int Width, int Span = 1, string? VMerge = null);

    /// <summary>A table; <paramref name="borders"/> false for the layout tables of headers and signatures.</summary>
    public static string Table(int[] grid, bool borders, params Cell[][] rows)
    {
        var sb = new StringBuilder("<w:tbl><w:tblPr>");
        sb.Append(borders ? "<w:tblStyle w:val=\"TableGrid\"/>" : "");
        sb.Append($"<w:tblW w:w=\"{grid.Sum()}\" w:type=\"dxa\"/>");
        sb.Append(borders ? "" : "<w:tblBorders><w:top w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>");
        sb.Append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"01E0\" w:firstRow=\"1\" w:lastRow=\"1\" w:firstColumn=\"1\" w:lastColumn=\"1\" w:noHBand=\"0\" w:noVBand=\"0\"/></w:tblPr><w:tblGrid>");
        foreach (var g in grid) sb.Append($"<w:gridCol w:w=\"{g}\"/>");
        sb.Append("</w:tblGrid>");
        foreach (var row in rows)
        {
            sb.Append("<w:tr><w:trPr><w:trHeight w:val=\"300\"/></w:trPr>");
            foreach (var c in row)
            {
                sb.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{c.Width}\" w:type=\"dxa\"/>");
                if (c.Span > 1) sb.Append($"<w:gridSpan w:val=\"{c.Span}\"/>");
                if (c.VMerge is "restart") sb.Append("<w:vMerge w:val=\"restart\"/>");
                else if (c.VMerge is not null) sb.Append("<w:vMerge/>");
                sb.Append("</w:tcPr>");
                sb.Append(c.Content.Length == 0 ? "<w:p/>" : c.Content);
                sb.Append("</w:tc>");
            }
            sb.Append("</w:tr>");
        }
        return sb.Append("</w:tbl>").ToString();
    }

    // ---- document ------------------------------------------------------------------------------

    public WordFixture Add(string xml) { _body.Append(xml); return this; }

    /// <summary>Page setup as Word writes it; sizes and margins in twips.</summary>
    public static string Section(int width = 11906, int height = 16838, bool landscape = false, int top = 1134, int bottom = 1134, int left = 1701, int right = 851,
        int header = 567, bool titlePage = true, string? defaultHeader = null, string? firstHeader = null, string? defaultFooter = null, int? pageStart = null) =>
        "<w:sectPr>" + (defaultHeader is not null ? $"<w:headerReference w:type=\"default\" r:id=\"{defaultHeader}\"/>" : "")
        + (firstHeader is not null ? $"<w:headerReference w:type=\"first\" r:id=\"{firstHeader}\"/>" : "")
        + (defaultFooter is not null ? $"<w:footerReference w:type=\"default\" r:id=\"{defaultFooter}\"/>" : "")
        + $"<w:pgSz w:w=\"{width}\" w:h=\"{height}\"{(landscape ? " w:orient=\"landscape\"" : "")}/>"
        + $"<w:pgMar w:top=\"{top}\" w:right=\"{right}\" w:bottom=\"{bottom}\" w:left=\"{left}\" w:header=\"{header}\" w:footer=\"567\" w:gutter=\"0\"/>"
        + (pageStart is { } s ? $"<w:pgNumType w:start=\"{s}\"/>" : "") + "<w:cols w:space=\"720\"/>" + (titlePage ? "<w:titlePg/>" : "") + "<w:docGrid w:linePitch=\"381\"/></w:sectPr>";

    /// <summary>Adds a header or footer part; returns its relationship id for <see cref="Section"/>.</summary>
    public string Part(bool header, string paragraphs)
    {
        var id = $"rIdHF{_parts.Count + 1}";
        _parts.Add((id, header, paragraphs));
        return id;
    }

    public void Save(string path, string sectPr)
    {
        using var fs = File.Create(path);
        using var zip = new ZipArchive(fs, ZipArchiveMode.Create);
        void Entry(string name, string content)
        {
            var e = zip.CreateEntry(name, CompressionLevel.Optimal);
            using var w = new StreamWriter(e.Open(), new UTF8Encoding(false));
            w.Write(content);
        }
        var overrides = new StringBuilder();
        var rels = new StringBuilder("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>");
        if (NumberingXml is not null)
        {
            rels.Append("<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
            overrides.Append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
            Entry("word/numbering.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering {Ns}>{NumberingXml}</w:numbering>");
        }
        if (_footnotes.Count > 0)
        {
            rels.Append("<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
            overrides.Append("<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>");
            var fn = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes {Ns}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
            foreach (var (id, text) in _footnotes)
                fn.Append($"<w:footnote w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> {SecurityElement.Escape(text)}</w:t></w:r></w:p></w:footnote>");
            Entry("word/footnotes.xml", fn.Append("</w:footnotes>").ToString());
            foreach (var (_, text) in _footnotes) _text.Append(text).Append('\n');
        }
        var n = 0;
        foreach (var (id, header, xml) in _parts)
        {
            n++;
            var kind = header ? "header" : "footer";
            rels.Append($"<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{kind}{n}.xml\"/>");
            overrides.Append($"<Override PartName=\"/word/{kind}{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml\"/>");
            Entry($"word/{kind}{n}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:{(header ? "hdr" : "ftr")} {Ns}>{xml}</w:{(header ? "hdr" : "ftr")}>");
        }
        Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" + overrides + "</Types>");
        Entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        Entry("word/_rels/document.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
        Entry("word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Ns}><w:body>{_body}{sectPr}</w:body></w:document>");
        Entry("word/styles.xml", Styles());
        Entry("word/settings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings {Ns}><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/></w:rsids></w:settings>");
        Entry("word/fontTable.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:fonts {Ns}><w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        Entry("docProps/core.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title></dc:title><dc:creator>{SecurityElement.Escape(Author)}</dc:creator><cp:lastModifiedBy>{SecurityElement.Escape(Author)}</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-02T01:12:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-03-04T08:40:00Z</dcterms:modified></cp:coreProperties>");
        Entry("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Template>Normal.dotm</Template><TotalTime>42</TotalTime><Pages>3</Pages><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>");
    }

    string Styles() =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles {Ns}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + $"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"{NormalFont}\" w:hAnsi=\"{NormalFont}\" w:cs=\"{NormalFont}\"/><w:sz w:val=\"{(int)(NormalSize * 2)}\"/><w:szCs w:val=\"{(int)(NormalSize * 2)}\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>"
        + ExtraStyles + "</w:styles>";
}
