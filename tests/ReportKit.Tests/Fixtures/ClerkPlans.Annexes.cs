using ReportKit.Tests.Support;
using static ReportKit.Tests.Support.WordFixture;

namespace ReportKit.Tests.Fixtures;

/// <summary>
/// Plans whose annexes are not one table each, as real plans have them: a task list with a
/// sentence above it, an annex that is only text (what to propagate, the slogans), an annex
/// holding two tables; and the layouts that come with them (a Party plan numbered "I-", a header
/// in text boxes as Word 2003 drew them).
/// </summary>
public static partial class ClerkPlans
{
    static ClerkPlan[] WithAnnexes =>
    [
        new("ubnd-phu-luc-nhiem-vu-va-van-ban", "a provincial People's Committee plan with a task-list annex (a sentence above the table, group rows I, II, items, a note under it) in a landscape section, and an annex that is only text (headings, dash items, numbered paragraphs) in a portrait one",
            TaskAndTextAnnexes, new("nha-nuoc", "Ủy ban nhân dân tỉnh Lai Châu", "KH-UBND", 86, "Tống Thanh Hải", 5) { Date = "14/04/2025", Authority = "TM. ỦY BAN NHÂN DÂN", Annexes = ["bang", "van_ban"] }),
        new("dang-uy-xa-khau-hieu", "a commune Party committee's plan numbered I-, 1-, a-, T/M and PHÓ BÍ THƯ, Nơi nhận with commas; an annex of slogans (text only) and an annex of two tables, one per level",
            PartyPlanWithSlogans, new("dang", "Đảng ủy xã Tân Uyên", "KH/ĐU", 18, "Lò Thị Mai", 4) { Date = "06/01/2026", Authority = "T/M BAN THƯỜNG VỤ", Annexes = ["van_ban", "bang"] }),
        new("hop-van-ban-vml", "a header in two text boxes drawn as Word 2003 drew them (VML only, no DrawingML), Số and the date inside the boxes, the body in Word's own Heading styles",
            VmlTextBoxHeader, new("hoi", "Ban Thường vụ", "KH-BTV", 7, "Hà Thị Thanh", 3) { Date = "03/09/2025", Authority = "TM. BAN THƯỜNG VỤ" }),
    ];

