using ReportKit.Import.Recognise;
using ReportKit.Import;
using ReportKit.Profiles;

namespace ReportKit.Checks.Document;

/// <summary>Ô 6: body layout (justified, indent, spacing, size), headings and their numbering, căn cứ, the end mark.</summary>
internal sealed partial class DocumentChecker
{
    void Body()
    {
        var paragraphs = Of(Role.BodyText, Role.Item, Role.Dash, Role.Opening, Role.Closing)
            .Select(r => r.Line.Para).Where(p => p.Container is Container.Body or Container.TextBox && !p.IsBlank && p.Text.Trim() is not ("./." or "/."))
            // Divisions of a legal text ("Chương I", "Điều 1.") and centred titles are headings, not running text.
            .Where(p => !Patterns.IsStructural(p.Text) && !(p.Alignment == Alignment.Center && Patterns.IsUpper(p.Text)))
            .Distinct().ToList();
        var element = CheckText.Element("than");
        if (_r.Source.Format == SourceFormat.Docx && paragraphs.Count > 0)
        {
            var notJustified = paragraphs.Where(p => p.Alignment != Alignment.Justify).ToList();
            if (notJustified.Count > 0) Add("than.can_deu", notJustified[0], CheckText.NotJustified(element, notJustified.Count));

            var (iMin, iMax) = _p.DocumentCheck.FirstLineIndentCm is [var a, var b] ? (a, b) : (_p.Body.FirstLineIndentCm, _p.Body.FirstLineIndentCm);
            var badIndent = paragraphs.FirstOrDefault(p => p.FirstLineCm < iMin - 0.05 || p.FirstLineCm > iMax + 0.05);
            if (badIndent is not null) Add("than.thut_dau_dong_cm", badIndent, CheckText.Indent(badIndent.FirstLineCm, iMin, iMax));

            var minSpace = _p.DocumentCheck.MinParagraphSpacingPt ?? _p.Body.SpaceBeforePt + _p.Body.SpaceAfterPt;
            var tight = paragraphs.FirstOrDefault(p => p.SpaceBeforePt + p.SpaceAfterPt < minSpace - 0.1);
            if (tight is not null) Add("than.cach_truoc_pt", tight, CheckText.ParagraphSpacing(tight.SpaceBeforePt + tight.SpaceAfterPt, minSpace));

            LineSpacing(paragraphs);
            var lines = paragraphs.SelectMany(p => DocLine.Of(p, false)).ToList();
            Style("than", lines, new TextStyle { Size = _p.Body.Size }, checkItalic: false, checkBold: false);
        }
        Headings();
        Numbering();
        Bases();
        EndMark();
    }

    void LineSpacing(List<SourceParagraph> paragraphs)
    {
        var body = _p.Body;
        if (body.ExactLineSpacingPt is { } exact)
        {
            var (min, max) = _p.DocumentCheck.ExactLineSpacingPt is [var a, var b] ? (a, b) : (exact, exact);
            var off = paragraphs.FirstOrDefault(p => p.ExactLinePt is not { } pt || pt < min - 0.1 || pt > max + 0.1);
            if (off is not null)
                Add("than.gian_dong_chinh_xac_pt", off, CheckText.LineSpacing(off.ExactLinePt is { } pt ? CheckText.Exactly(pt) : CheckText.Lines(off.LineSpacing), CheckText.ExactRange(min, max)));
        }
        else
        {
            var (min, max) = _p.DocumentCheck.LineSpacing is [var a, var b] ? (a, b) : (body.LineSpacing, body.LineSpacing);
            var off = paragraphs.FirstOrDefault(p => p.ExactLinePt is null && (p.LineSpacing < min - 0.01 || p.LineSpacing > max + 0.01));
            if (off is not null)
                Add("than.gian_dong", off, CheckText.LineSpacing(CheckText.Lines(off.LineSpacing), CheckText.LinesRange(min, max)));
        }
    }

    /// <summary>Each heading level in the profile's style; the title's first words carry it (a title may run into plain text).</summary>
    void Headings()
    {
        foreach (var group in Of(Role.Heading).GroupBy(h => h.Level))
        {
            var style = _p.HeadingStyle(group.Key);
            var lines = group.Select(h => h.Line).ToList();
            var element = CheckText.HeadingLevel(Cap(CheckText.Element("muc")), group.Key);
            var notBold = style.Bold ? lines.FirstOrDefault(l => l.Ink.FirstOrDefault()?.Bold != true) : null;
            if (notBold is not null) Add("muc", notBold.Para, CheckText.Emphasis(element, "b", true));
            var notUpper = style.Upper ? lines.FirstOrDefault(l => !Patterns.IsUpper(l.Text)) : null;
            if (notUpper is not null) Add("muc", notUpper.Para, CheckText.Emphasis(element, "caps", true));
            var (min, max) = _p.DocumentCheck.Size("than", style.Size);
            var size = lines.FirstOrDefault(l => l.Ink.Any() && (Dominant(l) < min - SizeTolerance || Dominant(l) > max + SizeTolerance));
            if (size is not null) Add("muc", size.Para, CheckText.Size(element, Dominant(size), min, max));
        }
    }

    void Numbering()
    {
        foreach (var fix in _r.NumberingFixes)
            Add("danh_so", fix.At, CheckText.Numbering(fix.Typed, fix.Printed));
        if (_r.Plan.Numbering is { } scheme)
        {
            // A level the profile does not number (1.1.1.) is the document's to add; a level it numbers another way ("I-" for "I.") is a deviation.
            var accepted = _p.Numbering.Concat(_p.DocumentCheck.AcceptedNumbering).Select(Kind).Where(k => k is not null).ToList();
            var differs = scheme.Select(Kind).Where(k => k is not null).Any(k =>
                accepted.Any(a => a!.Rank == k!.Rank) && !accepted.Any(a => a!.Rank == k!.Rank && a.Suffix == k.Suffix));
            var first = Of(Role.Heading, Role.Item).FirstOrDefault();
            if (differs && first is not null)
                Add("danh_so", first.Line.Para, CheckText.NumberingScheme(string.Join(", ", scheme), string.Join(", ", _p.Numbering)));
        }
    }

    static Marker? Kind(string pattern) => Marker.Parse(pattern + " X", out _);

    void Bases()
    {
        var bases = Of(Role.Basis).Select(r => r.Line).ToList();
        if (bases.Count == 0) return;
        Style("can_cu", bases, _p.Basis);
        for (var i = 0; i < bases.Count; i++)
        {
            var end = bases[i].Text.TrimEnd();
            var last = i == bases.Count - 1;
            // The last basis ends with "." (NĐ 30 II.6a); a decree's enacting sentence may follow a ";".
            var ok = last ? end.EndsWith('.') || end.EndsWith(';') && _r.DocumentType != "KẾ HOẠCH" : end.EndsWith(';');
            if (!ok)
            {
                Add("can_cu", bases[i].Para, CheckText.BasisEnd());
                break;
            }
        }
    }

    void EndMark()
    {
        if (string.IsNullOrEmpty(_p.BodyEnd)) return;
        var last = Of(Role.Closing, Role.BodyText, Role.Item, Role.Dash, Role.Heading)
            .Select(r => r.Line).Where(l => !l.IsBlank).OrderBy(l => l.Para.Number).LastOrDefault();
        if (last is null) return;
        var text = last.Text.TrimEnd();
        if (!text.EndsWith(_p.BodyEnd, StringComparison.Ordinal))
            Add("ket_thuc", last.Para, CheckText.EndMark(text.Length > 3 ? "…" + text[^3..] : text, _p.BodyEnd));
    }
}
