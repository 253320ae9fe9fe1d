using ReportKit.Tests.Support;
using static ReportKit.Tests.Support.WordFixture;

namespace ReportKit.Tests.Fixtures;

/// <summary>What a fixture's import must find.</summary>
public sealed record Expect(string Profile, string Issuer, string Symbol, int? Number, string Signer, int Recipients)
{
    public string? Date { get; init; }
    public int? Year { get; init; }
    public string? ReaderNote { get; init; }
    public int Footnotes { get; init; }
    public int NumberingFixes { get; init; }
    public string? Authority { get; init; }
    public bool Annex { get; init; }

    /// <summary>The annexes the import must place, in order: "bang" (a table, with or without text above it), "van_ban" (text only).</summary>
    public string[]? Annexes { get; init; }
}

/// <summary>A plan as a clerk made it in Word: how to build it, and what its import must find.</summary>
public sealed record ClerkPlan(string Name, string Description, Func<(WordFixture Doc, string SectPr)> Build, Expect Expect)
{
    public override string ToString() => Name;
}

/// <summary>
/// Plans written the way Vietnamese offices write them in Word (layouts seen in public documents:
/// NĐ 30's own Word annexes, office templates), each exercising habits the importer must survive.
/// The wording is written for these tests.
/// </summary>
public static partial class ClerkPlans
{
    static readonly Fmt F = Fmt.Body;

    public static readonly ClerkPlan[] All =
    [
        .. WithAnnexes,
        new("hoi-bang-1x2", "header in a borderless 1×2 table, Số pushed down by an empty paragraph, rules drawn as shapes with a VML fallback, typed numbers, Nơi nhận beside the signature in a 1×2 table, page number in the header",
            HeaderTable1x2, new("hoi", "Ban Thường vụ", "KH-BTV", 15, "Hoàng Thị Mai", 5) { Date = "05/03/2025", Authority = "TM. BAN THƯỜNG VỤ" }),
        new("hoi-tab", "header and signature laid out with tabs and spaces, rules typed as dashes after a manual line break, empty paragraphs for the signature space; an unpadded number and date, a trích yếu not bold, a closing pasted in Arial, page numbers at the foot",
            HeaderWithTabs, new("hoi", "Ban Thường vụ", "KH-HPN", 7, "Ma Thị Lan", 4) { Date = "08/03/2025" }),
        new("ubnd-danh-so-word", "a commune People's Committee: Word list numbering (I., 1., a), dashes) restarted with startOverride, header 2×2 with an empty second row, trích yếu in a 1×1 table",
            WordListNumbering, new("nha-nuoc", "Ủy ban nhân dân xã Hoàng Văn Thụ", "KH-UBND", 28, "Triệu Văn Sơn", 4) { Date = "20/03/2025", Authority = "TM. ỦY BAN NHÂN DÂN" }),
        new("tcvn3-vntime", "typed in TCVN3 with .VnTime and .VnTimeH fonts, header 3×2 with an empty middle row",
            Tcvn3Document, new("hoi", "Ban Thường vụ", "KH-HND", 9, "Lò Văn Thành", 3) { Date = "08/01/2025", ReaderNote = "TCVN3" }),
        new("hop-van-ban-chu-thich", "header in text boxes (DrawingML with VML fallback), a footnote, a body table with merged cells",
            TextBoxHeader, new("hoi", "Ban Thường trực", "KH-MTTQ", 12, "Đinh Văn Hải", 3) { Date = "14/04/2025", Footnotes = 1 }),
        new("phu-luc-sau-chu-ky", "an annex after the signature in a landscape US Letter section with its own page numbering",
            AnnexAfterSignature, new("hoi", "Ban Thường vụ", "KH-BTV", 31, "Vi Thị Hồng", 3) { Date = "02/06/2025", Annex = true }),
        new("dang-uy-khoi", "a Party plan: ĐẢNG CỘNG SẢN VIỆT NAM, a star under the organ, Số 45-KH/ĐUK, I- and 1- numbering, T/M, Nơi nhận underlined, lines ending with commas",
            PartyPlan, new("dang", "Đảng ủy Khối các cơ quan tỉnh", "KH/ĐUK", 45, "Nông Văn Tuấn", 4) { Date = "12/03/2025", Authority = "T/M BAN THƯỜNG VỤ" }),
        new("du-thao-so-trong", "a working copy: number and date left as runs of spaces, a stray list format on the type name and one line, Nơi nhận label in row 1 and the list in row 2 of a 2×2 table",
            DraftWithBlanks, new("hoi", "Ban Thường vụ", "KH-BTV", null, "Lý Thị Xuân", 3) { Year = 2025 }),
        new("ky-thay-bang-long", "a deputy signs (KT.), Nơi nhận and signature nested in another table's cell as a 1×3 table with an empty middle column, a recipient wrapped onto a second paragraph",
            NestedSignature, new("nha-nuoc", "Ủy ban nhân dân phường Phùng Chí Kiên", "KH-UBND", 102, "Hà Quang Minh", 4) { Date = "25/02/2025", Authority = "TM. ỦY BAN NHÂN DÂN" }),
        new("tinh-doan", "a Đoàn plan: ĐOÀN TNCS HỒ CHÍ MINH top right, *** under the organ, Số: 25-KH/TĐTN-BTG",
            UnionPlan, new("doan", "BCH Tỉnh đoàn Bắc Kạn", "KH/TĐTN-BTG", 25, "Hoàng Minh Đức", 3) { Date = "10/02/2025", Authority = "TM. BAN THƯỜNG VỤ" }),
        new("vni-times", "typed in VNI-Windows with the VNI-Times font",
            VniDocument, new("hoi", "Ban Thường vụ", "KH-BTV", 4, "Trần Thị Thu", 3) { Date = "03/02/2025", ReaderNote = "VNI" }),
        new("nfd-so-muc-sai", "decomposed (NFD) text as macOS and some converters write it, and numbering mistakes: two \"II.\", \"2.\" after \"3.\"",
            NfdAndNumberingMistakes, new("hoi", "Ban Thường vụ", "KH-BTV", 21, "Lương Thị Nga", 3) { Date = "19/05/2025", NumberingFixes = 4 }),
    ];

