using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Document;
using ReportKit.Model;

namespace ReportKit.Checks;

/// <summary>
/// The body and the annex must never disagree (practitioners check it first): a figure printed in
/// the body next to a target's words ("161 hộ … thoát nghèo", "tăng thêm 1.300 hội viên") that
/// differs from that target's figure in this plan is a warning naming the paragraph, both
/// figures and where each was written. It reads the body as printed (after the template ran), so
/// figures a template prints from the data (<c>{{ ct.thoat_ngheo.hien_thi }}</c>) are right by
/// construction and a figure typed by hand is caught, in a province's plan and in every clone of it.
/// </summary>
internal static class BodyFigureCheck
{
    public static IReadOnlyList<Diagnostic> Check(Plan plan, IReadOnlyList<Block> body)
    {
        var targets = (plan.Targets?.Targets ?? []).Select(TargetWords.For).OfType<TargetWords>().ToList();
        if (targets.Count == 0) return [];
        var paragraphs = Paragraphs(body).ToList();
        var matcher = new FigureMatcher(targets, () => paragraphs.Select(p => p.Tokens));
        var places = new BodyPlaces(plan);
        var warnings = new List<Diagnostic>();
        // Only a paragraph with a digit can hold a figure; the others are read only if word weights are needed.
        foreach (var p in paragraphs.Where(p => p.Text.AsSpan().ContainsAnyInRange('0', '9')))
        {
            for (var i = 0; i < p.Tokens.Count; i++)
            {
                if (matcher.Match(p.Tokens, i) is not { Agrees: false } m) continue;
                var occurrence = p.Tokens.Take(i).Count(t => t.Text == m.Figure.Text);
                var at = places.Find(p.Text, m.Figure.Text, occurrence);
                warnings.Add(at.At(Severity.Warning, Message(p, m)));
            }
        }
        return warnings;
    }

    static string Message(Paragraph p, FigureMatch m)
    {
        var t = m.Target.Target;
        var written = t.Source is { } s ? $", {Where(s)}" : "";
        var said = m.Figure.Percent || m.Target.UnitKeys.Count == 0 ? m.Figure.Text : $"{m.Figure.Text} {t.Unit}";
        return UiLanguage.Format(CheckMessages.BodyFigureDiffers, p.Label, said, t.Code, t.Content, written, m.Target.Shown);
    }

    static string Where(SourceRef s) =>
        s.Sheet is not null ? $"{Path.GetFileName(s.File)}!{s.Sheet}!{s.Cell}" : $"{Path.GetFileName(s.File)}:{s.Line}:{s.Column}";

    /// <summary>A paragraph of the printed body, tokenised when first read.</summary>
    sealed class Paragraph(string text, string section)
    {
        readonly Lazy<List<Token>> _tokens = new(() => FigureText.Tokenize(text));
        public string Text => text;
        public IReadOnlyList<Token> Tokens => _tokens.Value;

        /// <summary>The paragraph as a reader finds it: its section and first words (§2.2 "Các cấp Hội toàn tỉnh giúp…").</summary>
        public string Label => (section.Length > 0 ? "§" + section + " " : "") + "\"" + FirstWords(text) + "\"";
    }

    /// <summary>The body's paragraphs that can hold figures, each labelled with its section path.</summary>
    static IEnumerable<Paragraph> Paragraphs(IReadOnlyList<Block> body) =>
        BodySections.Walk(body).Select(b => new Paragraph(b.Text, b.Section));

    static string FirstWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? string.Join(' ', words) : string.Join(' ', words.Take(8)) + "…";
    }
}
