using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Profiles;
using Block = ReportKit.Document.Block;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Writes a <see cref="PlanDocument"/> as DOCX, walking it once (like pandoc's writer): header
/// table (Ô 1–4, <see cref="HeaderTableWriter"/>), type name and trích yếu, body, end table (Ô 7
/// beside Ô 9b), annex sections,
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

    /// <summary>What the last <see cref="Write"/> had to do against the rules (a date on two lines, an organ name it could not break well), each at its place in the plan.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    public void Write(PlanDocument doc, Stream output)
    {
        var footnotes = new FootnoteWriter();
        var body = new Body();
        var header = new HeaderTableWriter(_profile, _textWidth);
        var layout = HeaderLayout.Fit(doc.Header, _profile, _textWidth);
        Warnings = layout.Warnings;
        if (doc.Header.DraftMark is { } draft) body.Append(header.DraftMark(draft));
        body.Append(header.Write(doc.Header, layout));
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