    // ---- shared content ------------------------------------------------------------------------

    enum Numbers { Typed, WordList, Party }

    /// <summary>The body of a plan on one theme, numbered the way the fixture asks.</summary>
    static string Body(WordFixture d, Numbers numbers, Fmt? font = null, Func<string, string>? encode = null, bool nfdAndMistakes = false,
        Fmt? capitalsFont = null, Func<string, string>? encodeCapitals = null)
    {
        var f = font ?? F;
        string E(string s) => encode?.Invoke(s) ?? s;
        var sb = new System.Text.StringBuilder();
        int roman = 0, arabic = 0, letter = 0;
        string[] romans = ["I", "II", "III", "IV", "V"];
        string Para(string label, string text, bool bold, (int, int)? num, int indent = 567) =>
            d.P((numbers == Numbers.WordList || label.Length == 0 ? "" : d.R(label + " ", bold ? f.Bold : f)) + d.R(E(text), bold ? f.Bold : f, text),
                jc: "both", firstLine: indent, before: 120, after: 0, line: 276, num: numbers == Numbers.WordList ? num : null,
                label: numbers == Numbers.WordList && num is not null ? label : null);
        string H1(string t)
        {
            roman++; arabic = 0;
            var label = numbers == Numbers.Party ? $"{romans[roman - 1]}-" : $"{romans[roman - 1]}.";
            if (nfdAndMistakes && roman == 3) label = "II.";
            if (capitalsFont is { } cf && encodeCapitals is not null)
                // Old offices typed capitals with tone marks in the capital font (.VnTimeH).
                return d.P(d.R(label + " ", cf.Bold) + d.R(encodeCapitals(t), cf.Bold, t), jc: "both", firstLine: 567, before: 120, after: 0, line: 276);
            return Para(label, t, true, (1, 0));
        }
        string H2(string t)
        {
            arabic++; letter = 0;
            var label = numbers == Numbers.Party ? $"{arabic}-" : $"{arabic}.";
            return Para(label, t, true, (1, 1));
        }
        string L(string t) { letter++; return Para($"{(char)('a' + letter - 1)})", t, false, (1, 2)); }
        string D(string t) => Para("-", t, false, (2, 0));
        string S(string t) => Para("+", t, false, (2, 1));
        string P(string t) => Para("", t, false, null);

        sb.Append(H1("MỤC ĐÍCH, YÊU CẦU"));
        sb.Append(H2("Mục đích"));
        sb.Append(D("Nâng cao nhận thức của cán bộ, hội viên và nhân dân về phòng, chống bạo lực gia đình; góp phần xây dựng gia đình no ấm, tiến bộ, hạnh phúc."));
        sb.Append(D("Phát huy vai trò của các cấp trong tuyên truyền, vận động và hỗ trợ người bị bạo lực gia đình."));
        sb.Append(H2("Yêu cầu"));
        sb.Append(D("Các hoạt động được tổ chức thiết thực, phù hợp với điều kiện thực tế của từng địa phương, đơn vị."));
        sb.Append(D("Bảo đảm tiết kiệm, hiệu quả, có sự phối hợp chặt chẽ với các ban, ngành, đoàn thể liên quan."));
        sb.Append(H1("NỘI DUNG THỰC HIỆN"));
        sb.Append(H2("Công tác tuyên truyền"));
        sb.Append(P("Đẩy mạnh tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 bằng nhiều hình thức phù hợp với từng nhóm đối tượng, chú trọng tuyên truyền trên mạng xã hội và tại các buổi sinh hoạt chi, tổ."));
        if (nfdAndMistakes)
        {
            arabic++; // the source skips a number: "3." comes before "2."
            sb.Append(Para("3.", "Tổ chức các hoạt động hưởng ứng", true, (1, 1)));
            arabic = 1;
        }
        sb.Append(H2("Tổ chức các hoạt động hưởng ứng"));
        sb.Append(L("Tổ chức diễn đàn \"Phụ nữ với pháp luật\" ở ít nhất 50% cơ sở trong năm 2025."));
        sb.Append(L("Duy trì hoạt động của các địa chỉ tin cậy và nhóm phòng, chống bạo lực gia đình tại cộng đồng."));
        sb.Append(H2("Kiểm tra, giám sát"));
        sb.Append(D("Kiểm tra việc triển khai thực hiện tại một số đơn vị trong quý III năm 2025."));
        sb.Append(S("Thành phần đoàn kiểm tra: đại diện lãnh đạo và các bộ phận chuyên môn."));
        sb.Append(S("Nội dung kiểm tra: việc xây dựng kế hoạch, kết quả thực hiện và khó khăn, vướng mắc."));
        sb.Append(H1("KINH PHÍ"));
        sb.Append(P("Kinh phí thực hiện từ nguồn ngân sách cấp cho hoạt động thường xuyên và nguồn xã hội hóa hợp pháp khác."));
        sb.Append(H1("TỔ CHỨC THỰC HIỆN"));
        sb.Append(H2("Bộ phận chuyên môn"));
        sb.Append(P("Tham mưu nội dung, theo dõi, tổng hợp kết quả thực hiện; báo cáo lãnh đạo trước ngày 15/11/2025."));
        sb.Append(H2("Các đơn vị trực thuộc"));
        sb.Append(P("Căn cứ kế hoạch này xây dựng kế hoạch triển khai phù hợp; báo cáo kết quả trước ngày 05/11/2025."));
        return sb.ToString();
    }

