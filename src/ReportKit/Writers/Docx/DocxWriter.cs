using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Document;
using ReportKit.Profiles;
using Block = ReportKit.Document.Block;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Writes a <see cref="PlanDocument"/> as DOCX, walking it once (like pandoc's writer): header
/// table (Ô 1–4), type name and trích yếu, body, end table (Ô 7 beside Ô 9b), annex sections,
/// page numbers in the top margin hidden on page 1. Layout values come from the profile only.
/// Output is byte-reproducible: fixed relationship ids, core properties from the data, parts
/// written in a fixed order with fixed entry times (see <see cref="DocxParts"/>).
/// </summary>
public sealed class DocxWriter
{
    readonly FormatProfile _profile;
    readonly int _textWidth;

    public DocxWriter(FormatProfile profile)
    {
        _profile = profile;
        _textWidth = Units.A4Width - Units.MmToTwips(profile.Page.LeftMm) - Units.MmToTwips(profile.Page.RightMm);
    }

    public void Write(PlanDocument doc, Stream output)
    {
        var footnotes = new FootnoteWriter();
        var body = new Body();
        if (doc.Header.DraftMark is { } draft) body.Append(DraftMark(draft));
        body.Append(HeaderTable(doc.Header));
        body.Append(RunFactory.Para(StyleIds.DocumentType, RunFactory.Run(doc.DocumentType)));
        body.Append(RunFactory.Para(StyleIds.Subject, RunFactory.Run(doc.Subject)));
        body.Append(UnderSubject(doc.Subject));
        var blocks = new BlockWriter(footnotes, _textWidth);
        foreach (var p in blocks.Write(doc.Body, keepLastWithNext: true)) body.Append(p);
        body.Append(EndTable(doc.End));

        var annexWriter = new AnnexSectionWriter(_profile);
        for (var i = 0; i < doc.Annexes.Count; i++)
        {
            // The preceding content ends its section here; each annex is its own section (orientation, page numbers).
            body.Append(new Paragraph(new ParagraphProperties(i == 0 ? MainSection() : annexWriter.Section(doc.Annexes[i - 1].Orientation))));
            foreach (var e in annexWriter.Write(doc.Annexes[i])) body.Append(e);
        }
        body.Append(doc.Annexes.Count == 0 ? MainSection() : annexWriter.Section(doc.Annexes[^1].Orientation));

        // The parts go straight into the zip with fixed relationship ids, in a fixed order:
        // reproducible by construction, and without System.IO.Packaging's save (most of the
        // writer's time in a national batch).
        using var zip = new ZipParts(output);
        zip.Add("[Content_Types].xml", DocxParts.ContentTypes(footnotes.Any));
        zip.Add("_rels/.rels", DocxParts.PackageRelationships);
        zip.Add("docProps/core.xml", ZipParts.CoreProperties(doc.Info.Title, doc.Info.Author, doc.Info.Created));
        zip.Add("word/_rels/document.xml.rels", DocxParts.DocumentRelationships(footnotes.Any));
        zip.Add("word/document.xml", DocxParts.Xml(new DocumentFormat.OpenXml.Wordprocessing.Document(body)));
        if (footnotes.Any) zip.Add("word/footnotes.xml", DocxParts.Xml(footnotes.Part));
        zip.Add("word/header1.xml", DocxParts.Xml(PageNumberHeader()));
        zip.Add("word/header2.xml", DocxParts.Xml(new Header(RunFactory.Para(StyleIds.PageHeader))));
        zip.Add("word/settings.xml", DocxParts.Xml(Settings()));
        zip.Add("word/styles.xml", DocxParts.Xml(StyleSheet.Build(_profile)));
    }

    Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>Page number: centred in the top margin, same size as the profile says; page 1 uses the empty first-page header.</summary>
    Header PageNumberHeader()
    {
        var p = RunFactory.Para(StyleIds.PageHeader);
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
        p.Append(new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        p.Append(new Run(new WText("2")));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return new Header(p);
    }

    SectionProperties MainSection()
    {
        var page = _profile.Page;
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId4" },
            new HeaderReference { Type = HeaderFooterValues.First, Id = "rId5" },
            new PageSize { Width = Units.A4Width, Height = Units.A4Height },
            new PageMargin
            {
                Top = Units.MmToTwips(page.TopMm), Bottom = Units.MmToTwips(page.BottomMm),
                Left = (uint)Units.MmToTwips(page.LeftMm), Right = (uint)Units.MmToTwips(page.RightMm),
                Header = (uint)Units.MmToTwips(page.HeaderMm), Footer = (uint)Units.MmToTwips(page.HeaderMm), Gutter = 0,
            },
            new TitlePage());
    }

    /// <summary>
    /// Ô 2/3 on the left (organ names, line or star, số), Ô 1/4 on the right (Quốc hiệu/tiêu đề,
    /// a line as long as its last line, place and date). Số and the date share the second row so
    /// they sit on the same line, as NĐ 30 requires.
    /// </summary>
    Table HeaderTable(DocumentHeader h)
    {
        var motto = _profile.Motto;
        // Right column just wide enough for the Quốc hiệu (or the date line), a fixed gutter, the
        // rest to the organ names, which may wrap (NĐ 30 allows long names on several lines).
        // The right column takes at least half the width, unless its lines are shorter (a one-line
        // tiêu đề such as "ĐẢNG CỘNG SẢN VIỆT NAM") and the organ names need the room.
        const int gutter = 170;
        var rightNeed = motto.Select(m => TimesMetrics.WidthTwips(m.Text, m.Size, m.Bold))
            .Append(TimesMetrics.WidthTwips(h.DateLine, _profile.DateLine.Size, false)).Max() + 60;
        // A name with kept line breaks needs only its widest line.
        var leftNeed = h.Organs.SelectMany(o => new[] { (o.Parent, _profile.ParentOrgan), (o.Issuer, _profile.IssuingOrgan) })
            .Where(x => x.Item1 is not null).SelectMany(x => x.Item1!.Split('\n').Select(l => TimesMetrics.WidthTwips(l, x.Item2.Size, x.Item2.Bold))).Max() + 60;
        var rest = _textWidth - gutter;
        var rightMin = leftNeed <= rest - rightNeed ? Math.Min(_textWidth / 2, rest - leftNeed) : _textWidth / 2;
        var right = Math.Min(Math.Max(rightNeed, rightMin), _textWidth * 64 / 100);
        var left = _textWidth - gutter - right;

        var leftTop = new List<Paragraph>();
        foreach (var organ in h.Organs)
        {
            if (organ.Parent is { } parent) leftTop.Add(Wrapped(parent, _profile.ParentOrgan, left));
            leftTop.Add(Wrapped(organ.Issuer, _profile.IssuingOrgan, left));
        }
        if (_profile.UnderIssuer == "gach")
        {
            // 1/3 to 1/2 of the issuing organ's line: 40 %, centred under it (the widest line of a broken name).
            var issuer = h.Organs[^1].Issuer.Split('\n');
            var issuerWidth = Math.Min(issuer.Max(l => TimesMetrics.WidthTwips(l, _profile.IssuingOrgan.Size, _profile.IssuingOrgan.Bold)), left);
            leftTop.Add(RunFactory.Rule(left, issuerWidth * 2 / 5));
        }
        else leftTop.Add(Line(_profile.UnderIssuer, new TextStyle { Size = _profile.IssuingOrgan.Size }));

        var rightTop = motto.Select(m => Line(m.Text, m.Style)).ToList();
        if (motto.Count > 0)
        {
            var last = motto[^1];
            rightTop.Add(RunFactory.Rule(right, TimesMetrics.WidthTwips(last.Text, last.Size, last.Bold)));
        }

        var table = Tables.Borderless(left, gutter, right);
        var row1 = Tables.Row(cantSplit: true);
        row1.Append(Tables.Cell(left, leftTop), Tables.Cell(gutter, []), Tables.Cell(right, rightTop));
        var row2 = Tables.Row(cantSplit: true);
        var number = Line(h.NumberLine, new TextStyle { Size = _profile.Number.Size });
        var date = Line(h.DateLine, _profile.DateLine);
        // A little air between the lines above and the Số/date row.
        foreach (var p in new[] { number, date })
            p.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "120" });
        // Độ mật and độ khẩn (Ô 10a, 10b) go under the number, framed.
        var underNumber = new List<Paragraph> { number };
        underNumber.AddRange(h.Stamps.Select(stamp => Framed(stamp, _profile.Stamp, left, JustificationValues.Center)));
        row2.Append(Tables.Cell(left, underNumber), Tables.Cell(gutter, []), Tables.Cell(right, [date]));
        table.Append(row1, row2);
        return table;
    }

    /// <summary>"DỰ THẢO" above the header, on the right (where NĐ 30 puts its marks, Ô 11), framed as the profile says.</summary>
    Paragraph DraftMark(string text)
    {
        var style = _profile.Draft;
        if (style.Framed) return Framed(text, style.Style, _textWidth, JustificationValues.Right, before: 0, after: 120);
        var p = RunFactory.Para(StyleIds.HeaderCell, RunFactory.Run(text, style.Style));
        p.ParagraphProperties!.Append(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Right });
        return p;
    }

    /// <summary>
    /// Text in a single-line frame just wide enough for it (paragraph borders, indented to size, so
    /// it stays editable in Word), placed in a box <paramref name="boxTwips"/> wide.
    /// </summary>
    static Paragraph Framed(string text, TextStyle style, int boxTwips, JustificationValues place, int before = 120, int after = 0)
    {
        const int pad = 100;
        var width = Math.Min(TimesMetrics.WidthTwips(text, style.Size, style.Bold) + 2 * pad + 40, boxTwips);
        var free = boxTwips - width;
        var (leftIndent, rightIndent) = place == JustificationValues.Right ? (free, 0) : place == JustificationValues.Left ? (0, free) : (free / 2, free - free / 2);
        var pPr = new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.HeaderCell },
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" }),
            new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() },
            new Indentation { Left = (leftIndent + pad).ToString(), Right = (rightIndent + pad).ToString(), FirstLine = "0" },
            new Justification { Val = JustificationValues.Center });
        return new Paragraph(pPr, RunFactory.Run(text, style));
    }

    static Paragraph Line(string text, TextStyle style) => RunFactory.Para(StyleIds.HeaderCell, RunFactory.Run(text, style));

    /// <summary>
    /// An organ name that does not fit its column is broken into two lines of about equal width
    /// at a space ("ĐẢNG ỦY KHỐI" / "CÁC CƠ QUAN TỈNH"), not left to wrap a lone last word.
    /// Vietnamese words are several syllables, so the break goes before an administrative word
    /// ("HỘI LHPN" / "THÀNH PHỐ HỒ CHÍ MINH") when one fits, never inside "THÀNH PHỐ", "THỊ XÃ", ...
    /// </summary>
    static Paragraph Wrapped(string text, TextStyle style, int widthTwips)
    {
        // Line breaks the plan keeps ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH") are where the name breaks.
        if (text.Contains('\n'))
        {
            var lines = text.Split('\n');
            var content = new List<OpenXmlElement>();
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) content.Add(new Run(new Break()));
                content.Add(RunFactory.Run(lines[i], style));
            }
            return RunFactory.Para(StyleIds.HeaderCell, [.. content]);
        }
        if (TimesMetrics.WidthTwips(text, style.Size, style.Bold) <= widthTwips) return Line(text, style);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int Width(int i) => Math.Max(TimesMetrics.WidthTwips(string.Join(' ', words[..i]), style.Size, style.Bold),
            TimesMetrics.WidthTwips(string.Join(' ', words[i..]), style.Size, style.Bold));
        var splits = Enumerable.Range(1, Math.Max(0, words.Length - 1)).Where(i => !Compounds.Contains(words[i - 1] + " " + words[i])).ToList();
        var preferred = splits.Where(i => BreakBefore.Contains(words[i]) && Width(i) <= widthTwips).ToList();
        var candidates = preferred.Count > 0 ? preferred : splits;
        if (candidates.Count == 0) return Line(text, style);
        var best = candidates.MinBy(Width);
        if (Width(best) > widthTwips) return Line(text, style);
        return RunFactory.Para(StyleIds.HeaderCell,
            RunFactory.Run(string.Join(' ', words[..best]), style), new Run(new Break()), RunFactory.Run(string.Join(' ', words[best..]), style));
    }

    /// <summary>Words that start an administrative or organisational unit: a good place for a line break.</summary>
    static readonly HashSet<string> BreakBefore = ["TỈNH", "THÀNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "THỊ", "ĐẶC", "CÁC", "KHỐI", "BAN"];

    /// <summary>Two-syllable words a line break must not split.</summary>
    static readonly HashSet<string> Compounds = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "THƯỜNG VỤ", "CHẤP HÀNH", "HỒ CHÍ", "CHÍ MINH",
        "LIÊN HIỆP", "PHỤ NỮ", "ĐẢNG ỦY", "CƠ QUAN", "NHÂN DÂN", "MẶT TRẬN", "TỔ QUỐC", "VIỆT NAM", "THANH NIÊN", "CỘNG SẢN", "NÔNG DÂN"];

    Paragraph UnderSubject(string subject)
    {
        if (_profile.UnderSubject != "gach")
            return RunFactory.Para(StyleIds.Subject, RunFactory.Run(_profile.UnderSubject, _profile.Subject));
        var width = Math.Min(TimesMetrics.WidthTwips(subject, _profile.Subject.Size, _profile.Subject.Bold), _textWidth);
        return RunFactory.Rule(_textWidth, width * 2 / 5);
    }

    /// <summary>
    /// Ô 9b (Nơi nhận, flush left) beside Ô 7 (authority, position, room to sign and seal, name):
    /// one row that never splits. A co-signed plan puts its signatures side by side, the lead
    /// organ's rightmost, and Nơi nhận under them on the left.
    /// </summary>
    Table EndTable(EndBlock end)
    {
        var rs = _profile.Recipients;
        var leftCell = new List<Paragraph>();
        var label = RunFactory.Para(StyleIds.Recipients, RunFactory.Run(rs.Label, rs.LabelStyle));
        leftCell.Add(label);
        leftCell.AddRange(end.Recipients.Select(r => RunFactory.Para(StyleIds.Recipients, [.. r.Inlines.OfType<TextRun>().Select(t => RunFactory.Run(t.Text, bold: t.Bold, italic: t.Italic, underline: t.Underline))])));

        if (end.Signatures.Count == 1)
        {
            var left = _textWidth * 45 / 100;
            var right = _textWidth - left;
            var rightCell = SignatureCell(end.Signatures[0]);
            // Nơi nhận's first line is level with the signature block's first line.
            foreach (var first in new[] { leftCell[0], rightCell[0] })
                first.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "240" });
            foreach (var p in leftCell.Concat(rightCell).SkipLast(1))
                p.ParagraphProperties!.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);

            var table = Tables.Borderless(left, right);
            var row = Tables.Row(cantSplit: true);
            row.Append(Tables.Cell(left, leftCell), Tables.Cell(right, rightCell));
            table.Append(row);
            return table;
        }

        var n = end.Signatures.Count;
        var widths = Enumerable.Repeat(_textWidth / n, n).ToArray();
        widths[^1] += _textWidth - widths.Sum();
        // The names stand level: a block with fewer lines above its name gets them as empty lines.
        var above = end.Signatures.Max(LinesAboveName);
        var cells = end.Signatures.Reverse().Select(s => SignatureCell(s, above - LinesAboveName(s))).ToList();
        foreach (var c in cells) c[0].ParagraphProperties!.Append(new SpacingBetweenLines { Before = "240" });
        leftCell[0].ParagraphProperties!.Append(new SpacingBetweenLines { Before = "240" });
        // Everything but the last line keeps with the next, so the signatures and Nơi nhận stay on one page.
        foreach (var p in cells.SelectMany(c => c).Concat(leftCell.SkipLast(1)))
            p.ParagraphProperties!.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);
        var grid = Tables.Borderless(widths);
        var signatures = Tables.Row(cantSplit: true);
        for (var i = 0; i < n; i++) signatures.Append(Tables.Cell(widths[i], cells[i]));
        var recipients = Tables.Row(cantSplit: true);
        recipients.Append(Tables.Cell(widths[0], leftCell));
        for (var i = 1; i < n; i++) recipients.Append(Tables.Cell(widths[i], []));
        grid.Append(signatures, recipients);
        return grid;
    }

    /// <summary>Authority lines, position, room for signature and seal, then the name; the other position (Ô 7b) above or under the name as the profile says.</summary>
    int LinesAboveName(SignatureBlock s) =>
        s.Authority.Count + (s.Position is null ? 0 : 1) + (s.OtherPosition is not null && !_profile.Signature.OtherPositionBelowName ? 1 : 0);

    List<Paragraph> SignatureCell(SignatureBlock s) => SignatureCell(s, 0);

    List<Paragraph> SignatureCell(SignatureBlock s, int extraLines)
    {
        var sig = _profile.Signature;
        var cell = new List<Paragraph>();
        cell.AddRange(s.Authority.Select(a => RunFactory.Para(StyleIds.Signature, RunFactory.Run(a, sig.Authority))));
        if (s.Position is { } position) cell.Add(RunFactory.Para(StyleIds.Signature, RunFactory.Run(position, sig.Position)));
        for (var i = 0; i < sig.BlankLines + extraLines; i++) cell.Add(RunFactory.Para(StyleIds.Signature, RunFactory.Run("", sig.Name)));
        var other = s.OtherPosition is { } o ? RunFactory.Para(StyleIds.Signature, RunFactory.Run(o, sig.OtherPosition)) : null;
        if (other is not null && !sig.OtherPositionBelowName) cell.Add(other);
        cell.Add(RunFactory.Para(StyleIds.Signature, RunFactory.Run(s.Name, sig.Name)));
        if (other is not null && sig.OtherPositionBelowName) cell.Add(other);
        return cell;
    }
}
