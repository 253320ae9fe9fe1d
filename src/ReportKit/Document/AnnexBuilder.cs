using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Document;

/// <summary>
/// Builds the plan's annexes as <see cref="AnnexTable"/>s that both the DOCX and the XLSX writer
/// lay out: "Phụ lục" (numbered I, II, ... by the profile when there are several), the title in
/// capitals, "(Kèm theo Kế hoạch số ...)" with the clerk's blanks kept when the plan has no
/// số/ngày yet (NĐ 30 III.1), then the table: the targets in the layout their options ask for, or
/// a table annex's own columns and rows.
/// </summary>
internal static class AnnexBuilder
{
    public const string DefaultTitle = TargetAnnexSpec.DefaultTitle;

    /// <summary>A plan that allocates to no one (a commune's own plan) lists its targets only.</summary>
    public const string DefaultTitleWithoutUnits = TargetAnnexSpec.DefaultTitleWithoutUnits;

    /// <summary>The plan's annexes in print order; a target annex of a plan without targets prints nothing.</summary>
    public static IReadOnlyList<AnnexTable> Build(Plan plan, Profiles.FormatProfile profile)
    {
        var tables = new List<(AnnexSpec Spec, AnnexTable Table)>();
        foreach (var spec in plan.Printed())
        {
            var orientation = spec.Orientation ?? (profile.Annex.Orientation == "doc" ? PageOrientation.Portrait : PageOrientation.Landscape);
            AnnexTable? table = spec switch
            {
                TargetAnnexSpec t when plan.Targets is { Targets.Count: > 0 } set => TargetTable(set, t.Options) with
                {
                    Title = VietnameseText.Upper(t.TitleFor(set)),
                    FontSize = t.FontSize,
                },
                TableAnnexSpec t => TableAnnexLayout.Build(t, AnnexPage.WidthChars(orientation, profile)) with
                {
                    Title = t.Title is { } title ? VietnameseText.Upper(title) : "",
                    FontSize = t.FontSize ?? profile.Annex.TableSize,
                },
                TextAnnexSpec t => new AnnexTable { Label = "", Reference = "", Title = t.Title is { } title ? VietnameseText.Upper(title) : "" },
                _ => null,
            };
            if (table is not null) tables.Add((spec, table with { Orientation = orientation }));
        }
        return tables.Select((t, i) =>
        {
            var notes = CloseNotes(t.Spec.Notes.Select(NoteInlines).ToList(), profile.Annex.End);
            var text = TextBlocks(t.Spec.Content, plan, profile);
            // An annex of text only closes its text as the body is closed ("./." at its end, or under a table that ends it).
            var closesText = !t.Table.HasTable && notes.Count == 0;
            return t.Table with
            {
                Label = profile.Annex.LabelFor(i, tables.Count),
                Reference = t.Spec.Reference ?? Reference(plan, profile.Number),
                Text = closesText ? PlanDocumentBuilder.CloseBody(text, profile.Annex.End) : text,
                Notes = notes,
                EndMark = closesText ? "" : profile.Annex.End,
            };
        }).ToList();
    }

    /// <summary>An annex's own text as blocks, numbered on its own (I., 1., … start again in each annex) in the plan's scheme.</summary>
    static IReadOnlyList<Block> TextBlocks(TextSource? content, Plan plan, Profiles.FormatProfile profile)
    {
        if (content is null) return [];
        var numbering = new SectionNumbering(plan.Numbering is { Count: > 0 } n ? n : profile.Numbering);
        return new MarkdownReader(numbering, profile.Bullets, level => profile.HeadingStyle(level).Upper).Read(content.Text);
    }

    static AnnexTable TargetTable(TargetSet set, AnnexOptions options) => options.Resolve(set.Units.Count) switch
    {
        AnnexLayout.Columns => AnnexColumnLayout.Build(set, options),
        AnnexLayout.List => AnnexListLayout.Build(set, options),
        _ => AnnexRowLayout.Build(set, options),
    };

    /// <summary>The last note ends with the annex's end mark (the writer then adds no line of its own).</summary>
    static List<IReadOnlyList<Inline>> CloseNotes(List<IReadOnlyList<Inline>> notes, string end)
    {
        if (notes.Count > 0) notes[^1] = EndMarks.Close(notes[^1], end);
        return notes;
    }

    /// <summary>A note's markup (**bold**, *italic*) as runs.</summary>
    static IReadOnlyList<Inline> NoteInlines(string note)
    {
        var blocks = new MarkdownReader(new SectionNumbering(["I."]), ["-"], _ => false).Read(note);
        return blocks.OfType<BodyParagraph>().FirstOrDefault()?.Inlines ?? [new TextRun(note)];
    }

