using ClosedXML.Excel;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Model;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// The shapes real plans take beyond the seeds (issue 9): openings written freely or worded from
/// parts, co-issued and co-signed plans, header marks, Lưu lines as organs write them, body tables
/// and body details, and annexes of every kind. Read back through the document model and the dump.
/// </summary>
public class PlanShapesTests
{
    sealed record Rendered(PlanDocument Document, string Dump, IReadOnlyList<string> Warnings, IReadOnlyList<string> Files);

    static Rendered Render(string yaml, params (string Name, string Content)[] files)
    {
        using var dir = new Repo.TempDir();
        foreach (var (name, content) in files) dir.File(name, content);
        var path = dir.File("ke-hoach.yaml", yaml);
        var renderer = new PlanRenderer(Repo.Templates);
        var warnings = new List<Diagnostic>();
        var (_, document, _) = renderer.Prepare(path, new RenderOptions(), warnings);
        var result = renderer.Render(path, dir.Path);
        using var stream = File.OpenRead(result.DocxPath);
        var xlsx = result.Files.Skip(1).Select(f => Path.GetFileName(f)).ToList();
        return new Rendered(document, DocxDump.Dump(stream), warnings.Select(w => w.ToString()).ToList(), xlsx);
    }

    static string Text(Block b) => b switch
    {
        BodyParagraph p => Inlines.PlainText(p.Inlines),
        NoteParagraph n => Inlines.PlainText(n.Inlines),
        Heading h => h.Marker + " " + Inlines.PlainText(h.Inlines),
        UnnumberedHeading u => Inlines.PlainText(u.Inlines),
        DashItem d => d.Bullet + " " + Inlines.PlainText(d.Inlines),
        EndMark e => e.Text,
        _ => b.GetType().Name,
    };

    static string WithOpening(string opening) =>
        Plans.Minimal.Replace("""
            mo_dau:
              thuc_hien:
                - Thực hiện Chương trình công tác năm 2021 của Trung ương Hội
              chu_the: Ban Thường vụ Hội LHPN tỉnh
              xay_dung: Kế hoạch thực hiện

            """, opening);

    // ---- opening --------------------------------------------------------------------------------

    [Fact]
    public void A_free_opening_keeps_its_paragraphs_and_marks_only_what_is_marked_italic()
    {
        var r = Render(WithOpening("""
            mo_dau: |
              *Căn cứ Điều lệ Hội Liên hiệp Phụ nữ Việt Nam;*

              Căn cứ Chương trình công tác năm 2021 của Trung ương Hội;

              Năm 2021 là năm đầu thực hiện Nghị quyết Đại hội Đảng các cấp. Ban Thường vụ Hội LHPN tỉnh ban hành Kế hoạch, cụ thể như sau:

            """));
        var body = r.Document.Body;
        Assert.Equal("Căn cứ Điều lệ Hội Liên hiệp Phụ nữ Việt Nam;", Text(body[0]));
        Assert.True(((BodyParagraph)body[0]).Inlines.OfType<TextRun>().All(t => t.Italic));
        Assert.DoesNotContain(((BodyParagraph)body[1]).Inlines.OfType<TextRun>(), t => t.Italic);
        Assert.EndsWith("ban hành Kế hoạch, cụ thể như sau:", Text(body[2]));
        Assert.Equal("I. MỤC ĐÍCH, YÊU CẦU", Text(body[3]));
    }

    [Fact]
    public void A_worded_opening_takes_its_verb_and_tail()
    {
        var r = Render(Plans.Minimal.Replace("  xay_dung: Kế hoạch thực hiện\n", "  xay_dung: Kế hoạch thực hiện\n  dong_tu: ban hành\n  cuoi_cau: \"cụ thể như sau:\"\n"));
        Assert.Equal("Thực hiện Chương trình công tác năm 2021 của Trung ương Hội, Ban Thường vụ Hội LHPN tỉnh ban hành Kế hoạch thực hiện cụ thể như sau:", Text(r.Document.Body[0]));
    }

