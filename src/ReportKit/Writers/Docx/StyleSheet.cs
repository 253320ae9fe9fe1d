using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// styles.xml from the profile: the font is set in the document defaults and in Normal, so text
/// a user adds in Word is Times New Roman too; every element the writer emits has a named style.
/// </summary>
static class StyleSheet
{
    public static Styles Build(FormatProfile p)
    {
        var body = p.Body;
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = p.Font, HighAnsi = p.Font, ComplexScript = p.Font, EastAsia = p.Font },
                new FontSize { Val = Units.HalfPoints(body.Size) },
                new FontSizeComplexScript { Val = Units.HalfPoints(body.Size) },
                new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle(StyleIds.Normal, "Normal", null, isDefault: true,
            pPr: [],
            rPr: [new RunFonts { Ascii = p.Font, HighAnsi = p.Font, ComplexScript = p.Font, EastAsia = p.Font },
                  new FontSize { Val = Units.HalfPoints(body.Size) }, new FontSizeComplexScript { Val = Units.HalfPoints(body.Size) }]));

        styles.Append(ParagraphStyle(StyleIds.Body, "RK Nội dung", StyleIds.Normal,
            pPr: [BodySpacing(body), new Indentation { FirstLine = Units.CmToTwips(body.FirstLineIndentCm).ToString() },
                  new Justification { Val = JustificationValues.Both }],
            rPr: []));

        styles.Append(ParagraphStyle(StyleIds.Basis, "RK Căn cứ", StyleIds.Body, pPr: [], rPr: StyleRun(p.Basis)));

        for (var level = 1; level <= 6; level++)
        {
            var hs = p.HeadingStyle(level);
            styles.Append(ParagraphStyle(StyleIds.Heading(level), "heading " + level, StyleIds.Body,
                pPr: [new KeepNext(), new KeepLines(), new OutlineLevel { Val = level - 1 }],
                rPr: StyleRun(hs)));
        }

        styles.Append(ParagraphStyle(StyleIds.HeaderCell, "RK Đầu văn bản", StyleIds.Normal,
            pPr: [new Justification { Val = JustificationValues.Center }], rPr: []));
        styles.Append(ParagraphStyle(StyleIds.HeaderLine, "RK Đường kẻ", StyleIds.Normal,
            pPr: [new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
                  new Justification { Val = JustificationValues.Center }],
            rPr: [new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" }]));
        styles.Append(ParagraphStyle(StyleIds.DocumentType, "RK Tên loại", StyleIds.Normal,
            pPr: [new KeepNext(), new SpacingBetweenLines { Before = "360", After = "0" }, new Justification { Val = JustificationValues.Center }],
            rPr: StyleRun(p.DocumentType)));
        styles.Append(ParagraphStyle(StyleIds.Subject, "RK Trích yếu", StyleIds.Normal,
            pPr: [new KeepNext(), new Justification { Val = JustificationValues.Center }],
            rPr: StyleRun(p.Subject)));
        styles.Append(ParagraphStyle(StyleIds.Recipients, "RK Nơi nhận", StyleIds.Normal,
            pPr: [new Justification { Val = JustificationValues.Left }],
            rPr: StyleRun(p.Recipients.LineStyle)));
        styles.Append(ParagraphStyle(StyleIds.Signature, "RK Chữ ký", StyleIds.Normal,
            pPr: [new Justification { Val = JustificationValues.Center }], rPr: []));
        styles.Append(ParagraphStyle(StyleIds.TableCell, "RK Ô bảng", StyleIds.Normal,
            pPr: [new Justification { Val = JustificationValues.Center }],
            rPr: [new FontSize { Val = Units.HalfPoints(p.Annex.TableSize) }, new FontSizeComplexScript { Val = Units.HalfPoints(p.Annex.TableSize) }]));
        styles.Append(ParagraphStyle(StyleIds.AnnexTitle, "RK Tiêu đề phụ lục", StyleIds.Normal,
            pPr: [new KeepNext(), new Justification { Val = JustificationValues.Center }],
            rPr: [new Bold(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }]));
        styles.Append(ParagraphStyle(StyleIds.PageHeader, "header", StyleIds.Normal,
            pPr: [new Justification { Val = JustificationValues.Center }],
            rPr: [new FontSize { Val = Units.HalfPoints(p.PageNumber.Size) }, new FontSizeComplexScript { Val = Units.HalfPoints(p.PageNumber.Size) }]));
        styles.Append(ParagraphStyle(StyleIds.FootnoteText, "footnote text", StyleIds.Normal,
            pPr: [new Justification { Val = JustificationValues.Both }],
            rPr: [new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }]));
        styles.Append(new Style(
            new StyleName { Val = "footnote reference" },
            new BasedOn { Val = "DefaultParagraphFont" },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
        { Type = StyleValues.Character, StyleId = StyleIds.FootnoteReference });
        styles.Append(new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true });
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    public static SpacingBetweenLines BodySpacing(BodyStyle body)
    {
        var spacing = new SpacingBetweenLines
        {
            Before = Units.PtToTwips(body.SpaceBeforePt).ToString(),
            After = Units.PtToTwips(body.SpaceAfterPt).ToString(),
        };
        if (body.ExactLineSpacingPt is { } exact)
        {
            spacing.Line = Units.PtToTwips(exact).ToString();
            spacing.LineRule = LineSpacingRuleValues.Exact;
        }
        else
        {
            spacing.Line = ((int)Math.Round(240 * Math.Clamp(body.LineSpacing, 1.0, 1.5))).ToString();
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }
        return spacing;
    }

    /// <summary>Run properties in schema order: b, i, sz, szCs, u.</summary>
    static OpenXmlElement[] StyleRun(TextStyle s)
    {
        var list = new List<OpenXmlElement>();
        if (s.Bold) list.Add(new Bold());
        if (s.Italic) list.Add(new Italic());
        list.Add(new FontSize { Val = Units.HalfPoints(s.Size) });
        list.Add(new FontSizeComplexScript { Val = Units.HalfPoints(s.Size) });
        if (s.Underline) list.Add(new Underline { Val = UnderlineValues.Single });
        return [.. list];
    }

    static Style ParagraphStyle(string id, string name, string? basedOn, OpenXmlElement[] pPr, OpenXmlElement[] rPr, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        if (pPr.Length > 0) style.Append(new StyleParagraphProperties(pPr.Select(e => e.CloneNode(true))));
        if (rPr.Length > 0) style.Append(new StyleRunProperties(rPr.Select(e => e.CloneNode(true))));
        return style;
    }
}
