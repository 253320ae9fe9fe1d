using System.Text;

namespace ReportKit.Tests.Layout;

/// <summary>
/// Plans at the extremes a layout must hold at, generated from one base so each differs from it in
/// what it tests: 1 and 60 recipients, a one-word and a 60-word trích yếu, the longest province and
/// commune names of the 34 provinces and 3,321 communes since July 2025 ("Thành phố Hồ Chí Minh",
/// "phường Văn Miếu - Quốc Tử Giám", "phường Xuân Trường - Đà Lạt", "phường Trương Quang Trọng",
/// "đặc khu Bạch Long Vĩ") with dates in November and December, a KT. block, a three-level organ, a
/// co-signed plan with 40 recipients, a body ending in a table with an annex, and paragraphs that
/// put "Covid-19", "2020 – 2025", "Số: 12/KH-BTV" and "ngày 05/7/2023" at every place in a line.
/// Names of units are real; the plans' content is invented for the tests.
/// </summary>
public static class LayoutPlans
{
    public sealed record Plan(string Name, string Yaml, string Place, string Signer, string Authority);

    public static IReadOnlyList<Plan> All => Plans.Value;

    // Lazy: the plans are built from the word lists below, which static initialisation sets up after this line.
    static readonly Lazy<IReadOnlyList<Plan>> Plans = new(() =>
    [
        Make("mot-noi-nhan", b => b
            .Subject("Tết")
            .Recipients([("Thường trực Tỉnh ủy", null)])
            .Body(Sections(2, 3))),
        Make("sau-muoi-noi-nhan", b => b
            .Recipients(Recipients(60))
            .Body(Sections(3, 4))),
        Make("trich-yeu-60-tu", b => b
            .Subject("Thực hiện Chương trình hành động số 12/KH-BTV ngày 05/7/2023 của Ban Thường vụ về phòng, chống dịch Covid-19, "
                + "phát triển kinh tế - xã hội, bảo đảm an sinh xã hội và chăm lo đời sống hội viên, phụ nữ trên địa bàn tỉnh "
                + "giai đoạn 2021 – 2025, định hướng đến năm 2030, gắn với xây dựng tổ chức Hội vững mạnh và phong trào thi đua yêu nước")
            .Recipients(Recipients(8))
            .Body(Sections(3, 3))),
        Make("ha-noi-van-mieu", b => b
            .Profile("nha-nuoc")
            .Organ(null, "Ủy ban nhân dân phường Văn Miếu - Quốc Tử Giám")
            .Symbol("KH-UBND").Place("Văn Miếu - Quốc Tử Giám").Date("30/11/2025")
            .Signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "Phó Chủ tịch", "Nguyễn Thị Thanh Hương")
            .Recipients(Recipients(12))
            .Body(Sections(3, 3))),
        Make("tp-hcm-thang-12", b => b
            .Organ("Hội LHPN Thành phố Hồ Chí Minh", "Ban Thường vụ")
            .Place("Thành phố Hồ Chí Minh").Date("27/12/2025")
            .Signer(["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"], "Phó Chủ tịch", "Trần Thị Ngọc Diễm")
            .Recipients(Recipients(15))
            .Body(Sections(2, 4))),
        Make("mttq-ba-cap", b => b
            .Organ("Ủy ban Mặt trận Tổ quốc Việt Nam phường Xuân Trường - Đà Lạt", "Ban Thường trực")
            .Symbol("KH-MTTQ-BTT").Place("Xuân Trường - Đà Lạt").Date("28/11/2025")
            .Signer(["TM. BAN THƯỜNG TRỰC"], "Chủ tịch", "K' Hoàng Thị Ly")
            .Recipients(Recipients(10))
            .Body(Sections(2, 3))),
        Make("dang-truong-quang-trong", b => b
            .Profile("dang")
            .Organ("Đảng bộ tỉnh Quảng Ngãi", "Đảng ủy phường Trương Quang Trọng")
            .Symbol("KH/ĐU").Place("Trương Quang Trọng").Date("12/12/2025").Archive("Văn phòng Đảng ủy")
            .Signer(["T/M BAN THƯỜNG VỤ"], "Phó Bí thư", "Phạm Văn Thành")
            .Recipients(Recipients(9))
            .Body(Sections(3, 3))),
        Make("doan-bach-long-vi", b => b
            .Profile("doan")
            .Organ("Thành đoàn Hải Phòng", "Ban Chấp hành Đoàn đặc khu Bạch Long Vĩ")
            .Symbol("KH/ĐTN").Place("Bạch Long Vĩ").Date("15/12/2025").Archive("VP")
            .Signer(["TM. BAN THƯỜNG VỤ"], "Bí thư", "Vũ Minh Hiếu")
            .Recipients(Recipients(6))
            .Body(Sections(2, 3))),
        Make("lien-tich-40-noi-nhan", b => b
            .DocumentType("Kế hoạch liên tịch")
            .Organs(("Hội LHPN tỉnh Thái Nguyên", "Ban Thường vụ"), ("UBND tỉnh Thái Nguyên", "Sở Tư pháp"))
            .Symbol("KHLT-HLHPN-STP").Place("Thái Nguyên").Date("20/11/2025")
            .CoSigners(
                (["TM. BAN THƯỜNG VỤ", "HỘI LHPN TỈNH"], "Chủ tịch", "Hà Thị Bích Ngọc"),
                (["SỞ TƯ PHÁP", "KT. GIÁM ĐỐC"], "Phó Giám đốc", "Đinh Văn Quyết"))
            .Recipients(Recipients(40))
            .Body(Sections(3, 3))),
        Make("bang-cuoi-va-phu-luc", b => b
            .Profile("nha-nuoc")
            .Organ(null, "Ủy ban nhân dân xã Chân Mây - Lăng Cô")
            .Symbol("KH-UBND").Place("Chân Mây - Lăng Cô").Date("05/12/2025")
            .Signer(["TM. ỦY BAN NHÂN DÂN"], "Chủ tịch", "Lê Quang Vinh")
            .Recipients(Recipients(7))
            .Body(Sections(2, 3) + "\n# Tiến độ thực hiện\n\n" + ScheduleTable(14))
            .Closing("")
            .Extra(TaskAnnex(18))),
        Make("khong-ngat-dong", b => b
            .Recipients(Recipients(5))
            .Body("# Những chỗ không được ngắt dòng\n\n" + UnbreakableParagraphs())),
    ]);

    /// <summary>Paragraphs that put each unbreakable group one character further along the line, so one of them meets the line's end.</summary>
    static string UnbreakableParagraphs()
    {
        var sb = new StringBuilder();
        string[] groups = ["phòng, chống dịch Covid-19", "giai đoạn 2020 – 2025", "theo Kế hoạch Số: 12/KH-BTV", "ban hành ngày 05/7/2023"];
        const string lead = "Các cấp Hội tiếp tục tuyên truyền, vận động hội viên, phụ nữ thực hiện tốt các nhiệm vụ được giao trong năm";
        for (var i = 0; i < 16; i++)
        {
            // No double space where the lead ends on one or the pad is empty: a typo that import (rightly) closes up.
            var pad = i == 0 ? "" : new string('x', i) + " ";
            sb.Append("- ").Append(lead[..(60 + 2 * i)].TrimEnd()).Append(' ').Append(pad);
            sb.AppendJoin("; ", groups).Append(".\n\n");
        }
        return sb.ToString();
    }

    static readonly string[] Sentences =
    [
        "Tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, lấy hội viên, phụ nữ làm trung tâm",
        "Đẩy mạnh tuyên truyền, giáo dục chính trị, tư tưởng, đạo đức, lối sống cho cán bộ, hội viên, phụ nữ",
        "Phối hợp với các cơ quan, đơn vị liên quan tổ chức các hoạt động hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp",
        "Nâng cao chất lượng công tác kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện các chỉ tiêu, nhiệm vụ",
        "Chú trọng xây dựng đội ngũ cán bộ Hội các cấp đủ về số lượng, bảo đảm chất lượng, đáp ứng yêu cầu nhiệm vụ",
        "Huy động các nguồn lực xã hội chăm lo cho phụ nữ, trẻ em có hoàn cảnh khó khăn trên địa bàn",
    ];

    /// <summary>A body of <paramref name="sections"/> sections of <paragraphs> dash items each, in the shape plans have.</summary>
    static string Sections(int sections, int paragraphs)
    {
        string[] titles = ["Mục đích, yêu cầu", "Nhiệm vụ và giải pháp", "Tổ chức thực hiện", "Kinh phí thực hiện"];
        var sb = new StringBuilder();
        for (var s = 0; s < sections; s++)
        {
            sb.Append("# ").Append(titles[s % titles.Length]).Append("\n\n");
            for (var p = 0; p < paragraphs; p++)
            {
                var a = Sentences[(s * 3 + p) % Sentences.Length];
                var c = Sentences[(s * 3 + p + 2) % Sentences.Length];
                sb.Append("- ").Append(a).Append("; ").Append(char.ToLower(c[0])).Append(c[1..]).Append(".\n\n");
            }
        }
        return sb.ToString();
    }

    static readonly string[] RecipientNames =
    [
        "Thường trực Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
        "Các sở, ban, ngành, đoàn thể tỉnh", "Hội Phụ nữ các đơn vị trực thuộc", "Các ban, đơn vị thuộc cơ quan Hội LHPN tỉnh",
    ];

    /// <summary>The 65 communes, wards and the special zone of Khánh Hòa since July 2025, each a recipient of a provincial plan.</summary>
    static readonly string[] Communes = ("Phường Bắc Nha Trang, Phường Nha Trang, Phường Tây Nha Trang, Phường Nam Nha Trang, Phường Bắc Cam Ranh, "
        + "Phường Cam Ranh, Phường Ba Ngòi, Phường Cam Linh, Xã Cam Hiệp, Xã Cam Lâm, Xã Cam An, Xã Nam Cam Ranh, Xã Vạn Ninh, Xã Tu Bông, "
        + "Xã Đại Lãnh, Xã Vạn Thắng, Xã Vạn Hưng, Phường Ninh Hòa, Xã Bắc Ninh Hòa, Xã Tây Ninh Hòa, Xã Hòa Trí, Phường Đông Ninh Hòa, "
        + "Xã Tân Định, Phường Hòa Thắng, Xã Nam Ninh Hòa, Xã Khánh Vĩnh, Xã Trung Khánh Vĩnh, Xã Bắc Khánh Vĩnh, Xã Tây Khánh Vĩnh, "
        + "Xã Nam Khánh Vĩnh, Xã Diên Khánh, Xã Diên Điền, Xã Diên Lâm, Xã Diên Thọ, Xã Diên Lạc, Xã Suối Hiệp, Xã Suối Dầu, Xã Khánh Sơn, "
        + "Xã Tây Khánh Sơn, Xã Đông Khánh Sơn, Đặc khu Trường Sa, Phường Đô Vinh, Phường Bảo An, Phường Phan Rang, Phường Đông Hải, "
        + "Xã Bác Ái Tây, Xã Bác Ái, Xã Bác Ái Đông, Xã Ninh Sơn, Xã Lâm Sơn, Xã Mỹ Sơn, Xã Anh Dũng, Phường Ninh Chử, Xã Công Hải, "
        + "Xã Vĩnh Hải, Xã Thuận Bắc, Xã Ninh Hải, Xã Xuân Hải, Xã Ninh Phước, Xã Phước Hậu, Xã Phước Dinh, Xã Phước Hữu, Xã Thuận Nam, "
        + "Xã Phước Hà, Xã Cà Ná").Split(", ");

    /// <summary>Trung ương Hội (to report to), the provincial bodies, then the Hội LHPN of each commune: the shape of a provincial plan's Nơi nhận.</summary>
    static List<(string Name, string? Note)> Recipients(int count) =>
        [.. new[] { ("Trung ương Hội LHPN Việt Nam", (string?)"để báo cáo") }
            .Concat(RecipientNames.Select(n => (n, (string?)null)))
            .Concat(Communes.Select(c => ($"Hội LHPN {char.ToLower(c[0])}{c[1..]}", (string?)null)))
            .Take(count)];

    static string ScheduleTable(int rows)
    {
        var sb = new StringBuilder("{rộng: 1.2cm | 7 | 3 | 4}\n| TT | Nội dung công việc | Thời gian | Chủ trì, phối hợp |\n|:--:|--------------------|:---------:|-------------------|\n");
        for (var i = 1; i <= rows; i++)
            sb.Append($"| {i} | {Sentences[i % Sentences.Length]} | Tháng {(i % 12) + 1}/2026 | Ủy ban nhân dân xã; Ủy ban MTTQ Việt Nam xã |\n");
        return sb.ToString();
    }

    static string TaskAnnex(int rows)
    {
        var sb = new StringBuilder("""
            phu_luc:
              - tieu_de: Danh mục nhiệm vụ năm 2026
                huong: ngang
                cot:
                  - { ten: TT, loai: stt, rong: 1.1cm }
                  - { ten: Nội dung nhiệm vụ, ma: noi_dung, rong: 7, can: deu }
                  - { ten: Cơ quan chủ trì, ma: chu_tri, rong: 3 }
                  - { ten: Thời gian hoàn thành, ma: thoi_gian, rong: 2.2, can: giua }
                dong:

            """);
        for (var i = 1; i <= rows; i++)
            sb.Append($"      - [\"{Sentences[i % Sentences.Length]}\", \"Ủy ban nhân dân xã\", \"Quý {(i % 4) + 1}/2026\"]\n");
        return sb.ToString();
    }

    static Plan Make(string name, Func<Builder, Builder> shape)
    {
        var b = shape(new Builder());
        return new Plan(name, b.Yaml(), b.PlaceName, b.SignerName, b.FirstAuthority);
    }

    /// <summary>The base plan and the fields the extremes change.</summary>
    sealed class Builder
    {
        string _profile = "hoi", _type = "Kế hoạch", _symbol = "KH-BTV", _place = "Khánh Hòa", _date = "08/06/2025", _archive = "TC";
        string _subject = "Thực hiện công tác Hội và phong trào phụ nữ năm 2026";
        List<(string? Parent, string Issuer)> _organs = [("Hội LHPN tỉnh Khánh Hòa", "Ban Thường vụ")];
        List<(string[] Authority, string Position, string Name)> _signers = [(["TM. BAN THƯỜNG VỤ"], "Chủ tịch", "Nguyễn Thị Minh Nguyệt")];
        List<(string Name, string? Note)> _recipients = [];
        string _body = "", _extra = "";
        string? _closing;

        public string PlaceName => _place;
        public string SignerName => _signers[0].Name;
        public string FirstAuthority => _signers[0].Authority[0];

        public Builder Profile(string p) { _profile = p; return this; }
        public Builder DocumentType(string t) { _type = t; return this; }
        public Builder Symbol(string s) { _symbol = s; return this; }
        public Builder Place(string p) { _place = p; return this; }
        public Builder Date(string d) { _date = d; return this; }
        public Builder Archive(string a) { _archive = a; return this; }
        public Builder Subject(string s) { _subject = s; return this; }
        public Builder Organ(string? parent, string issuer) { _organs = [(parent, issuer)]; return this; }
        public Builder Organs(params (string? Parent, string Issuer)[] organs) { _organs = [.. organs]; return this; }
        public Builder Signer(string[] authority, string position, string name) { _signers = [(authority, position, name)]; return this; }
        public Builder CoSigners(params (string[] Authority, string Position, string Name)[] signers) { _signers = [.. signers]; return this; }
        public Builder Recipients(List<(string Name, string? Note)> r) { _recipients = r; return this; }
        public Builder Body(string body) { _body = body; return this; }
        public Builder Closing(string closing) { _closing = closing; return this; }
        public Builder Extra(string yaml) { _extra = yaml; return this; }

        public string Yaml()
        {
            var y = new StringBuilder();
            y.Append("the_thuc: ").Append(_profile).Append('\n');
            y.Append("ten_loai: ").Append(Q(_type)).Append('\n');
            y.Append("co_quan:\n");
            foreach (var (parent, issuer) in _organs)
                y.Append("  - { ").Append(parent is null ? "" : $"chu_quan: {Q(parent)}, ").Append("ban_hanh: ").Append(Q(issuer)).Append(" }\n");
            y.Append("so: 12\nky_hieu: ").Append(_symbol).Append('\n');
            y.Append("dia_danh: ").Append(Q(_place)).Append("\nngay: ").Append(_date).Append('\n');
            y.Append("trich_yeu: ").Append(Q(_subject)).Append('\n');
            y.Append("mo_dau:\n  thuc_hien:\n    - Thực hiện Chương trình công tác năm 2026 của cấp trên\n  chu_the: ").Append(Q(_organs[0].Issuer)).Append("\n  xay_dung: Kế hoạch thực hiện\n");
            y.Append("noi_dung: |\n");
            foreach (var line in _body.TrimEnd().Split('\n')) y.Append("  ").Append(line).Append('\n');
            if (_closing is not null) y.Append("ket_luan: ").Append(Q(_closing)).Append('\n');
            y.Append("noi_nhan:\n");
            foreach (var (name, note) in _recipients)
                y.Append(note is null ? $"  - {Q(name)}\n" : $"  - {{ ten: {Q(name)}, ghi_chu: {Q(note)} }}\n");
            y.Append("luu: ").Append(Q(_archive)).Append('\n');
            y.Append("nguoi_ky:\n");
            foreach (var (authority, position, name) in _signers)
                y.Append("  - { quyen_han: [").AppendJoin(", ", authority.Select(Q)).Append("], chuc_vu: ").Append(Q(position)).Append(", ho_ten: ").Append(Q(name)).Append(" }\n");
            y.Append(_extra);
            return y.ToString();
        }

        static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
