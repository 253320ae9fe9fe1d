using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests.Layout;

/// <summary>
/// The layout rules as the DOCX states them (no LibreOffice needed): the header's date size and
/// its last-resort wrap, the end block's rows, where a line may not break, điểm headings upright,
/// the body's reference to each annex. <see cref="LayoutTests"/> checks the same on rendered pages.
/// </summary>
public class LayoutRulesTests
{
    sealed record Rendered(PlanDocument Document, string Dump, IReadOnlyList<Diagnostic> Warnings, string Docx, Repo.TempDir Dir) : IDisposable
    {
        public void Dispose() => Dir.Dispose();
    }

    static Rendered Render(string yaml)
    {
        var dir = new Repo.TempDir();
        var path = dir.File("ke-hoach.yaml", yaml);
        var renderer = new PlanRenderer(Repo.Templates);
        var (_, document, _) = renderer.Prepare(path);
        var result = renderer.Render(path, dir.Path);
        using var stream = File.OpenRead(result.DocxPath);
        return new Rendered(document, DocxDump.Dump(stream), result.Warnings, result.DocxPath, dir);
    }

    static string With(string key, string value) => Plans.Minimal.Replace(Plans.Minimal.Split('\n').First(l => l.StartsWith(key + ":")), $"{key}: {value}");

