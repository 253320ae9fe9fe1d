using System.Text.RegularExpressions;
using ReportKit.Import.Recognise;
using ReportKit.Profiles;

namespace ReportKit.Checks.Document;

/// <summary>Ô 7 and Ô 9b: Nơi nhận (label, lines, the Lưu line), the signature (authority prefix, position, name); annex headings.</summary>
internal sealed partial class DocumentChecker
{
    void EndBlock()
    {
        var rs = _p.Recipients;
        var label = Of(Role.RecipientsLabel).Select(r => r.Line).FirstOrDefault();
        if (label is null) AddAt("noi_nhan", Places.Document(), CheckText.RecipientsMissing());
        else
        {
            var text = Patterns.Squash(label.Text);
            var labelOnly = Regex.Match(text, @"^N[ơo]i\s*nh[ậa]n\s*:?", RegexOptions.IgnoreCase).Value;
            if (labelOnly != rs.Label) Add("noi_nhan.nhan", label.Para, CheckText.LabelText(labelOnly, rs.Label));
            Style("noi_nhan_nhan", [label], rs.LabelStyle);
        }

        var recipients = Of(Role.Recipient).Select(r => r.Line).ToList();
        Style("noi_nhan_dong", recipients.Concat(Of(Role.ArchiveLine).Select(r => r.Line)).ToList(), rs.LineStyle);
        var prefix = rs.LinePrefix.Trim();
        var noPrefix = recipients.FirstOrDefault(l => Patterns.StartsWithDash(l.Text) == false && !IsContinuation(l, recipients) && prefix.Length > 0);
        if (noPrefix is not null) Add("noi_nhan.dau_dong", noPrefix.Para, CheckText.RecipientPrefix(rs.LinePrefix));
        // The end of each recipient: the last line before the next dash line.
        for (var i = 0; i < recipients.Count; i++)
        {
            var isLastLineOfItem = i == recipients.Count - 1 || Patterns.StartsWithDash(recipients[i + 1].Text);
            if (!isLastLineOfItem) continue;
            var text = recipients[i].Text.TrimEnd();
            if (!text.EndsWith(rs.LineEnd, StringComparison.Ordinal))
            {
                Add("noi_nhan.cuoi_dong", recipients[i].Para, CheckText.RecipientEnd(text.Length > 0 ? text[^1..] : "", rs.LineEnd));
                break;
            }
        }
        Archive(label);
        Signature();
    }

    static bool IsContinuation(DocLine l, List<DocLine> recipients)
    {
        var i = recipients.IndexOf(l);
        return i > 0 && !Patterns.StartsWithDash(l.Text) && char.IsLower(l.Text.TrimStart().FirstOrDefault());
    }

    void Archive(DocLine? label)
    {
        var rs = _p.Recipients;
        var expectedForm = rs.LinePrefix + rs.ArchiveLine.Replace("{luu}", "…");
        var line = Of(Role.ArchiveLine).Select(r => r.Line).FirstOrDefault();
        if (line is null)
        {
            if (label is not null) Add("noi_nhan.dong_luu", label.Para, CheckText.ArchiveMissing(expectedForm));
            return;
        }
        var text = Patterns.Squash(line.Text);
        if (!ArchiveFits(text, rs)) Add("noi_nhan.dong_luu", line.Para, CheckText.ArchiveLine(text, expectedForm));
    }

    /// <summary>
    /// The line has the profile's form: its dash, "Lưu" with or without the colon as the profile
    /// writes it, what the organ files under, a final "." ("- Lưu: VT, TC.", "- Lưu: MTTQ." under
    /// NĐ 30; "- Lưu VP, BTG." under the Party's). What follows "Lưu" is the organ's own filing.
    /// </summary>
    static bool ArchiveFits(string text, RecipientsStyle rs)
    {
        var head = Regex.Match(rs.ArchiveLine, @"^Lưu\s*:?").Value.Trim();
        if (head.Length == 0) head = "Lưu";
        var pattern = "^" + Regex.Escape(rs.LinePrefix.Trim()) + @"\s*" + Regex.Escape(head) + (head.EndsWith(':') ? "" : @"(?!\s*:)") + @"\s*\S.*\.$";
        return Regex.IsMatch(text, pattern);
    }

    void Signature()
    {
        var sig = _p.Signature;
        var authority = Of(Role.Authority).Select(r => r.Line).ToList();
        foreach (var a in authority)
        {
            var prefix = Patterns.AuthorityPrefix(a.Text);
            if (prefix is null) continue;
            var written = Patterns.Squash(a.Text).Split(' ')[0];
            if (!sig.Prefixes.Contains(written) || _p.Checks.ForbiddenPrefixes.Contains(written))
            {
                Add("chu_ky.tien_to", a.Para, CheckText.AuthorityPrefix(written, string.Join(", ", sig.Prefixes.Select(p => $"“{p}”"))));
                break;
            }
        }
        Style("quyen_han", authority, sig.Authority, upper: true);
        var position = Of(Role.Position).Select(r => r.Line).ToList();
        Style("chuc_vu", position, sig.Position, upper: true);
        var name = Of(Role.SignerName).Select(r => r.Line).ToList();
        Style("ho_ten", name, sig.Name);
        if (position.Count == 0 && name.Count == 0 && authority.Count == 0)
            AddAt("chu_ky", Places.Document(), CheckText.SignatureMissing());
    }

    void Annexes()
    {
        var lines = _r.Lines.Where(l => l.Role is Role.AnnexLabel or Role.AnnexReference or Role.AnnexTitle).OrderBy(l => l.Line.Para.Number).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role != Role.AnnexLabel) continue;
            var label = lines[i].Line;
            Style("phu_luc", [label], new TextStyle { Size = 14, Bold = true }, checkItalic: false);
            Centered("phu_luc", [label]);
            var next = lines.Skip(i + 1).TakeWhile(l => l.Role != Role.AnnexLabel);
            if (!next.Any(l => l.Role == Role.AnnexReference)) Add("phu_luc", label.Para, CheckText.AnnexReferenceMissing());
        }
    }
}
