using ReportKit.Import.Recognise;
using ReportKit.Import;

namespace ReportKit.Checks.Document;

/// <summary>Paper, orientation, margins, page numbers, the font and its encoding: rules common to every document.</summary>
internal sealed partial class DocumentChecker
{
    void Page()
    {
        var source = _r.Source;
        if (source.Format != SourceFormat.Docx) return;
        var annexFrom = _r.Lines.Where(l => l.Role is Role.AnnexLabel or Role.AnnexContent or Role.AnnexReference or Role.AnnexTitle)
            .Select(l => l.Line.Para.Section).DefaultIfEmpty(int.MaxValue).Min();
        var tableSections = source.Blocks.OfType<SourceTable>().Where(t => !t.Borderless).Select(t => t.Section).ToHashSet();
        for (var i = 0; i < source.Sections.Count; i++)
        {
            var s = source.Sections[i];
            var (w, h) = (Math.Min(s.PageWidthMm, s.PageHeightMm), Math.Max(s.PageWidthMm, s.PageHeightMm));
            if (Math.Abs(w - 210) > 1.5 || Math.Abs(h - 297) > 1.5)
                AddAt("trang.kho_giay", Places.Section(i), CheckText.PageSize(s.PageWidthMm, s.PageHeightMm));
            if (s.Landscape && i < annexFrom && !tableSections.Contains(i))
                AddAt("trang.huong", Places.Section(i), CheckText.Landscape());
        }

        // Margins of the section that holds the text (annex sections set their own for their tables).
        var main = source.Sections[0];
        var page = _p.Page;
        foreach (var (side, found, value) in new[] { ("tren", main.TopMm, page.TopMm), ("duoi", main.BottomMm, page.BottomMm), ("trai", main.LeftMm, page.LeftMm), ("phai", main.RightMm, page.RightMm) })
        {
            var (min, max) = _p.DocumentCheck.Margins.TryGetValue(side, out var r) && r.Count == 2 ? (r[0], r[1]) : (value, value);
            if (found < min - 1 || found > max + 1)
                AddAt("trang." + side, Places.Section(0), CheckText.Margin(side, found, min, max));
        }
        PageNumbers();
    }

    /// <summary>Page numbers: in the header, centred, not on page 1 (NĐ 30 Phụ lục I, I.7), in the profile's size.</summary>
    void PageNumbers()
    {
        var source = _r.Source;
        var main = source.Sections[0];
        var fields = source.Sections.SelectMany(s => s.PageNumbers).ToList();
        if (fields.Count == 0)
        {
            // A one-page document needs none; count what would fill more than a page.
            var words = source.AllParagraphs().Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            if (words > 450) AddAt("so_trang", Places.Document(), CheckText.PageNumberMissing());
            return;
        }
        var footer = fields.FirstOrDefault(f => !f.InHeader);
        if (footer is not null) AddAt("so_trang", Places.Footer(), CheckText.PageNumberInFooter());
        var header = fields.Where(f => f.InHeader).ToList();
        if (header.Any(f => f.Alignment != Alignment.Center))
            AddAt("so_trang", Places.Header(), CheckText.PageNumberNotCentered());
        // Shown on page 1 when the first page has no header of its own, or its own header holds the number.
        var firstShows = main.TitlePage ? main.PageNumbers.Any(f => f.Kind == "first") : main.PageNumbers.Any(f => f.Kind == "default");
        if (firstShows) AddAt("so_trang", Places.FirstPage(), CheckText.PageNumberOnFirstPage());
        var (min, max) = _p.DocumentCheck.Size("so_trang", _p.PageNumber.Size);
        var wrong = header.FirstOrDefault(f => f.SizePt > 0 && (f.SizePt < min - SizeTolerance || f.SizePt > max + SizeTolerance));
        if (wrong is not null)
            AddAt("so_trang", Places.Header(), CheckText.Size(Cap(CheckText.Element("so_trang")), wrong.SizePt, min, max));
    }

    /// <summary>"Times New Roman Bold" is Times New Roman: a face of the family, named by some documents.</summary>
    static bool SameFont(string font, string wanted) =>
        string.Equals(font, wanted, StringComparison.OrdinalIgnoreCase)
        || font.StartsWith(wanted + " ", StringComparison.OrdinalIgnoreCase) && font[(wanted.Length + 1)..] is "Bold" or "Italic" or "Bold Italic" or "Regular";

    /// <summary>One font throughout (the profile's), in Unicode.</summary>
    void Fonts()
    {
        var source = _r.Source;
        if (source.Format != SourceFormat.Docx) return;
        foreach (var note in source.ReaderNotes.Where(n => n.StartsWith("converted", StringComparison.Ordinal)))
            AddAt("phong_chu", Places.Document(), CheckText.LegacyText(note.Replace("converted ", "")));
        var wrong = source.AllParagraphs()
            .SelectMany(p => p.Runs.Where(r => r.Text.Trim().Length > 0 && r.Font is not null && !SameFont(r.Font, _p.Font)).Select(r => (p, r.Font!)))
            .GroupBy(x => x.Item2, StringComparer.OrdinalIgnoreCase);
        foreach (var g in wrong)
        {
            var paragraphs = g.Select(x => x.p).Distinct().ToList();
            Add("phong_chu", paragraphs[0], CheckText.Font(g.Key, paragraphs.Count, _p.Font));
        }
    }
}
