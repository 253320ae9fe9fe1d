using System.Text.RegularExpressions;
using ReportKit.Import.Recognise;
using ReportKit.Localization;
using ReportKit.Profiles;
using ReportKit.Text;

namespace ReportKit.Checks.Document;

/// <summary>Ô 1–5: tiêu đề and its line, organ names and the line or star under them, Số, place and date, type name, trích yếu.</summary>
internal sealed partial class DocumentChecker
{
    void Header()
    {
        var mottoLines = Of(Role.Motto).Select(r => r.Line).ToList();
        for (var i = 0; i < _p.Motto.Count; i++)
        {
            var expected = _p.Motto[i];
            var found = mottoLines.FirstOrDefault(l => Patterns.SameText(l.Text, expected.Text) || Patterns.MottoOf(l.Text) == Patterns.MottoOf(expected.Text) && Patterns.MottoOf(l.Text) != Patterns.Motto.None);
            if (found is null)
            {
                AddAt("tieu_de", Places.Document(), CheckText.MottoMissing(expected.Text));
                continue;
            }
            var range = i < _p.DocumentCheck.MottoSizes.Count && _p.DocumentCheck.MottoSizes[i].Count == 2
                ? (_p.DocumentCheck.MottoSizes[i][0], _p.DocumentCheck.MottoSizes[i][1]) : (expected.Size, expected.Size);
            var size = Dominant(found);
            if (size < range.Item1 - SizeTolerance || size > range.Item2 + SizeTolerance)
                Add("tieu_de", found.Para, CheckText.Size($"“{Patterns.Squash(found.Text)}”", size, range.Item1, range.Item2));
            if (expected.Bold && !found.Bold) Add("tieu_de", found.Para, CheckText.Emphasis($"“{Patterns.Squash(found.Text)}”", "b", true));
        }
        // Another regime's heading ("ĐẢNG CỘNG SẢN VIỆT NAM" under NĐ 30, or the reverse).
        foreach (var l in mottoLines.Where(l => !_p.Motto.Any(m => Patterns.MottoOf(m.Text) == Patterns.MottoOf(l.Text))))
            Add("tieu_de", l.Para, CheckText.LabelText(Patterns.Squash(l.Text), string.Join(" / ", _p.Motto.Select(m => m.Text))));
        if (_p.Motto.Count > 0 && mottoLines.Count > 0 && !Of(Role.UnderMotto).Any())
            Add("tieu_de", mottoLines[^1].Para, CheckText.UnderMottoMissing());

        var parent = Of(Role.ParentOrgan).Select(r => r.Line).ToList();
        var issuer = Of(Role.IssuingOrgan).Select(r => r.Line).ToList();
        Style("co_quan_chu_quan", parent, _p.ParentOrgan, upper: true);
        Style("co_quan_ban_hanh", issuer, _p.IssuingOrgan, upper: true);
        if (issuer.Count == 0) AddAt("co_quan_ban_hanh", Places.Document(), CheckText.Missing(DocumentCheckMessages.MissingIssuer));
        else UnderIssuer(issuer);

        NumberLine();
        DateLine();
    }

    void UnderIssuer(List<DocLine> issuer)
    {
        var under = Of(Role.UnderIssuer).Select(r => r.Line).ToList();
        var expected = _p.UnderIssuer;
        if (under.Count == 0)
        {
            Add("duoi_co_quan", issuer[^1].Para, CheckText.UnderIssuerMissing(expected));
            return;
        }
        var stars = under.FirstOrDefault(l => Patterns.IsStars(l.Text));
        var found = stars is not null ? stars.Squashed.Replace(" ", "") : "gach";
        var wanted = expected == "gach" ? "gach" : expected.Replace(" ", "");
        if (found == "gach" && wanted != "gach" || found != "gach" && wanted == "gach")
            Add("duoi_co_quan", under[0].Para, CheckText.UnderIssuerKind(found, wanted));
    }