    [Fact]
    public void An_opening_without_cited_documents_starts_with_its_actor()
    {
        var r = Render(WithOpening("""
            mo_dau:
              chu_the: Ban Chấp hành Hội LHPN tỉnh
              xay_dung: Kế hoạch thực hiện

            """));
        Assert.Equal("Ban Chấp hành Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:", Text(r.Document.Body[0]));
    }

    // ---- header ---------------------------------------------------------------------------------

    [Fact]
    public void A_three_level_organ_prints_its_lines_as_given_and_a_draft_is_marked()
    {
        var yaml = Plans.Minimal.Replace("""
            co_quan:
              chu_quan: Hội LHPN tỉnh Khánh Hòa
              ban_hanh: Ban Thường vụ
            """, """
            co_quan:
              chu_quan: [Ủy ban MTTQ Việt Nam, xã Lương Minh]
              ban_hanh: Ban Thường trực
            du_thao: true
            do_khan: thượng khẩn
            """).Replace("ky_hieu: KH-BTV", "ky_hieu: KH-MTTQ-BTT");
        var r = Render(yaml);
        Assert.Equal(new HeaderOrgan("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC"), r.Document.Header.Organs.Single());
        Assert.Contains("«ỦY BAN MTTQ VIỆT NAM» Times New Roman 13\n        «⏎» Times New Roman 14\n        «XÃ LƯƠNG MINH» Times New Roman 13\n", r.Dump);
        Assert.Equal("DỰ THẢO", r.Document.Header.DraftMark);
        Assert.StartsWith("¶ RkDauVanBan · center · ind left=7990 right=100", r.Dump.Split("\n\n")[1]); // a box on the right, just wide enough
        Assert.Contains("«DỰ THẢO» Times New Roman 13 bold", r.Dump);
        Assert.Contains("«THƯỢNG KHẨN» Times New Roman 13 bold", r.Dump);
        // In running text the name is one line.
        Assert.Equal("Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh", new Organ { Parent = "Ủy ban MTTQ Việt Nam\nxã Lương Minh", Issuer = "Ban Thường trực" }.FullName);
    }

    [Fact]
    public void A_KE_HOACH_has_no_kinh_gui()
    {
        var bag = new DiagnosticBag();
        Load.PlanLoader.Parse(Plans.Minimal + "\nkinh_gui: Ban Thường vụ Tỉnh ủy\n", "plan.yaml", bag);
        Assert.Contains(bag.Items, d => d.ToString().StartsWith("plan.yaml:28:11: kinh_gui: a KẾ HOẠCH has no \"Kính gửi\""));
    }

    [Fact]
    public void A_co_issued_plan_names_both_organs_and_puts_the_lead_signature_on_the_right()
    {
        var yaml = Plans.Minimal.Replace("""
            co_quan:
              chu_quan: Hội LHPN tỉnh Khánh Hòa
              ban_hanh: Ban Thường vụ
            """, """
            co_quan:
              - { chu_quan: Hội LHPN tỉnh Khánh Hòa, ban_hanh: Ban Thường vụ }
              - { ban_hanh: Sở Tư pháp tỉnh Khánh Hòa }
            """).Replace("""
            nguoi_ky:
              quyen_han: TM. BAN THƯỜNG VỤ
              chuc_vu: Chủ tịch
              ho_ten: Nguyễn Thị A
            """, """
            nguoi_ky:
              - { quyen_han: TM. BAN THƯỜNG VỤ, chuc_vu: Chủ tịch, ho_ten: Nguyễn Thị A }
              - { quyen_han: KT. GIÁM ĐỐC, chuc_vu: Phó Giám đốc, ho_ten: Trần Văn B }
            """) + "\nchi_tieu:\n  - { ma: a, noi_dung: Mô hình, don_vi_tinh: mô hình, chi_tieu: 5 }\n";
        var r = Render(yaml);
        Assert.Equal(2, r.Document.Header.Organs.Count);
        Assert.EndsWith("của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa và Sở Tư pháp tỉnh Khánh Hòa)", r.Document.Annexes[0].Reference);
        var end = r.Dump[r.Dump.IndexOf("«Trên đây", StringComparison.Ordinal)..];
        Assert.True(end.IndexOf("«KT. GIÁM ĐỐC»", StringComparison.Ordinal) < end.IndexOf("«TM. BAN THƯỜNG VỤ»", StringComparison.Ordinal), "the partner signs on the left, the lead organ on the right");
        // Nơi nhận comes under the signatures, in the left column: the same first row as the signatures, so the two stay on one page.
        var leftCell = end[..end.IndexOf("cell 2 ", StringComparison.Ordinal)];
        Assert.True(leftCell.IndexOf("«Trần Văn B»", StringComparison.Ordinal) < leftCell.IndexOf("«Nơi nhận:»", StringComparison.Ordinal), "Nơi nhận comes under the signatures");
    }

