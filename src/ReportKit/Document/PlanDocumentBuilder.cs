using ReportKit.Model;
using ReportKit.Profiles;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Turns a validated plan and its rendered wording into a <see cref="PlanDocument"/>: header
/// lines worded per the profile, body blocks numbered, the body closed with "./.", Nơi nhận
/// lines punctuated. Everything a writer needs, nothing it has to decide about wording.
/// </summary>
internal static class PlanDocumentBuilder
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
                Organs = plan.Organs.Select(o => new HeaderOrgan(
                    string.IsNullOrWhiteSpace(o.Parent) ? null : VietnameseText.Upper(o.Parent), VietnameseText.Upper(o.Issuer))).ToList(),
                NumberLine = profile.Number.Line(plan.Number, plan.Symbol),
                DateLine = $"{plan.Place}, {Nd30Date.Format(plan.Date, plan.EffectiveYear)}",
                DraftMark = plan.Draft is { } d ? d.Label ?? profile.Draft.Text : null,
                Stamps = new[] { plan.Secrecy, plan.Urgency }.OfType<string>().ToList(),
                PlaceAt = plan.PlaceAt,
                OrganAt = plan.OrganAt,
            },
            DocumentType = VietnameseText.Upper(plan.DocumentType),
            Subject = plan.Subject,
            Body = body,
            End = new EndBlock
            {
                Recipients = RecipientLines(plan, profile.Recipients),
                Signatures = plan.Signers.Select(Signature).ToList(),
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

    static SignatureBlock Signature(Signer s) => new()
    {
        Authority = s.Authority.Select(VietnameseText.Upper).ToList(),
        Position = s.Position is { } p ? VietnameseText.Upper(p) : null,
        Name = s.Name,
        OtherPosition = s.OtherPosition is { } o ? VietnameseText.Upper(o) : null,
    };

    /// <summary>
    /// The body's last paragraph ends with the profile's end mark ("./."), replacing a typed "." or
    /// "/."; a body that ends with a table (or anything but text) gets the mark on a line of its own.
    /// </summary>
    internal static IReadOnlyList<Block> CloseBody(IReadOnlyList<Block> blocks, string end)
    {
        // Even without an end mark, a table never touches the end block (LibreOffice then drops its borders).
        if (string.IsNullOrEmpty(end)) return blocks.Count > 0 && blocks[^1] is BodyTable ? [.. blocks, new EndMark("")] : blocks;
        if (blocks.Count == 0) return blocks;
        var list = blocks.ToList();
        var last = list[^1];
        IReadOnlyList<Inline>? inlines = last switch
        {
            BodyParagraph p => p.Inlines,
            DashItem d => d.Inlines,
            NumberedParagraph np => np.Inlines,
            NoteParagraph n => n.Inlines,
            _ => null,
        };
        if (inlines is null || !inlines.OfType<TextRun>().Any())
        {
            list.Add(new EndMark(end));
            return list;
        }
        var runs = EndMarks.Close(inlines, end);
        list[^1] = last switch
        {
            BodyParagraph p => p with { Inlines = runs },
            DashItem d => d with { Inlines = runs },
            NumberedParagraph np => np with { Inlines = runs },
            NoteParagraph n => n with { Inlines = runs },
            _ => last,
        };
        return list;
    }

    /// <summary>
    /// "- Tỉnh ủy Cao Bằng (để báo cáo);" ... "- Lưu: VT, TCCB." (NĐ 30 Ô 9b). The note is italic
    /// when the profile says so; a Lưu line the plan writes itself is printed as written.
    /// </summary>
    static List<RecipientLine> RecipientLines(Plan plan, RecipientsStyle style)
    {
        var lines = new List<RecipientLine>();
        foreach (var r in plan.Recipients)
        {
            var name = r.Name.TrimEnd().TrimEnd(';', ',', '.');
            if (name.StartsWith("- ")) name = name[2..];
            var runs = new List<Inline>();
            if (string.IsNullOrWhiteSpace(r.Note)) Append(runs, new TextRun(style.LinePrefix + name + style.LineEnd));
            else
            {
                Append(runs, new TextRun(style.LinePrefix + name + " "));
                Append(runs, new TextRun($"({r.Note.Trim().Trim('(', ')')})", Italic: style.ItalicNote));
                Append(runs, new TextRun(style.LineEnd));
            }
            lines.Add(new RecipientLine(runs));
        }
        string archive;
        if (plan.ArchiveLine is { } written)
        {
            archive = written.Trim().TrimStart('-').Trim().TrimEnd(';', ',', '.').TrimEnd() + ".";
        }
        else archive = string.IsNullOrWhiteSpace(plan.Archive)
            ? style.DefaultArchiveLine
            : style.ArchiveLine.Replace("{luu}", plan.Archive.Trim().TrimEnd('.'));
        lines.Add(new RecipientLine([new TextRun(style.LinePrefix + archive)]));
        return lines;
    }

    /// <summary>Neighbouring runs with the same emphasis become one, so a line is as few runs as its look needs.</summary>
    static void Append(List<Inline> runs, TextRun run)
    {
        if (runs.Count > 0 && runs[^1] is TextRun last && last.Bold == run.Bold && last.Italic == run.Italic && last.Underline == run.Underline)
            runs[^1] = last with { Text = last.Text + run.Text };
        else runs.Add(run);
    }
}