    /// <summary>
    /// "(Kèm theo Kế hoạch số 321/KH-BTV ngày 08 tháng 6 năm 2021 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa)";
    /// a co-issued plan names every organ ("... của Ban Thường vụ Hội LHPN tỉnh và Sở Tư pháp").
    /// </summary>
    public static string Reference(Plan plan, Profiles.NumberStyle? number = null)
    {
        var type = VietnameseText.UpperFirst(VietnameseText.Lower(plan.DocumentType));
        var cited = (number ?? new Profiles.NumberStyle()).Cite(plan.Number, plan.Symbol);
        var names = plan.Organs.Select(o => o.FullName).ToList();
        var organs = names.Count == 1 ? names[0] : string.Join(", ", names.SkipLast(1)) + " và " + names[^1];
        return $"(Kèm theo {type} số {cited} {Nd30Date.Format(plan.Date, plan.EffectiveYear)} của {organs})";
    }
}

/// <summary>How wide an annex page's text is, in characters of the 12 pt table font (what a spreadsheet column width counts).</summary>
internal static class AnnexPage
{
    /// <summary>Landscape annexes use the official Phụ lục I file's margins: top 20, bottom 15, left 30, right 15 mm.</summary>
    public static readonly (double Top, double Bottom, double Left, double Right) LandscapeMarginsMm = (20, 15, 30, 15);

    /// <summary>A digit of Times New Roman 12 pt: 6 pt, 2.117 mm.</summary>
    const double CharMm = 25.4 * 6 / 72;

    public static double WidthMm(PageOrientation orientation, Profiles.FormatProfile profile) => orientation == PageOrientation.Landscape
        ? 297 - LandscapeMarginsMm.Left - LandscapeMarginsMm.Right
        : 210 - profile.Page.LeftMm - profile.Page.RightMm;

    public static double WidthChars(PageOrientation orientation, Profiles.FormatProfile profile) => WidthMm(orientation, profile) / CharMm;

    public static double CmToChars(double cm) => cm * 10 / CharMm;
}

/// <summary>Cells for target values: text formatted the Vietnamese way, number kept for spreadsheets.</summary>
static class AnnexCells
{
    public static AnnexCell Value(TargetValue? value, bool flagged = false)
    {
        if (value is null) return new AnnexCell("");
        if (value.Number is not { } n) return new AnnexCell(value.Text ?? "", Flagged: flagged);
        return Number(n, KindOf(value), flagged);
    }

    public static AnnexCell Number(decimal n, AnnexNumberKind kind, bool flagged = false)
    {
        var decimals = Decimals(n);
        var text = kind == AnnexNumberKind.Percent ? VietnameseNumber.Percent(n) : VietnameseNumber.Number(n);
        return new AnnexCell(text, Flagged: flagged) { Number = n, Kind = kind, Decimals = decimals };
    }

    /// <summary>A live total: the SUM of <paramref name="ranges"/>, shown with its computed value.</summary>
    public static AnnexCell Sum(decimal computed, AnnexNumberKind kind, IReadOnlyList<AnnexRange> ranges, bool flagged) =>
        Number(computed, kind, flagged) with { SumOf = ranges };

    public static AnnexNumberKind KindOf(TargetValue v) => v.Kind switch
    {
        TargetValueKind.Integer => AnnexNumberKind.Count,
        TargetValueKind.Decimal => AnnexNumberKind.Decimal,
        TargetValueKind.Percent => AnnexNumberKind.Percent,
        _ => AnnexNumberKind.None,
    };

    /// <summary>The kind a target's column of numbers takes: decimal if any value has a fraction.</summary>
    public static AnnexNumberKind KindOf(Target t)
    {
        var kind = KindOf(t.Value);
        if (kind == AnnexNumberKind.Count && t.Allocations.Values.Any(a => a.Value.Kind == TargetValueKind.Decimal)) return AnnexNumberKind.Decimal;
        return kind;
    }

    static int Decimals(decimal n)
    {
        for (var d = 0; d < 2; d++) if (Math.Round(n, d) == n) return d;
        return 2;
    }

    /// <summary>What a unit's cell shows: its allocation; under a norm, the norm itself applies to every unit.</summary>
    public static TargetValue? UnitValue(Target t, SubordinateUnit u) =>
        t.Allocations.TryGetValue(u.Code, out var a) ? a.Value : t.Aggregation == Aggregation.Norm ? t.Value : null;

    /// <summary>Ghi chú for a flagged total: the stated figure next to what the units add up to, so nothing is hidden.</summary>
    public static string MismatchNote(Target t) =>
        $"Chỉ tiêu giao {Value(t.Value).Text}; các đơn vị cộng lại {VietnameseNumber.Number(t.AllocatedSum ?? 0)}";
}