    void NumberLine()
    {
        var line = Of(Role.Number).Select(r => r.Line).FirstOrDefault();
        if (line is null)
        {
            AddAt("so", Places.Document(), CheckText.Missing(DocumentCheckMessages.MissingNumber));
            return;
        }
        if (Patterns.Number(line.Text) is { } n)
        {
            var expected = _p.Number.Line(n.Number, n.Symbol);
            if (Patterns.Squash(line.Text) != Patterns.Squash(expected))
                Add("so.mau", line.Para, CheckText.NumberForm(Patterns.Squash(line.Text), expected.Replace(_p.Number.Blank, "      ")));
            // Normative documents put the year between number and symbol ("30/2020/NĐ-CP"): the symbol is what follows it.
            var symbol = Regex.Replace(n.Symbol, @"^\d{4}/", "");
            if (_p.Checks.SymbolPattern is { } pattern && !SymbolFits(symbol, pattern))
                Add("kiem_tra.ky_hieu", line.Para, CheckText.SymbolForm(symbol, _p.Checks.SymbolExample ?? pattern));
        }
        Style("so", [line], new TextStyle { Size = _p.Number.Size });
    }

    /// <summary>The profile's pattern is the user's: it runs bounded by the regex-timeout limit, and one that runs out does not fit.</summary>
    static bool SymbolFits(string symbol, string pattern)
    {
        try { return Text.SafeRegex.Compile(pattern).IsMatch(symbol); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    void DateLine()
    {
        var line = Of(Role.DateLine).Select(r => r.Line).FirstOrDefault();
        if (line is null)
        {
            AddAt("ngay", Places.Document(), CheckText.Missing(DocumentCheckMessages.MissingDate));
            return;
        }
        if (Patterns.Date(line.Text) is { } d)
        {
            string? expected = null;
            if (d is { Day: { } day, Month: { } month, Year: { } year } && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                expected = $"{d.Place}, {Nd30Date.Format(new DateOnly(year, month, day))}";
            else if (d.Day is null && d.Month is null)
                expected = null; // a draft's blanks, however they are typed
            if (expected is not null && Patterns.Squash(line.Text) != expected)
                Add("ngay", line.Para, CheckText.DateForm(Patterns.Squash(line.Text), expected));
        }
        Style("ngay", [line], _p.DateLine);
    }

    void Title()
    {
        if (IsLetter)
        {
            var vv = Of(Role.Subject).Select(r => r.Line).ToList();
            if (vv.Count == 0) AddAt("trich_yeu", Places.Document(), CheckText.LetterSubjectMissing());
            else if (_p.DocumentCheck.LetterSubjectSize is [var min, var max])
            {
                var size = Dominant(vv[0]);
                if (size < min - SizeTolerance || size > max + SizeTolerance)
                    Add("trich_yeu", vv[0].Para, CheckText.Size(Cap(CheckText.Element("trich_yeu")), size, min, max));
            }
            if (!Of(Role.Salutation).Any()) AddAt("kinh_gui", Places.Document(), CheckText.SalutationMissing());
            return;
        }
        var type = Of(Role.DocumentType).Select(r => r.Line).ToList();
        if (type.Count == 0) AddAt("ten_loai", Places.Document(), CheckText.Missing(DocumentCheckMessages.MissingType));
        Style("ten_loai", type, _p.DocumentType, upper: true);
        Centered("ten_loai", type);

        var subject = Of(Role.Subject).Select(r => r.Line).ToList();
        if (subject.Count == 0)
        {
            AddAt("trich_yeu", Places.Document(), CheckText.Missing(DocumentCheckMessages.MissingSubject));
            return;
        }
        Style("trich_yeu", subject, _p.Subject);
        Centered("trich_yeu", subject);
        var under = Of(Role.UnderSubject).Select(r => r.Line).ToList();
        var wantsLine = _p.UnderSubject == "gach";
        var ok = wantsLine
            ? under.Any(l => l.Para.HasRule || Patterns.IsTypedRule(l.Text) && l.Text.Trim().All(c => c is '_' or '‾' or ' ' or '-' or '–' or '—'))
            : under.Any(l => Patterns.Squash(l.Text).Replace(" ", "").Trim('-', '–') == "" && l.Text.Contains('-'));
        if (!ok)
            Add("duoi_trich_yeu", subject[^1].Para, wantsLine
                ? CheckText.Missing(DocumentCheckMessages.MissingLineUnderSubject)
                : CheckText.Missing(UiLanguage.Format(DocumentCheckMessages.MissingMarkUnderSubject, _p.UnderSubject)));
    }
}
