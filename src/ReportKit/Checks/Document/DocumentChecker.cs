using ReportKit.Import.Recognise;
using ReportKit.Import;
using ReportKit.Localization;
using ReportKit.Profiles;

namespace ReportKit.Checks.Document;

/// <summary>The outcome of checking one document: what it is, under which profile, and every deviation.</summary>
internal sealed record CheckResult(string File, string DocumentType, string Profile, string ProfileReason, IReadOnlyList<Finding> Findings);

/// <summary>
/// Holds any DOCX, ours or not, against a format profile — the same <see cref="FormatProfile"/>
/// the writer prints with, so the checker and the writer cannot disagree about a rule. The
/// document is read and recognised by the importer (one reader, one recogniser); each recognised
/// element is then compared with the profile: page setup and page numbers, the header's elements
/// and lines, the number and date forms, type name and trích yếu, body layout, headings and their
/// numbering, the end mark, Nơi nhận and its last line, the signature, annexes. Rules common to
/// all administrative documents apply to every type; the type-specific ones (tên loại and trích
/// yếu, or a công văn's "V/v" and "Kính gửi") where the header says they belong.
/// </summary>
internal sealed partial class DocumentChecker
{
    readonly Recognition _r;
    readonly FormatProfile _p;
    readonly List<Finding> _findings = [];

    DocumentChecker(Recognition r, FormatProfile p) { _r = r; _p = p; }

    /// <summary>Checks a recognised document; findings are worded in the language of messages (<see cref="Localization.UiLanguage"/>).</summary>
    public static CheckResult Check(Recognition recognition, FormatProfile profile)
    {
        var c = new DocumentChecker(recognition, profile);
        c.Page();
        c.Fonts();
        c.Header();
        c.Title();
        c.Body();
        c.EndBlock();
        c.Annexes();
        var reason = recognition.Plan.Profile == recognition.DetectedProfile ? recognition.Evidence : new RegimeEvidence(Evidence.Chosen);
        return new CheckResult(recognition.Source.Path, recognition.DocumentType, profile.Name, reason.Text(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi"), c._findings);
    }

    bool IsLetter => _r.DocumentType == "CÔNG VĂN";

    void Add(string rule, SourceParagraph? at, string message) =>
        _findings.Add(new Finding(rule, at is null ? "" : Places.Of(at), message) { Paragraph = at?.Number > 0 ? at.Number : null });

    void AddAt(string rule, string where, string message) => _findings.Add(new Finding(rule, where, message));

    IEnumerable<RoleLine> Of(params Role[] roles) => _r.Lines.Where(l => roles.Contains(l.Role));

    const double SizeTolerance = 0.25;

    /// <summary>
    /// Size, bold, italic, underline and capitals of an element's lines against its text style.
    /// One finding per property, at the first line that deviates.
    /// </summary>
    void Style(string key, IReadOnlyList<DocLine> lines, TextStyle style, bool upper = false, bool checkItalic = true, bool checkBold = true)
    {
        var element = CheckText.Element(key);
        var inked = lines.Where(l => l.Ink.Any()).ToList();
        if (inked.Count == 0) return;
        var (min, max) = _p.DocumentCheck.Size(key, style.Size);
        var wrongSize = inked.FirstOrDefault(l => Dominant(l) is var s && (s < min - SizeTolerance || s > max + SizeTolerance));
        if (wrongSize is not null) Add(key, wrongSize.Para, CheckText.Size(Cap(element), Dominant(wrongSize), min, max));
        var notBold = !checkBold ? null : style.Bold ? inked.FirstOrDefault(l => !l.Bold) : inked.FirstOrDefault(l => l.Bold);
        if (notBold is not null) Add(key, notBold.Para, CheckText.Emphasis(Cap(element), "b", style.Bold));
        if (checkItalic)
        {
            var wrongItalic = style.Italic ? inked.FirstOrDefault(l => !l.Italic) : inked.FirstOrDefault(l => l.Italic);
            if (wrongItalic is not null) Add(key, wrongItalic.Para, CheckText.Emphasis(Cap(element), "i", style.Italic));
        }
        var wrongUnderline = !checkBold ? null : style.Underline ? inked.FirstOrDefault(l => !l.Underline) : inked.FirstOrDefault(l => l.Underline);
        if (wrongUnderline is not null) Add(key, wrongUnderline.Para, CheckText.Emphasis(Cap(element), "u", style.Underline));
        if (upper || style.Upper)
        {
            var lower = inked.FirstOrDefault(l => !Patterns.IsUpper(l.Text));
            if (lower is not null) Add(key, lower.Para, CheckText.Emphasis(Cap(element), "caps", true));
        }
    }

    /// <summary>The size most of a line's characters have.</summary>
    static double Dominant(DocLine l) =>
        l.Ink.GroupBy(r => r.SizePt).OrderByDescending(g => g.Sum(r => r.Text.Trim().Length)).First().Key;

    static string Cap(string s) => s.Length == 0 ? s : char.ToUpper(s[0]) + s[1..];

    void Centered(string key, IEnumerable<DocLine> lines)
    {
        // Inside a layout table or text box the cell places the text; only body-level lines must be centred themselves.
        var off = lines.FirstOrDefault(l => l.Para.Cell is null && l.Para.Container == Container.Body && l.Para.Alignment != Alignment.Center && l.Column == 0);
        if (off is not null) Add(key, off.Para, CheckText.NotCentered(Cap(CheckText.Element(key))));
    }
}