    static (WordFixture, string) TaskAndTextAnnexes()
    {
        var d = new WordFixture();
        var left = Center(d, "ỦY BAN NHÂN DÂN", F.Pt(13).Bold) + Center(d, "TỈNH LAI CHÂU", F.Pt(13).Bold) + d.P(d.Line(700000, 600000), jc: "center", record: false) + d.Empty(13) + Center(d, "Số: 86/KH-UBND", F.Pt(13));
        var right = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Bold) + d.P(d.Line(2100000, 500000), jc: "center", record: false)
                    + d.Empty(13) + Center(d, "Lai Châu, ngày 14 tháng 4 năm 2025", F.Italic);
        d.Add(Table([3500, 5800], false, [new Cell(left, 3500), new Cell(right, 5800)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Bold, 240));
        d.Add(Center(d, "Tuyên truyền, quảng bá sản phẩm OCOP tỉnh Lai Châu năm 2025", F.Bold));
        d.Add(d.P(d.Line(1500000, 2100000), jc: "center", record: false));
        d.Add(d.P(d.R("Căn cứ Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025;", F.Italic), jc: "both", firstLine: 567, before: 120));
        d.Add(d.P(d.R("Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền, quảng bá sản phẩm OCOP năm 2025 như sau:", F), jc: "both", firstLine: 567, before: 120));
        string H(string t) => d.P(d.R(t, F.Bold), jc: "both", firstLine: 567, before: 120);
        string T(string t) => d.P(d.R(t, F), jc: "both", firstLine: 567, before: 120);
        d.Add(H("I. MỤC ĐÍCH, YÊU CẦU"));
        d.Add(T("- Nâng cao nhận thức của các cấp, các ngành và người dân về Chương trình OCOP; quảng bá rộng rãi các sản phẩm OCOP của tỉnh."));
        d.Add(T("- Các hoạt động bảo đảm thiết thực, hiệu quả, đúng quy định."));
        d.Add(H("II. NHIỆM VỤ"));
        d.Add(T("Các sở, ngành, Ủy ban nhân dân các huyện, thành phố thực hiện các nhiệm vụ tại Phụ lục I, tuyên truyền các nội dung tại Phụ lục II kèm theo Kế hoạch này."));
        d.Add(H("III. TỔ CHỨC THỰC HIỆN"));
        d.Add(T("Sở Nông nghiệp và Phát triển nông thôn chủ trì, theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025."));
        d.Add(Closing(d, "Trên đây là Kế hoạch tuyên truyền, quảng bá sản phẩm OCOP tỉnh Lai Châu năm 2025./."));
        var recipients = Recipients(d, ["Bộ Nông nghiệp và PTNT (để báo cáo)", "Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], last: "- Lưu: VT, KT.");
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Tống Thanh Hải"), 5200)]));

        // Phụ lục I: a landscape section; a sentence between the (Kèm theo …) line and the table; a note under it.
        d.Add(d.P("", sectPr: Section(defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)), record: false));
        d.Add(Center(d, "Phụ lục I", F.Bold));
        d.Add(Center(d, "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN, QUẢNG BÁ SẢN PHẨM OCOP NĂM 2025", F.Bold));
        d.Add(Center(d, "(Kèm theo Kế hoạch số 86/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Lai Châu)", F.Pt(13).Italic));
        d.Add(d.P(d.R("Các cơ quan, đơn vị thực hiện các nhiệm vụ sau, báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn:", F), jc: "both", firstLine: 567, before: 120, after: 120));
        Cell C(string t, int w, bool bold = false, string jc = "left", int span = 1) => new(d.P(d.R(t, bold ? F.Pt(12).Bold : F.Pt(12)), jc: jc), w, span);
        int[] grid = [700, 5400, 2600, 2900, 2000];
        d.Add(Table(grid, true,
            [C("TT", 700, true, "center"), C("Nội dung nhiệm vụ", 5400, true, "center"), C("Cơ quan chủ trì", 2600, true, "center"), C("Cơ quan phối hợp", 2900, true, "center"), C("Thời gian", 2000, true, "center")],
            [C("I", 700, true, "center"), C("Tuyên truyền trên các phương tiện thông tin đại chúng", 12900, true, span: 4)],
            [C("1", 700, jc: "center"), C("Xây dựng chuyên mục \"Sản phẩm OCOP Lai Châu\" trên Báo và Đài Phát thanh - Truyền hình tỉnh", 5400), C("Báo Lai Châu", 2600), C("Sở Nông nghiệp và PTNT", 2900), C("Hằng tháng", 2000, jc: "center")],
            [C("2", 700, jc: "center"), C("Đăng tải thông tin sản phẩm trên Cổng thông tin điện tử tỉnh", 5400), C("Văn phòng UBND tỉnh", 2600), C("Các sở, ngành", 2900), C("Thường xuyên", 2000, jc: "center")],
            [C("II", 700, true, "center"), C("Quảng bá, xúc tiến thương mại", 12900, true, span: 4)],
            [C("1", 700, jc: "center"), C("Tham gia Hội chợ OCOP khu vực miền núi phía Bắc", 5400), C("Sở Công Thương", 2600), C("UBND các huyện, thành phố", 2900), C("Quý III/2025", 2000, jc: "center")],
            [C("2", 700, jc: "center"), C("Trưng bày sản phẩm tại các khu, điểm du lịch", 5400), C("Sở Văn hóa, Thể thao và Du lịch", 2600), C("Các chủ thể OCOP", 2900), C("Năm 2025", 2000, jc: "center")]));
        d.Add(d.P(d.R("Ghi chú:", F.Pt(13).Bold.Italic) + d.R(" các cơ quan chủ trì chủ động bố trí kinh phí trong dự toán được giao./.", F.Pt(13).Italic), jc: "both", firstLine: 567, before: 120));

        // Phụ lục II: text only, portrait.
        d.Add(d.P("", sectPr: Section(width: 16838, height: 11906, landscape: true, top: 1134, bottom: 851, left: 1701, right: 851, pageStart: 1, defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)), record: false));
        d.Add(Center(d, "Phụ lục II", F.Bold));
        d.Add(Center(d, "NỘI DUNG TUYÊN TRUYỀN", F.Bold));
        d.Add(Center(d, "(Kèm theo Kế hoạch số 86/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Lai Châu)", F.Pt(13).Italic));
        d.Add(d.Empty());
        d.Add(H("1. Về Chương trình OCOP"));
        d.Add(T("- Mục tiêu, nội dung, ý nghĩa của Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025."));
        d.Add(T("- Kết quả đánh giá, phân hạng sản phẩm OCOP của tỉnh; các chủ thể và sản phẩm tiêu biểu."));
        d.Add(H("2. Về sản phẩm OCOP của tỉnh"));
        d.Add(T("- Chè Shan tuyết, gạo tẻ râu, mật ong bạc hà và các sản phẩm đặc trưng của đồng bào các dân tộc."));
        d.Add(T("- Các điểm giới thiệu, bán sản phẩm OCOP trên địa bàn tỉnh và trên sàn thương mại điện tử./."));
        return (d, Section(width: 11906, height: 16838, pageStart: 1, defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)));
    }

    static (WordFixture, string) PartyPlanWithSlogans()
    {
        var d = new WordFixture();
        var left = Center(d, "ĐẢNG BỘ TỈNH LAI CHÂU", F) + Center(d, "ĐẢNG ỦY XÃ TÂN UYÊN", F.Bold) + Center(d, "*", F) + Center(d, "Số 18-KH/ĐU", F);
        var right = d.P(d.R("ĐẢNG CỘNG SẢN VIỆT NAM", F.Pt(15).Bold), jc: "center", bottomBorder: true) + d.Empty() + d.Empty() + Center(d, "Tân Uyên, ngày 06 tháng 01 năm 2026", F.Italic);
        d.Add(Table([4300, 5000], false, [new Cell(left, 4300), new Cell(right, 5000)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Pt(16).Bold, 240));
        d.Add(Center(d, "tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam", F.Bold));
        d.Add(Center(d, "-----", F));
        d.Add(d.P(d.R("Thực hiện Hướng dẫn số 05-HD/BTGDVTU ngày 25/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch tuyên truyền như sau:", F), jc: "both", firstLine: 567, before: 120));
        string H(string t) => d.P(d.R(t, F.Bold), jc: "both", firstLine: 567, before: 120);
        string T(string t) => d.P(d.R(t, F), jc: "both", firstLine: 567, before: 120);
        d.Add(H("I- MỤC ĐÍCH, YÊU CẦU"));
        d.Add(T("1- Tuyên truyền sâu rộng truyền thống vẻ vang của Đảng, tăng cường niềm tin của Nhân dân đối với Đảng."));
        d.Add(T("2- Các hoạt động tuyên truyền thiết thực, tiết kiệm, phù hợp với điều kiện của địa phương."));
        d.Add(H("II- NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"));
        d.Add(H("1- Nội dung"));
        d.Add(T("a- Truyền thống 96 năm xây dựng và phát triển của Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)."));
        d.Add(T("b- Kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."));
        d.Add(H("2- Hình thức"));
        d.Add(T("a- Treo băng rôn, khẩu hiệu theo nội dung tại Phụ lục 1; tổ chức các hoạt động theo Phụ lục 2 kèm theo Kế hoạch này."));
        d.Add(T("b- Tuyên truyền trên hệ thống truyền thanh cơ sở và trong sinh hoạt chi bộ."));
        d.Add(H("III- TỔ CHỨC THỰC HIỆN"));
        d.Add(T("Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 10/02/2026."));
        d.Add(Closing(d, "Các chi bộ trực thuộc căn cứ kế hoạch này tổ chức thực hiện./."));
        var rec = d.P(d.R("Nơi nhận:", F with { U = true })) + d.P(d.R("- Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo),", F.Pt(12))) + d.P(d.R("- Đảng ủy viên,", F.Pt(12)))
                  + d.P(d.R("- Các chi bộ trực thuộc,", F.Pt(12))) + d.P(d.R("- Mặt trận Tổ quốc và các đoàn thể xã,", F.Pt(12))) + d.P(d.R("- Lưu Văn phòng Đảng ủy.", F.Pt(12)));
        d.Add(Table([4300, 5000], false, [new Cell(rec, 4300), new Cell(Signature(d, ["T/M BAN THƯỜNG VỤ"], "PHÓ BÍ THƯ", "Lò Thị Mai", positionBold: false), 5000)]));

        // Phụ lục 1: the slogans, numbered as typed, nothing else.
        d.Add(d.P("", sectPr: Section(defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)), record: false));
        d.Add(Center(d, "PHỤ LỤC 1", F.Bold));
        d.Add(Center(d, "KHẨU HIỆU TUYÊN TRUYỀN", F.Bold));
        d.Add(Center(d, "(Kèm theo Kế hoạch số 18-KH/ĐU, ngày 06/01/2026 của Ban Thường vụ Đảng ủy xã)", F.Italic));
        d.Add(Center(d, "-----", F));
        d.Add(T("1. Nhiệt liệt chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)!"));
        d.Add(T("2. Đảng Cộng sản Việt Nam quang vinh muôn năm!"));
        d.Add(T("3. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!"));
        d.Add(T("4. Toàn Đảng, toàn dân, toàn quân ra sức thi đua thực hiện thắng lợi Nghị quyết Đại hội XIV của Đảng!"));

        // Phụ lục 2: two tables, one per level, each under its own heading.
        d.Add(d.P("", sectPr: Section(pageStart: 1, defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)), record: false));
        d.Add(Center(d, "PHỤ LỤC 2", F.Bold));
        d.Add(Center(d, "CÁC HOẠT ĐỘNG KỶ NIỆM", F.Bold));
        d.Add(Center(d, "(Kèm theo Kế hoạch số 18-KH/ĐU, ngày 06/01/2026 của Ban Thường vụ Đảng ủy xã)", F.Italic));
        d.Add(Center(d, "-----", F));
        Cell C(string t, int w, bool bold = false, string jc = "left") => new(d.P(d.R(t, bold ? F.Pt(12).Bold : F.Pt(12)), jc: jc), w);
        d.Add(H("1- Cấp xã"));
        d.Add(Table([700, 5200, 3400], true,
            [C("TT", 700, true, "center"), C("Hoạt động", 5200, true, "center"), C("Thời gian", 3400, true, "center")],
            [C("1", 700, jc: "center"), C("Lễ chào cờ, dâng hương tại Nhà bia ghi tên liệt sĩ xã", 5200), C("Sáng 03/02/2026", 3400, jc: "center")],
            [C("2", 700, jc: "center"), C("Giải bóng chuyền chào mừng", 5200), C("Từ 25/01 đến 01/02/2026", 3400, jc: "center")]));
        d.Add(H("2- Chi bộ thôn, bản"));
        d.Add(Table([700, 5200, 3400], true,
            [C("TT", 700, true, "center"), C("Hoạt động", 5200, true, "center"), C("Thời gian", 3400, true, "center")],
            [C("1", 700, jc: "center"), C("Sinh hoạt chuyên đề về truyền thống của Đảng", 5200), C("Kỳ sinh hoạt tháng 02/2026", 3400, jc: "center")],
            [C("2", 700, jc: "center"), C("Trang trí, treo cờ Đảng, cờ Tổ quốc tại nhà văn hóa thôn, bản", 5200), C("Trước 30/01/2026", 3400, jc: "center")]));
        return (d, Section(pageStart: 1, defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)));
    }

    static (WordFixture, string) VmlTextBoxHeader()
    {
        var d = new WordFixture { ExtraStyles = "" };
        var leftBox = Center(d, "HỘI LHPN TỈNH SƠN LA", F.Pt(13)) + Center(d, "BAN THƯỜNG VỤ", F.Pt(13).Bold) + d.P(d.R("_________", F), jc: "center", record: false) + Center(d, "Số: 07/KH-BTV", F.Pt(13));
        var rightBox = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Bold) + d.P(d.R("_______________________", F), jc: "center", record: false)
                       + Center(d, "Sơn La, ngày 03 tháng 9 năm 2025", F.Italic);
        d.Add(d.P(d.VmlTextBox(leftBox, 2600000, 950000, -250000) + d.VmlTextBox(rightBox, 3700000, 950000, 2350000), record: false));
        for (var i = 0; i < 5; i++) d.Add(d.Empty());
        d.Add(Center(d, "KẾ HOẠCH", F.Bold));
        d.Add(Center(d, "Tổ chức Ngày Phụ nữ Việt Nam 20/10/2025", F.Bold));
        d.Add(d.P("", jc: "center", bottomBorder: true, record: false));
        d.Add(d.P(d.R("Thực hiện Chương trình công tác năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm như sau:", F), jc: "both", firstLine: 567, before: 120));
        // Word's own heading styles carry the bold; the numbers are typed.
        string H1(string t) => d.P(d.R(t, F), style: "Heading1", jc: "both", firstLine: 567, before: 120);
        string T(string t) => d.P(d.R(t, F), jc: "both", firstLine: 567, before: 120);
        d.Add(H1("I. MỤC ĐÍCH, YÊU CẦU"));
        d.Add(T("- Tôn vinh phụ nữ Việt Nam, khơi dậy niềm tự hào và ý chí vươn lên của các tầng lớp phụ nữ."));
        d.Add(T("- Tổ chức các hoạt động thiết thực, tiết kiệm, hướng về cơ sở."));
        d.Add(H1("II. NỘI DUNG"));
        d.Add(T("- Tổ chức gặp mặt, tọa đàm kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2025)."));
        d.Add(T("- Biểu dương cán bộ, hội viên tiêu biểu trong các phong trào thi đua."));
        d.Add(H1("III. TỔ CHỨC THỰC HIỆN"));
        d.Add(T("Các ban chuyên môn tham mưu triển khai; Hội LHPN các huyện, thành phố báo cáo kết quả trước ngày 25/10/2025."));
        d.Add(Closing(d, "Trên đây là Kế hoạch tổ chức Ngày Phụ nữ Việt Nam 20/10/2025 của Ban Thường vụ Hội LHPN tỉnh Sơn La./."));
        var recipients = Recipients(d, ["Trung ương Hội (để báo cáo)", "Thường trực Tỉnh ủy", "Hội LHPN các huyện, thành phố"], last: "- Lưu: VT.");
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. BAN THƯỜNG VỤ"], "CHỦ TỊCH", "Hà Thị Thanh"), 5200)]));
        return (d, A4(d));
    }
}
