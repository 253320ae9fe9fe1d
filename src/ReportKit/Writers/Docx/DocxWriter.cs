using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Model;
using ReportKit.Profiles;
using Block = ReportKit.Document.Block;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Writes a <see cref="PlanDocument"/> as DOCX, walking it once (like pandoc's writer): header
/// table (Ô 1–4, <see cref="HeaderTableWriter"/>), type name and trích yếu, body, end table (Ô 7
/// beside Ô 9b, <see cref="EndBlockWriter"/>), annex sections,
/// page numbers in the top margin hidden on page 1. Layout values come from the profile only.
/// The pieces a document repeats by the hundred (paragraphs, table rows and cells) are written
/// as XML text (<see cref="WordXml"/>, carried as <see cref="RawXml"/>) byte for byte as the SDK
/// writes them; the SDK builds the rest, and whatever holds text only it escapes exactly.
/// Output is byte-reproducible: fixed relationship ids, core properties from the data, parts
/// written in a fixed order with fixed entry times (see <see cref="DocxParts"/>).
/// </summary>
internal sealed class DocxWriter
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
        body.Append(new LaidParagraph(StyleIds.DocumentType, [new LaidRun(doc.DocumentType, null)]).Write());
        body.Append(new LaidParagraph(StyleIds.Subject, [new LaidRun(doc.Subject, null)]).Write());
        body.Append(UnderSubject(doc.Subject).Write());
        var blocks = new BlockWriter(footnotes, _textWidth);
        foreach (var p in blocks.Write(doc.Body, keepLastWithNext: true)) body.Append(p);
        body.Append(new EndBlockWriter(_profile, _textWidth).Write(doc.End));

        var annexWriter = new AnnexSectionWriter(_profile, footnotes);
        for (var i = 0; i < doc.Annexes.Count; i++)
        {
            // The preceding content ends its section here; each annex is its own section (orientation, page numbers).
            PageOrientation? ending = i == 0 ? null : doc.Annexes[i - 1].Orientation;
            body.Append(Sections.Get(_profile, "break " + ending, () => SectionBreak(ending is { } o ? annexWriter.Section(o) : MainSection())));
            foreach (var e in annexWriter.Write(doc.Annexes[i])) body.Append(e);
        }
        PageOrientation? last = doc.Annexes.Count == 0 ? null : doc.Annexes[^1].Orientation;
        body.Append(Sections.Get(_profile, "end " + last, () => last is { } o ? annexWriter.Section(o) : MainSection()));

        // The parts go straight into the zip with fixed relationship ids, in a fixed order:
        // reproducible by construction, and without System.IO.Packaging's save (most of the
        // writer's time in a national batch).
        using var zip = new ZipParts(output);
        zip.AddShared("[Content_Types].xml", DocxParts.ContentTypes(footnotes.Any));
        zip.AddShared("_rels/.rels", DocxParts.PackageRelationships);
        zip.Add("docProps/core.xml", ZipParts.CoreProperties(doc.Info.Title, doc.Info.Author, doc.Info.Created));
        zip.AddShared("word/_rels/document.xml.rels", DocxParts.DocumentRelationships(footnotes.Any));
        DocxParts.Add(zip, "word/document.xml", new DocumentFormat.OpenXml.Wordprocessing.Document(body));
        if (footnotes.Any) DocxParts.Add(zip, "word/footnotes.xml", footnotes.Part);
        zip.AddShared("word/header1.xml", DocxParts.Fixed("word/header1.xml", PageNumberHeader));
        zip.AddShared("word/header2.xml", DocxParts.Fixed("word/header2.xml", () => new Header(RunFactory.Para(StyleIds.PageHeader))));
        zip.AddShared("word/settings.xml", DocxParts.Fixed("word/settings.xml", Settings));
        zip.AddShared("word/styles.xml", DocxParts.Styles(_profile));
    }

    /// <summary>
    /// The empty paragraph that ends a section before an annex: one point high, so an end block or
    /// table that fills its page to the bottom does not push it, alone, onto a blank page.
    /// </summary>
    static Paragraph SectionBreak(SectionProperties section) => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
        section));

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

    LaidParagraph UnderSubject(string subject)
    {
        if (_profile.UnderSubject != "gach")
            return new LaidParagraph(StyleIds.Subject, [new LaidRun(_profile.UnderSubject, _profile.Subject)]);
        var width = Math.Min(TimesMetrics.WidthTwips(subject, _profile.Subject.Size, _profile.Subject.Bold), _textWidth);
        return LaidParagraph.Rule(_textWidth, width * 2 / 5);
    }

    /// <summary>
    /// Section properties and the paragraphs that end a section depend on the profile and the
    /// orientation alone: written once each, as the SDK writes them in a document.
    /// </summary>
    static class Sections
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FormatProfile, System.Collections.Concurrent.ConcurrentDictionary<string, (string Name, string Xml)>> Written = new();

        /// <returns>A new element each time (an element belongs to one document), its text written once.</returns>
        public static RawXml Get(FormatProfile profile, string key, Func<OpenXmlElement> build)
        {
            var (name, xml) = Written.GetValue(profile, _ => new(StringComparer.Ordinal)).GetOrAdd(key, _ =>
            {
                var element = build();
                var sb = new System.Text.StringBuilder();
                PartXml.WriteInDocument(element, sb);
                return (element.LocalName, sb.ToString());
            });
            return new RawXml(name, xml);
        }
    }
}
