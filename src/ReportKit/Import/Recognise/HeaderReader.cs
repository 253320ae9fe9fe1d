using System.Text.RegularExpressions;

namespace ReportKit.Import.Recognise;

/// <summary>Ô 1–5 as found: organ lines, tiêu đề, số, place and date, and the flags a header may carry.</summary>
sealed class HeaderInfo
{
    public List<DocLine> ParentLines = [], IssuerLines = [];
    public List<Patterns.Motto> Mottos = [];
    public (int? Number, string Separator, string Symbol, bool Colon)? Number;
    public DocLine? NumberLine;
    public (string Place, int? Day, int? Month, int? Year)? Date;
    public DocLine? DateLine;
    public string? UnderIssuer;      // "gach", "*", "***"
    public string? SubjectVv;        // công văn: "V/v ..."
    public DocLine? SubjectVvLine;
    public bool Draft;
    public string? DraftText;
    public string? Urgency, Secrecy;

    /// <summary>Every organ of the header, the lead first (several when the plan is co-issued).</summary>
    public List<(List<DocLine> Parent, List<DocLine> Issuer)> Organs = [];
}

/// <summary>
/// Reads the header zone (everything above the type name) line by line, whether the header is a
/// borderless 1×2, 2×2 or 3×2 table, text boxes, or lines laid out with tabs and spaces: each line
/// is classified by what it says (tiêu đề, rule, "Số:", date, flags), and what is left in the
/// organ column is the organ names, the bold one being the issuing body.
/// </summary>
static class HeaderReader
{
    public static HeaderInfo Read(IReadOnlyList<DocLine> lines, List<RoleLine> roles)
    {
        var h = new HeaderInfo();
        var organ = new List<DocLine>();
        int? mottoColumn = null;
        var last = Role.ParentOrgan;
        foreach (var line in lines)
        {
            var text = line.Squashed;
            if (text.Length == 0)
            {
                if (line.Para.HasRule && line.Runs.Count == 0 && line.Para.Runs.All(r => r.Text.Trim().Length == 0))
                    Assign(line, last is Role.Motto ? Role.UnderMotto : Role.UnderIssuer);
                continue;
            }
            var motto = Patterns.MottoOf(text);
            if (motto != Patterns.Motto.None)
            {
                h.Mottos.Add(motto);
                mottoColumn ??= line.Column;
                roles.Add(new RoleLine(line, Role.Motto, Index: h.Mottos.Count - 1));
                last = Role.Motto;
                if (line.Para.HasRule) roles.Add(new RoleLine(line, Role.UnderMotto));
                continue;
            }
            if (Patterns.IsTypedRule(text))
            {
                var role = last is Role.Motto ? Role.UnderMotto : Role.UnderIssuer;
                if (role == Role.UnderIssuer) h.UnderIssuer ??= Patterns.IsStars(text) ? text.Replace(" ", "") : "gach";
                Assign(line, role);
                continue;
            }
            if (Patterns.Number(text) is { } number && h.Number is null)
            {
                h.Number = number;
                h.NumberLine = line;
                Assign(line, Role.Number);
                continue;
            }
            if (Patterns.Date(text) is { } date && h.Date is null)
            {
                h.Date = date;
                h.DateLine = line;
                Assign(line, Role.DateLine);
                continue;
            }
            if (Regex.IsMatch(text, @"^V/v\b", RegexOptions.IgnoreCase))
            {
                h.SubjectVv = Regex.Replace(text, @"^V/v\s*:?\s*", "", RegexOptions.IgnoreCase);
                h.SubjectVvLine = line;
                Assign(line, Role.Subject);
                continue;
            }
            var key = Patterns.Key(text);
            if (Regex.IsMatch(key, @"^(BẢN )?DỰ THẢO( LẦN \d+)?$") || Regex.IsMatch(key, @"^(HỎA TỐC|HỎA TỐC HẸN GIỜ|THƯỢNG KHẨN|KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT)$"))
            {
                if (key.Contains("DỰ THẢO")) { h.Draft = true; h.DraftText = text; }
                else if (key.Contains("MẬT")) h.Secrecy = text;
                else h.Urgency = text;
                Assign(line, Role.Flag);
                continue;
            }
            // Anything else in the tiêu đề's column is not an organ name.
            if (mottoColumn is { } mc && mc != 0 && line.Column == mc) continue;
            organ.Add(line);
            last = Role.ParentOrgan;
        }

        // Lines of one paragraph (split by manual line breaks) are one name. The issuing body is
        // the bold name (NĐ 30 Ô 2): plain names above it are its parent; a plain name after a bold
        // one starts the next organ of a co-issued plan. Without formatting to tell, the last name
        // is the issuing body; every name bold is one name over several lines.
        var names = organ.GroupBy(l => l.Para, ReferenceEqualityComparer.Instance).Select(g => g.ToList()).ToList();
        var bold = names.Select(n => n.Any(l => l.Bold)).ToList();
        if (names.Count > 0 && (bold.All(b => b) || bold.All(b => !b)))
        {
            var allBold = bold.All(b => b) && names.Count > 1;
            h.Organs.Add(allBold ? ([], names.SelectMany(n => n).ToList()) : (names.Take(names.Count - 1).SelectMany(n => n).ToList(), names[^1]));
        }
        else
        {
            var parent = new List<DocLine>();
            var issuer = new List<DocLine>();
            for (var k = 0; k < names.Count; k++)
            {
                if (!bold[k] && issuer.Count > 0) { h.Organs.Add((parent, issuer)); parent = []; issuer = []; }
                (bold[k] ? issuer : parent).AddRange(names[k]);
            }
            if (issuer.Count > 0 || parent.Count > 0) h.Organs.Add(issuer.Count > 0 ? (parent, issuer) : ([], parent));
        }
        if (h.Organs.Count > 0) (h.ParentLines, h.IssuerLines) = h.Organs[0];
        foreach (var (parentLines, _) in h.Organs.Skip(1)) foreach (var l in parentLines) roles.Add(new RoleLine(l, Role.ParentOrgan));
        foreach (var (_, issuerLines) in h.Organs.Skip(1)) foreach (var l in issuerLines) roles.Add(new RoleLine(l, Role.IssuingOrgan));
        foreach (var l in h.ParentLines) roles.Add(new RoleLine(l, Role.ParentOrgan));
        foreach (var l in h.IssuerLines) roles.Add(new RoleLine(l, Role.IssuingOrgan));
        // A line drawn as a shape anchored in the name's own paragraph, or its bottom border.
        if (h.IssuerLines.Count > 0 && h.IssuerLines[^1].Para.HasRule && !roles.Any(r => r.Role == Role.UnderIssuer))
        {
            roles.Add(new RoleLine(h.IssuerLines[^1], Role.UnderIssuer));
            h.UnderIssuer ??= "gach";
        }
        return h;

        void Assign(DocLine l, Role role)
        {
            roles.Add(new RoleLine(l, role));
            if (role is Role.UnderIssuer or Role.UnderMotto) return;
            last = role;
        }
    }
}
