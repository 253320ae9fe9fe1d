using ReportKit.Model;
using ReportKit.Profiles;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Turns a validated plan and its rendered wording into a <see cref="PlanDocument"/>: header
/// lines worded per the profile, body blocks numbered, the body closed with "./.", Nơi nhận
/// lines punctuated. Everything a writer needs, nothing it has to decide about wording.
/// </summary>
public static class PlanDocumentBuilder
{
    public static PlanDocument Build(Plan plan, string renderedBody, FormatProfile profile, IReadOnlyList<AnnexTable>? annexes = null)
    {
        var numbering = new SectionNumbering(plan.Numbering is { Count: > 0 } n ? n : profile.Numbering);
        var reader = new MarkdownReader(numbering, profile.Bullets, level => profile.HeadingStyle(level).Upper);
        var body = new List<Block>();
        body.AddRange(BasisLines(plan.Bases));
        body.AddRange(CloseBody(reader.Read(renderedBody), profile.BodyEnd));

        return new PlanDocument
        {
            Header = new DocumentHeader
            {
                Parent = string.IsNullOrWhiteSpace(plan.Organ.Parent) ? null : VietnameseText.Upper(plan.Organ.Parent),
                Issuer = VietnameseText.Upper(plan.Organ.Issuer),
                NumberLine = profile.Number.Line(plan.Number, plan.Symbol),
                DateLine = $"{plan.Place}, {Nd30Date.Format(plan.Date, plan.EffectiveYear)}",
            },
            DocumentType = VietnameseText.Upper(plan.DocumentType),
            Subject = plan.Subject,
            Body = body,
            End = new EndBlock
            {
                Recipients = RecipientLines(plan, profile.Recipients),
                Authority = plan.Signer.Authority.Select(VietnameseText.Upper).ToList(),
                Position = VietnameseText.Upper(plan.Signer.Position),
                SignerName = plan.Signer.Name,
            },
            Annexes = annexes ?? [],
            Info = new DocumentInfo($"{VietnameseText.Upper(plan.DocumentType)} {plan.Subject}", plan.Organ.FullName, CreatedAt(plan)),
        };
    }

    /// <summary>The reference a plan is cited by: "Kế hoạch số 321/KH-BTV ngày 08 tháng 6 năm 2021".</summary>
    public static DateTime CreatedAt(Plan plan) =>
        plan.Date is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : new DateTime(plan.EffectiveYear ?? 2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Căn cứ lines end with ";" and the last with "." (NĐ 30 II.6a), whatever was typed.</summary>
    static IEnumerable<Block> BasisLines(IReadOnlyList<string> bases)
    {
        for (var i = 0; i < bases.Count; i++)
        {
            var text = bases[i].TrimEnd().TrimEnd(';', '.', ',');
            yield return new BasisLine([new TextRun(text + (i == bases.Count - 1 ? "." : ";"))]);
        }
    }

    /// <summary>The body's last paragraph ends with the profile's end mark ("./."), replacing a typed "." or "/.".</summary>
    static IReadOnlyList<Block> CloseBody(IReadOnlyList<Block> blocks, string end)
    {
        if (string.IsNullOrEmpty(end) || blocks.Count == 0) return blocks;
        var list = blocks.ToList();
        var last = list[^1];
        IReadOnlyList<Inline>? inlines = last switch
        {
            BodyParagraph p => p.Inlines,
            DashItem d => d.Inlines,
            NumberedParagraph np => np.Inlines,
            _ => null,
        };
        if (inlines is null) return list;
        var runs = inlines.ToList();
        var idx = runs.FindLastIndex(r => r is TextRun);
        if (idx < 0) return list;
        var run = (TextRun)runs[idx];
        var text = run.Text.TrimEnd();
        while (text.Length > 0 && ".;,:/".Contains(text[^1])) text = text[..^1].TrimEnd();
        runs[idx] = run with { Text = text };
        runs.Insert(idx + 1, new TextRun(end));
        list[^1] = last switch
        {
            BodyParagraph p => p with { Inlines = runs },
            DashItem d => d with { Inlines = runs },
            NumberedParagraph np => np with { Inlines = runs },
            _ => last,
        };
        return list;
    }

    /// <summary>"- Tỉnh ủy Cao Bằng (để báo cáo);" ... "- Lưu: VT, TCCB." (NĐ 30 Ô 9b).</summary>
    static List<string> RecipientLines(Plan plan, RecipientsStyle style)
    {
        var lines = new List<string>();
        foreach (var r in plan.Recipients)
        {
            var name = r.Name.TrimEnd().TrimEnd(';', ',', '.');
            if (name.StartsWith("- ")) name = name[2..];
            var note = string.IsNullOrWhiteSpace(r.Note) ? "" : $" ({r.Note.Trim().Trim('(', ')')})";
            lines.Add(style.LinePrefix + name + note + style.LineEnd);
        }
        var archive = string.IsNullOrWhiteSpace(plan.Archive)
            ? style.DefaultArchiveLine
            : style.ArchiveLine.Replace("{luu}", plan.Archive.Trim().TrimEnd('.'));
        lines.Add(style.LinePrefix + archive);
        return lines;
    }
}