    [Fact]
    public void A_co_signed_plan_has_one_signer_per_organ()
    {
        var bag = new DiagnosticBag();
        Load.PlanLoader.Parse(Plans.Minimal.Replace("""
            co_quan:
              chu_quan: Hội LHPN tỉnh Khánh Hòa
              ban_hanh: Ban Thường vụ
            """, """
            co_quan:
              - { ban_hanh: Ban Thường vụ Hội LHPN tỉnh }
              - { ban_hanh: Sở Tư pháp }
              - { ban_hanh: Sở Y tế }
            """).Replace("nguoi_ky:\n", "nguoi_ky:\n  - { chuc_vu: Chủ tịch, ho_ten: B }\n  - { chuc_vu: Giám đốc, ho_ten: C }\nnguoi_ky_cu:\n"), "plan.yaml", bag);
        Assert.Contains(bag.Items, d => d.Message.StartsWith("nguoi_ky: 2 signers for 3 organs"));
    }

    // ---- signature ------------------------------------------------------------------------------

    [Fact]
    public void An_acting_head_signs_without_a_position_line_and_another_position_goes_by_the_profile()
    {
        var acting = Render(Plans.Minimal.Replace("  quyen_han: TM. BAN THƯỜNG VỤ\n  chuc_vu: Chủ tịch\n", "  quyen_han: Q. CHỦ TỊCH\n"));
        Assert.Null(acting.Document.End.Signatures[0].Position);
        Assert.Contains("«Q. CHỦ TỊCH» Times New Roman 14 bold", acting.Dump);

        var other = Render(Plans.Minimal.Replace("  ho_ten: Nguyễn Thị A\n", "  ho_ten: Nguyễn Thị A\n  chuc_vu_khac: Trưởng Ban Xây dựng Đảng\n"));
        var signature = other.Dump[other.Dump.IndexOf("«CHỦ TỊCH»", StringComparison.Ordinal)..];
        // NĐ 30 Ô 7b: the other position sits just above the name.
        Assert.True(signature.IndexOf("«TRƯỞNG BAN XÂY DỰNG ĐẢNG»", StringComparison.Ordinal) < signature.IndexOf("«Nguyễn Thị A»", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_without_position_or_authority_is_refused_at_its_place()
    {
        var bag = new DiagnosticBag();
        Load.PlanLoader.Parse(Plans.Minimal.Replace("  quyen_han: TM. BAN THƯỜNG VỤ\n  chuc_vu: Chủ tịch\n", ""), "plan.yaml", bag);
        Assert.Contains(bag.Items, d => d.ToString().StartsWith("plan.yaml:25:3: chuc_vu: required field is missing"));
    }

    // ---- Nơi nhận -------------------------------------------------------------------------------

    [Fact]
    public void A_Luu_line_written_as_the_organ_writes_it_is_printed_and_warned_about()
    {
        var r = Render(Plans.Minimal.Replace("luu: TC\n", "").Replace("    ghi_chu: để báo cáo\n", "    ghi_chu: để báo cáo\n  - Lưu: MTTQ\n"));
        Assert.Equal("- Lưu: MTTQ.", r.Document.End.Recipients[^1].Text);
        Assert.Equal(3, r.Document.End.Recipients.Count);
        var w = Assert.Single(r.Warnings);
        Assert.StartsWith("ke-hoach.yaml:23:5: warning: the Lưu line \"Lưu: MTTQ\" is printed as written; the 'hoi' profile writes it \"Lưu: VT, {luu}.\"", w);

        var fits = Render(Plans.Minimal.Replace("luu: TC\n", "dong_luu: \"Lưu: VT, TC.\"\n"));
        Assert.Empty(fits.Warnings);
        Assert.Equal("- Lưu: VT, TC.", fits.Document.End.Recipients[^1].Text);
    }

    [Fact]
    public void A_profile_can_set_recipient_notes_in_italics()
    {
        var profile = File.ReadAllText(Path.Combine(Repo.Templates, "profiles", "hoi.yaml")).Replace("ten: hoi", "ten: rieng") + "\n";
        profile = profile.Replace("  dong_luu_mac_dinh: \"Lưu: VT.\"", "  dong_luu_mac_dinh: \"Lưu: VT.\"\n  ghi_chu_nghieng: true");
        var r = Render("the_thuc: rieng.yaml\n" + Plans.Minimal, ("rieng.yaml", profile));
        Assert.Contains("«- Trung ương Hội » Times New Roman 11\n", r.Dump);
        Assert.Contains("«(để báo cáo)» Times New Roman 11 italic\n", r.Dump);
    }

    // ---- body -----------------------------------------------------------------------------------

    const string TableBody = """
        noi_dung: |
          # Tiến độ thực hiện

          {rộng: 1,2cm | 6 | 3 | 3}
          | TT | Nội dung công việc | Thời gian | Thực hiện |
          |:--:|--------------------|:---------:|-----------|
          | 1  | Hội nghị hiệp thương lần thứ nhất | 05/12/2025 | Ban Thường trực |
          | ^  | Thông báo kết quả hiệp thương | 06/12/2025 | ^ |
          | 2  | Hội nghị hiệp thương lần thứ hai | 02/02/2026 | Ban Thường trực |
          | **Tổng cộng** | < | 3 hội nghị | |
        ket_luan: ""
        """;

    [Fact]
    public void A_body_that_ends_with_a_table_gets_its_end_mark_between_the_table_and_the_end_block()
    {
        var r = Render(Plans.Minimal[..Plans.Minimal.IndexOf("noi_dung:", StringComparison.Ordinal)] + TableBody + "\n"
            + Plans.Minimal[Plans.Minimal.IndexOf("noi_nhan:", StringComparison.Ordinal)..]);
        var body = r.Document.Body;
        Assert.IsType<BodyTable>(body[^2]);
        Assert.Equal("./.", Assert.IsType<EndMark>(body[^1]).Text);
        // In the DOCX a paragraph stands between the bordered table and the borderless end table.
        var tail = r.Dump[r.Dump.LastIndexOf("table [", r.Dump.IndexOf("«Nơi nhận:»", StringComparison.Ordinal), StringComparison.Ordinal)..];
        var before = r.Dump[..r.Dump.IndexOf(tail, StringComparison.Ordinal)];
        Assert.EndsWith("¶ RkNoiDung · right · before=120 after=0 line=276/auto · keepNext\n  «./.» Times New Roman 14\n", before);
    }

    [Fact]
    public void A_body_table_has_its_widths_alignments_merges_header_and_total_row()
    {
        var r = Render(Plans.Minimal[..Plans.Minimal.IndexOf("noi_dung:", StringComparison.Ordinal)] + TableBody + "\n"
            + Plans.Minimal[Plans.Minimal.IndexOf("noi_nhan:", StringComparison.Ordinal)..]);
        var table = r.Document.Body.OfType<BodyTable>().Single();
        Assert.Equal([ColumnWidth.Centimetres(1.2), ColumnWidth.Relative(6), ColumnWidth.Relative(3), ColumnWidth.Relative(3)], table.Widths);
        Assert.Equal([CellAlign.Center, CellAlign.Left, CellAlign.Center, CellAlign.Left], table.Align);
        Assert.Equal(AnnexRowKind.Header, table.Rows[0].Kind);
        Assert.Equal(2, table.Rows[1].Cells[0].RowSpan);
        Assert.True(table.Rows[2].Cells[0].MergedAbove);
        Assert.Equal(2, table.Rows[1].Cells[3].RowSpan);
        Assert.Equal(AnnexRowKind.Total, table.Rows[4].Kind);
        Assert.Equal(2, table.Rows[4].Cells[0].Span);
        // 1,2 cm fixed, the rest of the 9355-twip text width shared 6:3:3.
        Assert.Contains("table [680 | 4337 | 2168 | 2170] bordered", r.Dump);
        Assert.Contains("row 1 (cantSplit, repeat-header)", r.Dump);
        Assert.Contains("«Tổng cộng» Times New Roman 12 bold", r.Dump);
        Assert.Contains("«3 hội nghị» Times New Roman 12 bold", r.Dump);
    }

    [Fact]
    public void Unnumbered_titles_notes_page_breaks_and_typed_paragraph_numbers()
    {
        var r = Render(Plans.Minimal.Replace("""
              # Tổ chức thực hiện
              - Các cấp Hội triển khai.
            """, """
              # Tổ chức thực hiện
              - Các cấp Hội triển khai.

              \newpage

              ## Lịch trình các hội nghị {-}

              (1) Hội nghị lần thứ nhất.

              (2) Hội nghị lần thứ hai.

              > Ghi chú: thời gian có thể thay đổi.

              ## Kinh phí
            """));
        var body = r.Document.Body.ToList();
        var title = body.OfType<UnnumberedHeading>().Single();
        Assert.Equal("Lịch trình các hội nghị", Inlines.PlainText(title.Inlines));
        Assert.Contains(body, b => b is BodyParagraph p && Inlines.PlainText(p.Inlines) == "(1) Hội nghị lần thứ nhất.");
        Assert.Contains(body, b => b is NoteParagraph);
        // The unnumbered title does not take a number: the next khoản is still 1.
        Assert.Contains(body, b => b is Heading { Marker: "1." } h && Inlines.PlainText(h.Inlines) == "Kinh phí");
        Assert.Contains("¶ Heading2 · center · before=120 after=0 line=276/auto · keepNext", r.Dump);
        Assert.Contains("«Ghi chú: thời gian có thể thay đổi.» Times New Roman 14 italic", r.Dump);
        Assert.Contains(r.Document.Body, b => b is PageBreak);
        Assert.Contains("¶ Heading2 · center", r.Dump[r.Dump.IndexOf("TỔ CHỨC THỰC HIỆN»", StringComparison.Ordinal)..]);
    }

    // ---- annexes --------------------------------------------------------------------------------

    const string TaskAnnex = """
        phu_luc:
          - tieu_de: Danh mục nhiệm vụ năm 2025
            huong: doc
            cot:
              - { ten: TT, loai: stt, rong: 1cm }
              - { ten: Nội dung nhiệm vụ, ma: noi_dung, rong: 5, can: deu }
              - { ten: Cơ quan chủ trì, ma: chu_tri, rong: 2 }
              - { ten: Kinh phí (triệu đồng), ma: kinh_phi, loai: so, cong: true, rong: 2 }
            dong_tong: true
            cong_nhom: true
            dong:
              - nhom: Tuyên truyền
              - [Tổ chức hội nghị quán triệt, Ban Tuyên giáo, 120]
              - { noi_dung: Biên soạn tài liệu, chu_tri: Ban Tuyên giáo, kinh_phi: 80 }
              - nhom: Xây dựng tổ chức
              - [Tập huấn cán bộ cơ sở, Ban Tổ chức, 150]
            ghi_chu:
              - "Kinh phí là **số liệu mẫu**."
          - loai: chi_tieu
            bo_cuc: danh_sach
            tieu_de: Chỉ tiêu và phân công thực hiện
            cot: [stt, noi_dung, chi_tieu, chu_tri, phoi_hop, thoi_han]
        chi_tieu:
          - { ma: a, nhom: Kinh tế, noi_dung: Hộ thoát nghèo, don_vi_tinh: hộ, chi_tieu: 120, chu_tri: Ban Kinh tế, phoi_hop: [Văn phòng, Ban Tuyên giáo], thoi_han: Quý IV/2025 }
        """;

    [Fact]
    public void Two_annexes_are_numbered_I_and_II_each_in_its_section_and_workbook_sheet()
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("ke-hoach.yaml", Plans.Minimal + "\n" + TaskAnnex);
        var result = new PlanRenderer(Repo.Templates).Render(path, dir.Path);
        var doc = new PlanRenderer(Repo.Templates).Prepare(path).Document;
        Assert.Equal(["Phụ lục I", "Phụ lục II"], doc.Annexes.Select(a => a.Label));
        Assert.Equal([PageOrientation.Portrait, PageOrientation.Landscape], doc.Annexes.Select(a => a.Orientation));
        Assert.Equal("DANH MỤC NHIỆM VỤ NĂM 2025", doc.Annexes[0].Title);

        using var stream = File.OpenRead(result.DocxPath);
        var dump = DocxDump.Dump(stream);
        Assert.Contains("section 2: page 11906x16838 portrait", dump);
        Assert.Contains("section 3: page 16838x11906 landscape", dump);
        // The last note ends with the annex's "./." (its typed full stop replaced).
        Assert.Contains("«Kinh phí là » Times New Roman 14\n  «số liệu mẫu» Times New Roman 14 bold\n  «./.» Times New Roman 14\n", dump);

        using var wb = new XLWorkbook(result.Files[1]);
        Assert.Equal(["Phụ lục I", "Phụ lục II"], wb.Worksheets.Select(w => w.Name));
        var ws = wb.Worksheet("Phụ lục I");
        var total = ws.CellsUsed(c => c.HasFormula).Select(c => c.FormulaA1).ToList();
        // Group rows carry their sums, the total sums the items (never the groups).
        Assert.Equal(["SUM(D7:D8)", "SUM(D10)", "SUM(D7:D8,D10)"], total);
        Assert.Equal(350.0, ws.Evaluate("SUM(D7:D8,D10)"));
        Assert.Equal("portrait", ws.PageSetup.PageOrientation.ToString().ToLowerInvariant());
        // Each sheet numbers its pages from 1, as each annex does (NĐ 30 III.1đ).
        Assert.All(wb.Worksheets, w => Assert.Equal(1u, w.PageSetup.FirstPageNumber));
    }

    [Fact]
    public void Cells_of_a_table_annex_merge_as_in_body_tables()
    {
        var doc = Render(Plans.Minimal + "\n" + """
            phu_luc:
              - cot: [TT, Nội dung, Chủ trì, Thời gian]
                dong:
                  - [1, Họp Ban Chỉ đạo, Ban Thường trực, Quý I]
                  - [2, Sơ kết, ^, Quý II]
                  - [3, Tổng kết năm, <, Quý IV]
            """).Document;
        var rows = doc.Annexes[0].Rows;
        Assert.Equal(2, rows[1].Cells[2].RowSpan);
        Assert.True(rows[2].Cells[2].MergedAbove);
        Assert.Equal(["2", "Sơ kết", "", "Quý II"], rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["3", "Tổng kết năm", "Quý IV"], rows[3].Cells.Select(c => c.Text));
        Assert.Equal(2, rows[3].Cells[1].Span);
    }

    [Fact]
    public void A_signer_by_delegation_keeps_authority_and_position()
    {
        var r = Render(Plans.Minimal.Replace("  quyen_han: TM. BAN THƯỜNG VỤ\n  chuc_vu: Chủ tịch\n", "  quyen_han: TUQ. CHỦ TỊCH\n  chuc_vu: Chánh Văn phòng\n"));
        var s = r.Document.End.Signatures[0];
        Assert.Equal(["TUQ. CHỦ TỊCH"], s.Authority);
        Assert.Equal("CHÁNH VĂN PHÒNG", s.Position);
    }

    [Fact]
    public void A_target_list_annex_prints_lead_cooperating_units_and_deadline()
    {
        var doc = Render(Plans.Minimal + "\n" + TaskAnnex).Document;
        var list = doc.Annexes[1];
        Assert.Equal(["STT", "Nội dung", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"], list.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["I", "Kinh tế"], list.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["1", "Hộ thoát nghèo", "120", "Ban Kinh tế", "Văn phòng; Ban Tuyên giáo", "Quý IV/2025"], list.Rows[3].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_table_annex_reads_its_rows_from_a_workbook_sheet()
    {
        using var dir = new Repo.TempDir();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("nhiem_vu");
            ws.Cell(1, 1).Value = "nhom"; ws.Cell(1, 2).Value = "Nội dung nhiệm vụ"; ws.Cell(1, 3).Value = "chu_tri"; ws.Cell(1, 4).Value = "Kinh phí (triệu đồng)";
            ws.Cell(2, 1).Value = "Tuyên truyền"; ws.Cell(2, 2).Value = "Hội nghị"; ws.Cell(2, 3).Value = "Ban Tuyên giáo"; ws.Cell(2, 4).Value = 120;
            ws.Cell(3, 1).Value = "Tuyên truyền"; ws.Cell(3, 2).Value = "Tài liệu"; ws.Cell(3, 3).Value = "Ban Tuyên giáo"; ws.Cell(3, 4).Value = "abc";
            wb.SaveAs(Path.Combine(dir.Path, "nhiem-vu.xlsx"));
        }
        var yaml = Plans.Minimal + "\n" + """
            phu_luc:
              - tieu_de: Nhiệm vụ
                cot:
                  - { ten: TT, loai: stt }
                  - { ten: Nội dung nhiệm vụ, ma: noi_dung }
                  - { ten: Cơ quan chủ trì, ma: chu_tri }
                  - { ten: Kinh phí (triệu đồng), ma: kinh_phi, loai: so, cong: true }
                du_lieu: { tep: nhiem-vu.xlsx, trang: nhiem_vu }
            """;
        var path = dir.File("ke-hoach.yaml", yaml);
        var bag = new DiagnosticBag();
        var plan = Load.PlanLoader.Load(path, bag);
        Assert.Equal(["nhiem-vu.xlsx!nhiem_vu!D3: Kinh phí (triệu đồng): \"abc\" is not a number, and the column is summed"], bag.Items.Select(d => d.ToString()));
        var spec = Assert.IsType<TableAnnexSpec>(Assert.Single(plan!.Annexes!));
        Assert.Equal([AnnexRowRole.Group, AnnexRowRole.Item, AnnexRowRole.Item], spec.Rows.Select(r => r.Role));
        Assert.Equal("nhiem-vu.xlsx!nhiem_vu", spec.DataSource);
    }

    [Fact]
    public void A_plan_written_before_annexes_were_general_keeps_its_target_annex_options()
    {
        var plan = new PlanRenderer().Prepare(Repo.Example("cao-bang-2024")).Plan;
        var spec = Assert.IsType<TargetAnnexSpec>(Assert.Single(plan.Annexes!));
        Assert.Equal(AnnexLayout.Rows, spec.Options.Layout);
        Assert.True(spec.Options.Subtotals);
    }
}