    static string Closing(WordFixture d, string text, Fmt? f = null, Func<string, string>? encode = null) =>
        d.P(d.R((encode?.Invoke(text) ?? text) , f ?? F, text), jc: "both", firstLine: 567, before: 120, line: 276);

    static string Center(WordFixture d, string text, Fmt f, int before = 0) => d.P(d.R(text, f), jc: "center", before: before);

    /// <summary>The numbering.xml a clerk's Word writes for a multilevel list and a dash list.</summary>
    const string ListDefinitions =
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"567\"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"567\"/></w:pPr></w:lvl>"
        + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"567\"/></w:pPr></w:lvl>"
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"567\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"+\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"567\"/></w:pPr></w:lvl>"
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"none\"/><w:lvlText w:val=\"\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/><w:lvlJc w:val=\"left\"/><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" w:hint=\"default\"/></w:rPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>"
        + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>";

    static string PageNumberHeader(WordFixture d) => d.Part(true, d.P(PageField(F), jc: "center", record: false));
    static string EmptyHeader(WordFixture d) => d.Part(true, "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>");

    static string A4(WordFixture d) => Section(defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d));

    static string Recipients(WordFixture d, string[] lines, Fmt? label = null, string end = ";", string last = "- Lưu: VT, BTV.")
    {
        var sb = new System.Text.StringBuilder(d.P(d.R("Nơi nhận:", label ?? F.Pt(12).Bold.Italic)));
        foreach (var l in lines) sb.Append(d.P(d.R($"- {l}{end}", F.Pt(11))));
        sb.Append(d.P(d.R(last, F.Pt(11))));
        return sb.ToString();
    }

    static string Signature(WordFixture d, string[] authority, string position, string name, bool positionBold = true)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var a in authority) sb.Append(Center(d, a, F.Bold));
        sb.Append(Center(d, position, positionBold ? F.Bold : F));
        for (var i = 0; i < 4; i++) sb.Append(d.Empty());
        sb.Append(Center(d, name, F.Bold));
        return sb.ToString();
    }

    // ---- the fixtures --------------------------------------------------------------------------

    static (WordFixture, string) HeaderTable1x2()
    {
        var d = new WordFixture();
        var left = Center(d, "HỘI LHPN TỈNH LẠNG SƠN", F.Pt(13)) + Center(d, "BAN THƯỜNG VỤ", F.Pt(13).Bold)
                   + d.P(d.Line(800000, 500000), jc: "center", record: false) + d.Empty() + Center(d, "Số: 15/KH-BTV", F.Pt(13));
        var right = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Pt(14).Bold)
                    + d.P(d.Line(2100000, 500000), jc: "center", record: false) + d.Empty() + Center(d, "Lạng Sơn, ngày 05 tháng 3 năm 2025", F.Italic);
        d.Add(Table([3600, 5700], false, [new Cell(left, 3600), new Cell(right, 5700)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Bold, 240));
        d.Add(Center(d, "Tuyên truyền phòng, chống bạo lực gia đình năm 2025", F.Bold));
        d.Add(d.P(d.Line(1800000, 2000000), jc: "center", record: false));
        d.Add(d.P(d.R("Thực hiện Kế hoạch số 112-KH/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy Lạng Sơn về công tác gia đình năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:", F), jc: "both", firstLine: 567, before: 120, line: 276));
        d.Add(Body(d, Numbers.Typed));
        d.Add(Closing(d, "Trên đây là Kế hoạch tuyên truyền phòng, chống bạo lực gia đình năm 2025 của Ban Thường vụ Hội LHPN tỉnh Lạng Sơn./."));
        var recipients = Recipients(d, ["Trung ương Hội LHPN Việt Nam (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)", "Ban Dân vận Tỉnh ủy", "Hội LHPN các huyện, thành phố", "Các ban chuyên môn"]);
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. BAN THƯỜNG VỤ"], "CHỦ TỊCH", "Hoàng Thị Mai"), 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) HeaderWithTabs()
    {
        var d = new WordFixture { NormalFont = "Arial", NormalSize = 11 };
        string Line(string l, string r, Fmt lf, Fmt rf) => d.P(d.R(l, lf) + d.Tab(lf) + d.Tab(lf) + d.R(r, rf));
        d.Add(Line("HỘI LHPN HUYỆN ĐỊNH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13), F.Pt(13).Bold));
        d.Add(d.P(d.R("   BAN THƯỜNG VỤ", F.Pt(13).Bold) + d.Break(F) + d.R("     -------------", F.Pt(13)) + d.Tab(F) + d.Tab(F) + d.R("       Độc lập - Tự do - Hạnh phúc", F.Bold) + d.Break(F) + d.Tab(F) + d.Tab(F) + d.Tab(F) + d.R("    ---------------------------", F)));
        d.Add(d.Empty());
        d.Add(Line("Số: 7/KH-HPN", "Định Hóa, ngày 8 tháng 3 năm 2025", F.Pt(13), F.Italic));
        d.Add(d.Empty());
        d.Add(Center(d, "KẾ HOẠCH", F.Bold));
        d.Add(Center(d, "Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3", F));
        d.Add(Center(d, "-------------", F));
        d.Add(d.P(d.R("Căn cứ Chương trình công tác năm 2025 của Hội LHPN tỉnh Thái Nguyên, Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch tổ chức các hoạt động như sau:", F), jc: "both", firstLine: 720, before: 120));
        d.Add(Body(d, Numbers.Typed));
        // The closing pasted from another file: Arial 13.
        d.Add(Closing(d, "Trên đây là Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3 của Ban Thường vụ Hội LHPN huyện Định Hóa./.", new Fmt(13, Font: "Arial")));
        d.Add(d.Empty());
        d.Add(d.P(d.R("Nơi nhận:", F.Pt(12).Bold.Italic) + d.Tab(F) + d.Tab(F) + d.Tab(F) + d.Tab(F) + d.R("TM. BAN THƯỜNG VỤ", F.Bold)));
        d.Add(d.P(d.R("- Hội LHPN tỉnh (để báo cáo);", F.Pt(11)) + d.Tab(F) + d.Tab(F) + d.Tab(F) + d.R("CHỦ TỊCH", F.Bold)));
        d.Add(d.P(d.R("- Thường trực Huyện ủy;", F.Pt(11))));
        d.Add(d.P(d.R("- Ban Dân vận Huyện ủy;", F.Pt(11))));
        d.Add(d.P(d.R("- Hội LHPN các xã, thị trấn;", F.Pt(11))));
        d.Add(d.P(d.R("- Lưu: VT.", F.Pt(11))));
        d.Add(d.Empty()); d.Add(d.Empty());
        d.Add(d.P(d.R("                                                                  Ma Thị Lan", F.Bold)));
        return (d, Section(defaultFooter: d.Part(false, d.P(PageField(F), jc: "right", record: false)), titlePage: false));
    }

    static (WordFixture, string) WordListNumbering()
    {
        var d = new WordFixture { NumberingXml = ListDefinitions };
        var left = Center(d, "ỦY BAN NHÂN DÂN", F.Pt(13).Bold) + Center(d, "XÃ HOÀNG VĂN THỤ", F.Pt(13).Bold) + d.P("", jc: "center", bottomBorder: true, record: false);
        var right = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Bold) + d.P("", jc: "center", bottomBorder: true, record: false);
        d.Add(Table([3700, 5600], false,
            [new Cell(left, 3700), new Cell(right, 5600)],
            [new Cell("", 3700), new Cell("", 5600)],
            [new Cell(Center(d, "Số: 28/KH-UBND", F.Pt(13)), 3700), new Cell(Center(d, "Hoàng Văn Thụ, ngày 20 tháng 3 năm 2025", F.Italic), 5600)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Bold, 240));
        d.Add(Table([9300], false, [new Cell(Center(d, "Phòng, chống bạo lực gia đình trên địa bàn xã năm 2025", F.Bold), 9300)]));
        d.Add(d.P(d.R("Thực hiện Kế hoạch số 45/KH-UBND ngày 02/02/2025 của Ủy ban nhân dân tỉnh Lạng Sơn, Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện như sau:", F), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.WordList));
        d.Add(Closing(d, "Trên đây là Kế hoạch phòng, chống bạo lực gia đình năm 2025 của Ủy ban nhân dân xã Hoàng Văn Thụ./."));
        var recipients = Recipients(d, ["Ủy ban nhân dân tỉnh (để báo cáo)", "Thường trực Đảng ủy xã", "Các ban, ngành, đoàn thể xã", "Các thôn"], last: "- Lưu: VT, VHXH.");
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Triệu Văn Sơn"), 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) Tcvn3Document()
    {
        var d = new WordFixture();
        var vn = F with { Font = ".VnTime" };
        var vnH = F with { Font = ".VnTimeH" };
        string T(string s) => LegacyEncoder.ToTcvn3(s);
        string C(string s) => LegacyEncoder.Tcvn3Capitals(s);
        string Cap(string s, Fmt f) => d.P(d.R(C(s), f, s), jc: "center");
        string Low(string s, Fmt f) => d.P(d.R(T(s), f, s), jc: "center");
        d.Add(Table([3600, 5700], false,
            [new Cell(Cap("HỘI NÔNG DÂN TỈNH ĐIỆN BIÊN", vnH.Pt(13)) + Cap("BAN THƯỜNG VỤ", vnH.Pt(13).Bold), 3600), new Cell(Cap("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", vnH.Pt(13).Bold) + Low("Độc lập - Tự do - Hạnh phúc", vn.Bold), 5700)],
            [new Cell(d.P(d.R("_______", vn), jc: "center", record: false), 3600), new Cell(d.P(d.R("_______________________", vn), jc: "center", record: false), 5700)],
            [new Cell(d.P(d.R("Sè: 09/KH-HND", vn.Pt(13), "Số: 09/KH-HND"), jc: "center"), 3600), new Cell(Low("Điện Biên, ngày 08 tháng 01 năm 2025", vn.Italic), 5700)]));
        d.Add(d.P(d.R(C("KẾ HOẠCH"), vnH.Bold, "KẾ HOẠCH"), jc: "center", before: 240));
        d.Add(Low("Tuyên truyền phòng, chống bạo lực gia đình năm 2025", vn.Bold));
        d.Add(d.P(d.R("-------", vn), jc: "center", record: false));
        d.Add(d.P(d.R(T("Thực hiện chương trình công tác năm 2025, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch thực hiện như sau:"), vn, "Thực hiện chương trình công tác năm 2025, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch thực hiện như sau:"), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.Typed, vn, T, capitalsFont: vnH, encodeCapitals: C));
        d.Add(Closing(d, "Trên đây là Kế hoạch tuyên truyền phòng, chống bạo lực gia đình năm 2025 của Ban Thường vụ Hội Nông dân tỉnh Điện Biên./.", vn, T));
        var rec = d.P(d.R(T("Nơi nhận:"), vn.Pt(12).Bold.Italic, "Nơi nhận:")) + d.P(d.R(T("- Trung ương Hội Nông dân Việt Nam;"), vn.Pt(11), "- Trung ương Hội Nông dân Việt Nam;"))
                  + d.P(d.R(T("- Thường trực Tỉnh ủy;"), vn.Pt(11), "- Thường trực Tỉnh ủy;")) + d.P(d.R(T("- Hội Nông dân các huyện;"), vn.Pt(11), "- Hội Nông dân các huyện;")) + d.P(d.R(T("- Lưu: VT."), vn.Pt(11), "- Lưu: VT."));
        var sig = Cap("TM. BAN THƯỜNG VỤ", vnH.Bold) + Cap("CHỦ TỊCH", vnH.Bold) + d.Empty() + d.Empty() + d.Empty() + Low("Lò Văn Thành", vn.Bold);
        d.Add(Table([4100, 5200], false, [new Cell(rec, 4100), new Cell(sig, 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) TextBoxHeader()
    {
        var d = new WordFixture();
        var leftBox = Center(d, "ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", F.Pt(13)) + Center(d, "BAN THƯỜNG TRỰC", F.Pt(13).Bold) + d.P(d.R("______", F), jc: "center", record: false) + Center(d, "Số: 12/KH-MTTQ", F.Pt(13));
        var rightBox = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Bold) + d.P(d.R("________________________", F), jc: "center", record: false) + Center(d, "Cao Bằng, ngày 14 tháng 4 năm 2025", F.Italic);
        d.Add(d.P(d.TextBox(leftBox, 2500000, 900000, -300000) + d.TextBox(rightBox, 3600000, 900000, 2300000), record: false));
        for (var i = 0; i < 5; i++) d.Add(d.Empty());
        d.Add(Center(d, "KẾ HOẠCH", F.Bold));
        d.Add(Center(d, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", F.Bold));
        d.Add(d.P("", jc: "center", bottomBorder: true, record: false));
        d.Add(d.P(d.R("Thực hiện Hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", F) + d.Note(1, "Hướng dẫn số 52/HD-MTTW-BTT ngày 10/3/2025.", F) + d.R(", Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch thực hiện như sau:", F), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.Typed));
        var headerRow = new[] { new Cell(Center(d, "TT", F.Pt(12).Bold), 700), new Cell(Center(d, "Nội dung", F.Pt(12).Bold), 4300), new Cell(Center(d, "Thời gian", F.Pt(12).Bold), 2100), new Cell(Center(d, "Đơn vị chủ trì", F.Pt(12).Bold), 2200) };
        d.Add(Table([700, 4300, 2100, 2200], true, headerRow,
            [new Cell(Center(d, "1", F.Pt(12)), 700), new Cell(d.P(d.R("Họp triển khai kế hoạch", F.Pt(12))), 4300), new Cell(Center(d, "Tháng 9/2025", F.Pt(12)), 2100, VMerge: "restart"), new Cell(Center(d, "Ban Thường trực", F.Pt(12)), 2200)],
            [new Cell(Center(d, "2", F.Pt(12)), 700), new Cell(d.P(d.R("Tổ chức ngày hội ở khu dân cư", F.Pt(12))), 4300), new Cell("", 2100, VMerge: "continue"), new Cell(Center(d, "Ban công tác Mặt trận", F.Pt(12)), 2200)],
            [new Cell(d.P(d.R("Tổng kết, khen thưởng", F.Pt(12))), 5000, Span: 2), new Cell(Center(d, "Tháng 11/2025", F.Pt(12)), 2100), new Cell(Center(d, "Ban Thường trực", F.Pt(12)), 2200)]));
        d.Add(Closing(d, "Trên đây là Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng./."));
        var recipients = Recipients(d, ["Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thường trực Tỉnh ủy", "Ủy ban MTTQ các xã, phường"], last: "- Lưu: VT.");
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. BAN THƯỜNG TRỰC"], "CHỦ TỊCH", "Đinh Văn Hải"), 5200)]));
        return (d, A4(d));
    }

    /// <summary>The annex with "PHỤ LỤC: title" on one line, as many offices type it.</summary>
    public static (WordFixture, string) AnnexLabelAndTitleOnOneLine() => AnnexAfterSignature(oneLine: true);

    static (WordFixture, string) AnnexAfterSignature() => AnnexAfterSignature(oneLine: false);

    static (WordFixture, string) AnnexAfterSignature(bool oneLine)
    {
        var (d, _) = HeaderTable1x2Variant("Số: 31/KH-BTV", "Lạng Sơn, ngày 02 tháng 6 năm 2025", "Vi Thị Hồng", "Triển khai chương trình hỗ trợ phụ nữ khởi nghiệp năm 2025", withAnnexReference: true);
        // The annex: its own section, landscape US Letter (a clerk's printer default), page numbers restart.
        d.Add(d.P("", sectPr: Section(defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)), record: false));
        if (oneLine) d.Add(Center(d, "PHỤ LỤC: CHỈ TIÊU HỖ TRỢ PHỤ NỮ KHỞI NGHIỆP NĂM 2025", F.Bold));
        else
        {
            d.Add(Center(d, "Phụ lục", F.Bold));
            d.Add(Center(d, "CHỈ TIÊU HỖ TRỢ PHỤ NỮ KHỞI NGHIỆP NĂM 2025", F.Bold));
        }
        d.Add(Center(d, "(Kèm theo Kế hoạch số 31/KH-BTV ngày 02 tháng 6 năm 2025 của Ban Thường vụ Hội LHPN tỉnh Lạng Sơn)", F.Italic));
        d.Add(Table([900, 6000, 2500, 3500], true,
            [new Cell(Center(d, "STT", F.Pt(12).Bold), 900), new Cell(Center(d, "Chỉ tiêu", F.Pt(12).Bold), 6000), new Cell(Center(d, "Đơn vị tính", F.Pt(12).Bold), 2500), new Cell(Center(d, "Năm 2025", F.Pt(12).Bold), 3500)],
            [new Cell(Center(d, "1", F.Pt(12)), 900), new Cell(d.P(d.R("Ý tưởng khởi nghiệp được hỗ trợ", F.Pt(12))), 6000), new Cell(Center(d, "ý tưởng", F.Pt(12)), 2500), new Cell(Center(d, "20", F.Pt(12)), 3500)],
            [new Cell(Center(d, "2", F.Pt(12)), 900), new Cell(d.P(d.R("Hợp tác xã do phụ nữ quản lý thành lập mới", F.Pt(12))), 6000), new Cell(Center(d, "HTX", F.Pt(12)), 2500), new Cell(Center(d, "03", F.Pt(12)), 3500)]));
        return (d, Section(width: 15840, height: 12240, landscape: true, top: 1134, bottom: 851, left: 1134, right: 851, pageStart: 1, defaultHeader: PageNumberHeader(d), firstHeader: EmptyHeader(d)));
    }

    static (WordFixture, string) HeaderTable1x2Variant(string number, string date, string signer, string subject, bool withAnnexReference = false)
    {
        var d = new WordFixture();
        var left = Center(d, "HỘI LHPN TỈNH LẠNG SƠN", F.Pt(13)) + Center(d, "BAN THƯỜNG VỤ", F.Pt(13).Bold) + d.P(d.Line(800000, 500000), jc: "center", record: false) + Center(d, number, F.Pt(13));
        var right = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Pt(14).Bold) + d.P(d.Line(2100000, 500000), jc: "center", record: false) + Center(d, date, F.Italic);
        d.Add(Table([3600, 5700], false, [new Cell(left, 3600), new Cell(right, 5700)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Bold, 240));
        d.Add(Center(d, subject, F.Bold));
        d.Add(d.P(d.Line(1800000, 2000000), jc: "center", record: false));
        d.Add(d.P(d.R("Thực hiện Chương trình công tác năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:", F), jc: "both", firstLine: 567, before: 120, line: 276));
        d.Add(Body(d, Numbers.Typed));
        d.Add(Closing(d, withAnnexReference ? "Chỉ tiêu cụ thể tại Phụ lục kèm theo Kế hoạch này. Trên đây là Kế hoạch của Ban Thường vụ Hội LHPN tỉnh Lạng Sơn./." : "Trên đây là Kế hoạch của Ban Thường vụ Hội LHPN tỉnh Lạng Sơn./."));
        var recipients = Recipients(d, ["Trung ương Hội (để báo cáo)", "Thường trực Tỉnh ủy", "Hội LHPN các huyện, thành phố"]);
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. BAN THƯỜNG VỤ"], "PHÓ CHỦ TỊCH", signer), 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) PartyPlan()
    {
        var d = new WordFixture();
        var left = Center(d, "ĐẢNG BỘ TỈNH THÁI NGUYÊN", F) + Center(d, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", F.Bold) + Center(d, "*", F) + Center(d, "Số 45-KH/ĐUK", F);
        var right = d.P(d.R("ĐẢNG CỘNG SẢN VIỆT NAM", F.Pt(15).Bold), jc: "center", bottomBorder: true) + d.Empty() + d.Empty() + Center(d, "Thái Nguyên, ngày 12 tháng 3 năm 2025", F.Italic);
        d.Add(Table([4300, 5000], false, [new Cell(left, 4300), new Cell(right, 5000)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Pt(16).Bold, 240));
        d.Add(Center(d, "tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam", F.Bold));
        d.Add(Center(d, "-----", F));
        d.Add(d.P(d.R("Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 20/12/2024 của Ban Tuyên giáo Tỉnh ủy; Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch tuyên truyền như sau:", F), jc: "both", firstLine: 567, before: 120, line: 360, lineRule: "exact"));
        d.Add(Body(d, Numbers.Party));
        d.Add(Closing(d, "Căn cứ kế hoạch này, các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện phù hợp, báo cáo kết quả về Ban Tuyên giáo Đảng ủy Khối./."));
        var rec = d.P(d.R("Nơi nhận:", F with { U = true })) + d.P(d.R("- Ban Tuyên giáo Tỉnh ủy (để báo cáo),", F.Pt(12))) + d.P(d.R("- Thường trực Đảng ủy Khối,", F.Pt(12)))
                  + d.P(d.R("- Các ban, đoàn thể Khối,", F.Pt(12))) + d.P(d.R("- Các chi, đảng bộ cơ sở,", F.Pt(12))) + d.P(d.R("- Lưu Văn phòng Đảng ủy.", F.Pt(12)));
        d.Add(Table([4300, 5000], false, [new Cell(rec, 4300), new Cell(Signature(d, ["T/M BAN THƯỜNG VỤ"], "PHÓ BÍ THƯ", "Nông Văn Tuấn", positionBold: false), 5000)]));
        return (d, A4(d));
    }

    static (WordFixture, string) DraftWithBlanks()
    {
        var d = new WordFixture { NumberingXml = ListDefinitions };
        var left = Center(d, "HỘI LHPN TỈNH TUYÊN QUANG", F.Pt(13)) + Center(d, "BAN THƯỜNG VỤ", F.Pt(13).Bold) + d.P(d.Line(800000, 500000), jc: "center", record: false) + Center(d, "Số:        /KH-BTV", F.Pt(13));
        var right = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Bold) + d.P(d.Line(2100000, 500000), jc: "center", record: false) + Center(d, "Tuyên Quang, ngày      tháng      năm 2025", F.Italic);
        d.Add(Table([3600, 5700], false, [new Cell(left, 3600), new Cell(right, 5700)]));
        // A list format left on the title line by a copy-paste (its number format shows nothing).
        d.Add(d.P(d.R("KẾ HOẠCH", F.Bold), jc: "center", before: 240, num: (4, 0), style: "ListParagraph"));
        d.Add(Center(d, "Tổ chức Tháng hành động vì bình đẳng giới năm 2025", F.Bold));
        d.Add(d.P(d.Line(1800000, 2000000), jc: "center", record: false));
        d.Add(d.P(d.R("Thực hiện chương trình công tác năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:", F), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.Typed));
        // A stray bullet on a single line of the closing.
        d.Add(d.P(d.R("Trên đây là Kế hoạch tổ chức Tháng hành động vì bình đẳng giới năm 2025 của Ban Thường vụ Hội LHPN tỉnh Tuyên Quang./.", F), jc: "both", firstLine: 567, before: 120, num: (5, 0), label: "•"));
        var rec = d.P(d.R("- Trung ương Hội (để báo cáo);", F.Pt(11))) + d.P(d.R("- Thường trực Tỉnh ủy;", F.Pt(11))) + d.P(d.R("- Hội LHPN các huyện, thành phố;", F.Pt(11))) + d.P(d.R("- Lưu: VT.", F.Pt(11)));
        d.Add(Table([4100, 5200], false,
            [new Cell(d.P(d.R("Nơi nhận:", F.Pt(12).Bold.Italic)), 4100), new Cell(Center(d, "TM. BAN THƯỜNG VỤ", F.Bold) + Center(d, "CHỦ TỊCH", F.Bold), 5200)],
            [new Cell(rec, 4100), new Cell(d.Empty() + d.Empty() + d.Empty() + Center(d, "Lý Thị Xuân", F.Bold), 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) NestedSignature()
    {
        var d = new WordFixture();
        var left = Center(d, "ỦY BAN NHÂN DÂN", F.Pt(13).Bold) + Center(d, "PHƯỜNG PHÙNG CHÍ KIÊN", F.Pt(13).Bold) + d.P("", jc: "center", bottomBorder: true, record: false) + Center(d, "Số: 102/KH-UBND", F.Pt(13));
        var right = Center(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", F.Pt(13).Bold) + Center(d, "Độc lập - Tự do - Hạnh phúc", F.Bold) + d.P("", jc: "center", bottomBorder: true, record: false) + Center(d, "Phùng Chí Kiên, ngày 25 tháng 02 năm 2025", F.Italic);
        d.Add(Table([3700, 5600], false, [new Cell(left, 3700), new Cell(right, 5600)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Bold, 240));
        d.Add(Center(d, "Thực hiện công tác gia đình trên địa bàn phường năm 2025", F.Bold));
        d.Add(d.P("", jc: "center", bottomBorder: true, record: false));
        d.Add(d.P(d.R("Căn cứ Luật Phòng, chống bạo lực gia đình ngày 14 tháng 11 năm 2022;", F.Italic), jc: "both", firstLine: 567, before: 120));
        d.Add(d.P(d.R("Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh Bắc Kạn.", F.Italic), jc: "both", firstLine: 567, before: 120));
        d.Add(d.P(d.R("Ủy ban nhân dân phường ban hành Kế hoạch thực hiện công tác gia đình năm 2025 như sau:", F), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.Typed));
        d.Add(Closing(d, "Trên đây là Kế hoạch thực hiện công tác gia đình năm 2025 của Ủy ban nhân dân phường Phùng Chí Kiên./."));
        var rec = d.P(d.R("Nơi nhận:", F.Pt(12).Bold.Italic)) + d.P(d.R("- Sở Văn hóa, Thể thao và Du lịch,", F.Pt(11))) + d.P(d.R("  Ủy ban nhân dân tỉnh (để báo cáo);", F.Pt(11)))
                  + d.P(d.R("- Thường trực Đảng ủy phường;", F.Pt(11))) + d.P(d.R("- Các ban, ngành, đoàn thể phường;", F.Pt(11))) + d.P(d.R("- Các tổ dân phố;", F.Pt(11))) + d.P(d.R("- Lưu: VT, VHXH.", F.Pt(11)));
        var sig = Center(d, "TM. ỦY BAN NHÂN DÂN", F.Bold) + Center(d, "KT. CHỦ TỊCH", F.Bold) + Center(d, "PHÓ CHỦ TỊCH", F.Bold) + d.Empty() + d.Empty() + d.Empty() + Center(d, "Hà Quang Minh", F.Bold);
        var inner = Table([3900, 600, 4600], false, [new Cell(rec, 3900), new Cell("", 600), new Cell(sig, 4600)]);
        d.Add(Table([9300], false, [new Cell(inner + "<w:p/>", 9300)]));
        return (d, A4(d));
    }

    static (WordFixture, string) UnionPlan()
    {
        var d = new WordFixture();
        d.Add(Table([4000, 5300], false,
            [new Cell(Center(d, "BCH TỈNH ĐOÀN BẮC KẠN", F.Pt(14).Bold) + Center(d, "***", F), 4000), new Cell(d.P(d.R("ĐOÀN TNCS HỒ CHÍ MINH", F.Pt(15).Bold), jc: "center", bottomBorder: true), 5300)],
            [new Cell(Center(d, "Số: 25-KH/TĐTN-BTG", F), 4000), new Cell(Center(d, "Bắc Kạn, ngày 10 tháng 02 năm 2025", F.Italic), 5300)]));
        d.Add(Center(d, "KẾ HOẠCH", F.Pt(16).Bold, 240));
        d.Add(Center(d, "Tổ chức Tháng Thanh niên năm 2025", F.Bold));
        d.Add(Center(d, "-----------", F));
        d.Add(d.P(d.R("Thực hiện Kế hoạch số 300-KH/TWĐTN-BTG của Ban Bí thư Trung ương Đoàn, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Tháng Thanh niên như sau:", F), jc: "both", firstLine: 720, before: 120, line: 276));
        d.Add(Body(d, Numbers.Typed));
        d.Add(Closing(d, "Trên đây là Kế hoạch tổ chức Tháng Thanh niên năm 2025 của Ban Thường vụ Tỉnh đoàn Bắc Kạn./."));
        var recipients = Recipients(d, ["Trung ương Đoàn (để báo cáo)", "Thường trực Tỉnh ủy", "Các huyện, thành đoàn"], last: "- Lưu VP.");
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, ["TM. BAN THƯỜNG VỤ"], "PHÓ BÍ THƯ", "Hoàng Minh Đức"), 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) VniDocument()
    {
        var d = new WordFixture();
        var vni = F with { Font = "VNI-Times" };
        string V(string s) => LegacyEncoder.ToVni(s);
        string C(string s, Fmt f) => d.P(d.R(V(s), f, s), jc: "center");
        d.Add(Table([3600, 5700], false,
            [new Cell(C("HỘI LHPN THÀNH PHỐ CẦN THƠ", vni.Pt(13)) + C("BAN THƯỜNG VỤ", vni.Pt(13).Bold) + d.P("", jc: "center", bottomBorder: true, record: false) + C("Số: 04/KH-BTV", vni.Pt(13)), 3600),
             new Cell(C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", vni.Pt(13).Bold) + C("Độc lập - Tự do - Hạnh phúc", vni.Bold) + d.P("", jc: "center", bottomBorder: true, record: false) + C("Cần Thơ, ngày 03 tháng 02 năm 2025", vni.Italic), 5700)]));
        d.Add(d.P(d.R(V("KẾ HOẠCH"), vni.Bold, "KẾ HOẠCH"), jc: "center", before: 240));
        d.Add(C("Tuyên truyền phòng, chống bạo lực gia đình năm 2025", vni.Bold));
        d.Add(d.P("", jc: "center", bottomBorder: true, record: false));
        d.Add(d.P(d.R(V("Thực hiện chương trình công tác năm 2025, Ban Thường vụ Hội LHPN thành phố xây dựng Kế hoạch thực hiện như sau:"), vni, "Thực hiện chương trình công tác năm 2025, Ban Thường vụ Hội LHPN thành phố xây dựng Kế hoạch thực hiện như sau:"), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.Typed, vni, V));
        d.Add(Closing(d, "Trên đây là Kế hoạch tuyên truyền phòng, chống bạo lực gia đình năm 2025 của Ban Thường vụ Hội LHPN thành phố Cần Thơ./.", vni, V));
        var rec = d.P(d.R(V("Nơi nhận:"), vni.Pt(12).Bold.Italic, "Nơi nhận:")) + d.P(d.R(V("- Trung ương Hội;"), vni.Pt(11), "- Trung ương Hội;"))
                  + d.P(d.R(V("- Thường trực Thành ủy;"), vni.Pt(11), "- Thường trực Thành ủy;")) + d.P(d.R(V("- Hội LHPN các quận, huyện;"), vni.Pt(11), "- Hội LHPN các quận, huyện;")) + d.P(d.R(V("- Lưu: VT."), vni.Pt(11), "- Lưu: VT."));
        var sig = C("TM. BAN THƯỜNG VỤ", vni.Bold) + C("CHỦ TỊCH", vni.Bold) + d.Empty() + d.Empty() + d.Empty() + C("Trần Thị Thu", vni.Bold);
        d.Add(Table([4100, 5200], false, [new Cell(rec, 4100), new Cell(sig, 5200)]));
        return (d, A4(d));
    }

    static (WordFixture, string) NfdAndNumberingMistakes()
    {
        var d = new WordFixture();
        string N(string s) => s.Normalize(System.Text.NormalizationForm.FormD);
        var left = Center(d, N("HỘI LHPN TỈNH HÀ GIANG"), F.Pt(13)) + Center(d, N("BAN THƯỜNG VỤ"), F.Pt(13).Bold) + d.P("", jc: "center", bottomBorder: true, record: false) + Center(d, N("Số: 21/KH-BTV"), F.Pt(13));
        var right = Center(d, N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), F.Pt(13).Bold) + Center(d, N("Độc lập - Tự do - Hạnh phúc"), F.Bold) + d.P("", jc: "center", bottomBorder: true, record: false) + Center(d, N("Hà Giang, ngày 19 tháng 5 năm 2025"), F.Italic);
        d.Add(Table([3600, 5700], false, [new Cell(left, 3600), new Cell(right, 5700)]));
        d.Add(Center(d, N("KẾ HOẠCH"), F.Bold, 240));
        d.Add(Center(d, N("Tuyên truyền phòng, chống bạo lực gia đình năm 2025"), F.Bold));
        d.Add(d.P("", jc: "center", bottomBorder: true, record: false));
        d.Add(d.P(d.R(N("Thực hiện chương trình công tác năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:"), F), jc: "both", firstLine: 567, before: 120));
        d.Add(Body(d, Numbers.Typed, encode: N, nfdAndMistakes: true));
        d.Add(Closing(d, N("Trên đây là Kế hoạch của Ban Thường vụ Hội LHPN tỉnh Hà Giang./.")));
        var recipients = Recipients(d, [N("Trung ương Hội (để báo cáo)"), N("Thường trực Tỉnh ủy"), N("Hội LHPN các huyện, thành phố")], last: N("- Lưu: VT."));
        d.Add(Table([4100, 5200], false, [new Cell(recipients, 4100), new Cell(Signature(d, [N("TM. BAN THƯỜNG VỤ")], N("CHỦ TỊCH"), N("Lương Thị Nga")), 5200)]));
        return (d, A4(d));
    }
}