    [Fact]
    public void A_long_place_name_takes_the_room_the_organ_does_not_need_then_the_smaller_allowed_size()
    {
        using var r = Render(With("dia_danh", "Thành phố Hồ Chí Minh").Replace("Hội LHPN tỉnh Khánh Hòa", "Hội LHPN Thành phố Hồ Chí Minh").Replace("08/06/2021", "27/11/2023"));
        // 14 pt needs 307 pt beside "THÀNH PHỐ HỒ CHÍ MINH": 13 pt (NĐ 30 allows 13–14) keeps the name's good break.
        Assert.Contains("«Thành phố Hồ Chí Minh, ngày⍽27 tháng⍽11 năm⍽2023» Times New Roman 13 italic", r.Dump);
        Assert.Contains("«HỘI LHPN» Times New Roman 13\n        «⏎» Times New Roman 14\n        «THÀNH PHỐ HỒ CHÍ MINH» Times New Roman 13\n", r.Dump);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void A_short_place_name_keeps_the_larger_size()
    {
        using var r = Render(Plans.Minimal);
        Assert.Contains("«Khánh Hòa, ngày⍽08 tháng⍽6 năm⍽2021» Times New Roman 14 italic", r.Dump);
    }

    [Fact]
    public void Only_when_nothing_else_fits_does_the_date_go_under_the_place_with_a_warning_at_dia_danh()
    {
        // The Party profile allows 14 pt only; a place this long leaves the organ no room even on three lines.
        var yaml = With("dia_danh", "\"Văn Miếu - Quốc Tử Giám, Thành phố Hà Nội\"")
            .Replace("Hội LHPN tỉnh Khánh Hòa", "Đảng bộ Thành phố Hà Nội").Replace("ban_hanh: Ban Thường vụ", "ban_hanh: Đảng ủy phường Văn Miếu - Quốc Tử Giám")
            .Replace("ky_hieu: KH-BTV", "ky_hieu: KH/ĐU").Replace("TM. BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ").Replace("luu: TC", "luu: VP");
        using var r = Render("the_thuc: dang\n" + yaml);
        Assert.Contains("«Văn Miếu - Quốc Tử Giám, Thành phố Hà Nội,» Times New Roman 14 italic\n        «⏎»", r.Dump);
        Assert.Contains("«ngày⍽08 tháng⍽6 năm⍽2021» Times New Roman 14 italic", r.Dump);
        var warning = Assert.Single(r.Warnings);
        Assert.StartsWith("ke-hoach.yaml:7:11: warning: dia_danh: \"Văn Miếu - Quốc Tử Giám, Thành phố Hà Nội, ngày 08 tháng 6 năm 2021\" does not fit on one line", warning.ToString()[(warning.ToString().IndexOf("ke-hoach.yaml", StringComparison.Ordinal))..]);
    }

    [Fact]
    public void The_end_block_is_a_first_row_that_never_splits_then_a_row_per_further_recipient()
    {
        var recipients = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"  - Hội LHPN xã số {i}"));
        using var r = Render(Plans.Minimal.Replace("  - Thường trực Tỉnh ủy\n", recipients + "\n"));
        var end = r.Dump[r.Dump.IndexOf("«Trên đây", StringComparison.Ordinal)..];
        var rows = end.Split("\n  row ").Skip(1).ToList();
        // Row 1: "Nơi nhận:" and the recipients that reach down to the name beside the whole signature block.
        Assert.StartsWith("1 (cantSplit)", rows[0]);
        Assert.Contains("«Nơi nhận:»", rows[0]);
        Assert.Contains("«TM. BAN THƯỜNG VỤ»", rows[0]);
        Assert.Contains("«Nguyễn Thị A»", rows[0]);
        Assert.InRange(rows[0].Split("«- ").Length - 1, 7, 10);
        // Then one recipient per row, so the list can go on over the page; the last is the Lưu line.
        Assert.All(rows.Skip(1), row => Assert.Single(row.Split("«- ").Skip(1)));
        Assert.Contains("«- Lưu: VT, TC.»", rows[^1]);
        Assert.Equal(22, rows.Sum(row => row.Split("«- ").Length - 1));
        Assert.DoesNotContain("keepNext", end[end.IndexOf("table ", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Text_keeps_together_where_a_break_is_wrong_and_reads_back_as_typed()
    {
        var body = "  - Phòng, chống dịch Covid-19 giai đoạn 2020 – 2025 theo Kế hoạch số 12/KH-BTV ngày 05/7/2023.";
        using var r = Render(Plans.Minimal.Replace("  - Quán triệt đến cán bộ, hội viên.", body));
        Assert.Contains("«- Phòng, chống dịch Covid‑19 giai đoạn 2020⍽–⍽2025 theo Kế hoạch số⍽12/KH‑BTV ngày⍽05/7/2023.»", r.Dump);
        using var doc = WordprocessingDocument.Open(r.Docx, false);
        var paragraph = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().First(p => DocxText.Plain(p).Contains("Covid"));
        // Word's own no-break hyphen (w:noBreakHyphen) and no-break space (U+00A0): the text reads back as typed.
        Assert.Equal(2, paragraph.Descendants<NoBreakHyphen>().Count());
        Assert.Equal(body.Trim(), DocxText.Plain(paragraph));
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
    }

    [Fact]
    public void Diem_headings_are_upright_and_not_bold_in_every_bundled_profile()
    {
        foreach (var profile in new[] { "hoi", "nha-nuoc", "dang", "doan" })
        {
            var p = Profiles.ProfileLoader.LoadFile(Path.Combine(Repo.Templates, "profiles", profile + ".yaml"));
            var diem = p.HeadingStyle(p.Numbering.FindIndex(n => n.StartsWith('a')) + 1);
            Assert.False(diem.Italic, $"{profile}: điểm is italic");
            Assert.False(diem.Bold, $"{profile}: điểm is bold");
            var muc = p.HeadingStyle(1);
            Assert.True(muc.Bold && muc.Upper && !muc.Italic, $"{profile}: Mục is not upright bold capitals");
            Assert.True(p.HeadingStyle(2).Bold && !p.HeadingStyle(2).Italic, $"{profile}: Khoản is not upright bold");
        }
    }

    [Fact]
    public void A_body_that_does_not_mention_its_annex_gets_a_sentence_naming_it()
    {
        var yaml = Plans.Minimal + "\nchi_tieu:\n  - { ma: a, noi_dung: Mô hình sinh kế, don_vi_tinh: mô hình, chi_tieu: 5 }\n";
        var (_, document, _) = Prepare(yaml);
        var texts = document.Body.Select(Text).ToList();
        var sentence = texts.Single(t => t.StartsWith("Kèm theo Kế hoạch này có Phụ lục"));
        Assert.Equal("Kèm theo Kế hoạch này có Phụ lục (Chỉ tiêu thực hiện).", sentence);
        Assert.Equal(texts.Count - 2, texts.IndexOf(sentence)); // just before the closing
    }

    [Fact]
    public void Mentioning_the_annex_where_it_belongs_takes_the_sentence_away()
    {
        var yaml = Plans.Minimal.Replace("  - Các cấp Hội triển khai.", "  - Các cấp Hội triển khai các chỉ tiêu tại Phụ lục kèm theo.")
            + "\nchi_tieu:\n  - { ma: a, noi_dung: Mô hình sinh kế, don_vi_tinh: mô hình, chi_tieu: 5 }\n";
        var (_, document, _) = Prepare(yaml);
        Assert.DoesNotContain(document.Body.Select(Text), t => t.StartsWith("Kèm theo Kế hoạch này"));
    }

    [Fact]
    public void Of_several_annexes_only_those_the_body_does_not_mention_are_named()
    {
        var yaml = Plans.Minimal.Replace("  - Các cấp Hội triển khai.", "  - Các cấp Hội thực hiện các chỉ tiêu tại Phụ lục I.") + "\n" + """
            chi_tieu:
              - { ma: a, noi_dung: Mô hình sinh kế, don_vi_tinh: mô hình, chi_tieu: 5 }
            phu_luc:
              - loai: chi_tieu
                bo_cuc: danh_sach
              - tieu_de: Danh mục nhiệm vụ
                cot: [Nội dung, Thời gian]
                dong:
                  - [Tập huấn, Quý II]
            """;
        var (_, document, _) = Prepare(yaml);
        Assert.Contains("Kèm theo Kế hoạch này có Phụ lục II (Danh mục nhiệm vụ).", document.Body.Select(Text));
    }

    static (Model.Plan, PlanDocument, Profiles.FormatProfile) Prepare(string yaml)
    {
        using var dir = new Repo.TempDir();
        return new PlanRenderer(Repo.Templates).Prepare(dir.File("ke-hoach.yaml", yaml));
    }

    static string Text(Block b) => b switch
    {
        BodyParagraph p => Inlines.PlainText(p.Inlines),
        DashItem d => Inlines.PlainText(d.Inlines),
        _ => "",
    };
}
