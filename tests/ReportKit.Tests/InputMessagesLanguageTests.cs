using System.Globalization;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Localization;
using ReportKit.Pipeline;
using ReportKit.Profiles;
using ReportKit.Safety;
using ReportKit.Tests.Support;
using ReportKit.Text;

namespace ReportKit.Tests;

/// <summary>
/// What a clerk reads when an input is wrong (a plan's YAML, a workbook, a profile, a template, a
/// limit), in Vietnamese by default and in English on request: the place (file:line:column,
/// file!sheet!cell), the keys and the values typed stay as written, the words around them change.
/// </summary>
public class InputMessagesLanguageTests
{
    static List<string> PlanErrors(CultureInfo language, string yaml) => TestLanguage.In(language, () =>
    {
        var bag = new DiagnosticBag();
        PlanLoader.Parse(yaml, "ke-hoach.yaml", bag);
        return bag.Items.Select(d => d.ToString()).ToList();
    });

    [Fact]
    public void A_date_that_does_not_exist()
    {
        var yaml = Plans.Minimal.Replace("ngay: 08/06/2021", "ngay: 31/02/2021");
        Assert.Equal(["ke-hoach.yaml:7:7: ngay: \"31/02/2021\" không phải là ngày có thật"], PlanErrors(UiLanguage.Vietnamese, yaml));
        Assert.Equal(["ke-hoach.yaml:7:7: ngay: \"31/02/2021\" is not a date"], PlanErrors(UiLanguage.English, yaml));
    }

    [Theory]
    [InlineData("so: 5\ntrich_yeu: Thực hiện: công tác Hội\n", "2:21", "dấu ':' không được đứng ở đây", "':' is not allowed here")]
    [InlineData("so: 5\n ky_hieu: KH-BTV\n", "2:9", "dấu ':' không được đứng ở đây", "':' is not allowed here")]
    [InlineData("noi_nhan: [Tỉnh ủy, UBND tỉnh\n", "2:1", "thiếu dấu ',' hoặc dấu đóng ngoặc", "lacks a ',' or its closing bracket")]
    [InlineData("noi_nhan:\n  - Tỉnh ủy\n  ban_hanh: x\n", "3:3", "phải là một dòng danh sách bắt đầu bằng '-'", "a list line starting with '-'")]
    [InlineData("trich_yeu: \"Thực hiện \\q\"\n", "1:12", "ký tự sau dấu '\\' trong chuỗi nháy kép không hợp lệ", "is not a valid escape")]
    [InlineData("co_quan: [\n", "2:1", "thiếu giá trị ở chỗ này", "a value is missing here")]
    public void A_yaml_slip_told_in_words_not_the_parser_s_english(string yaml, string at, string vietnamese, string english)
    {
        var vi = Assert.Single(PlanErrors(UiLanguage.Vietnamese, yaml));
        Assert.StartsWith($"ke-hoach.yaml:{at}: YAML sai cú pháp: ", vi);
        Assert.Contains(vietnamese, vi);
        var en = Assert.Single(PlanErrors(UiLanguage.English, yaml));
        Assert.StartsWith($"ke-hoach.yaml:{at}: malformed YAML: ", en);
        Assert.Contains(english, en);
    }

    [Fact]
    public void A_date_written_another_way()
    {
        var yaml = Plans.Minimal.Replace("ngay: 08/06/2021", "ngay: 8 tháng 6");
        Assert.Equal(["ke-hoach.yaml:7:7: ngay: \"8 tháng 6\" không phải là ngày tháng (hãy viết theo dạng dd/mm/yyyy, ví dụ 08/06/2021)"], PlanErrors(UiLanguage.Vietnamese, yaml));
        Assert.Equal(["ke-hoach.yaml:7:7: ngay: \"8 tháng 6\" is not a date (write dd/mm/yyyy, e.g. 08/06/2021)"], PlanErrors(UiLanguage.English, yaml));
    }

    [Fact]
    public void A_misspelt_key_and_the_field_it_leaves_missing()
    {
        var yaml = Plans.Minimal.Replace("trich_yeu:", "trich_yue:");
        Assert.Equal(
            ["ke-hoach.yaml:8:1: không có khóa 'trich_yue' (có phải là 'trich_yeu'?)", "ke-hoach.yaml:1:1: trich_yeu: thiếu mục bắt buộc này"],
            PlanErrors(UiLanguage.Vietnamese, yaml).OrderByDescending(e => e.Contains("trich_yue")));
        Assert.Equal(
            ["ke-hoach.yaml:8:1: unknown key 'trich_yue' (did you mean 'trich_yeu'?)", "ke-hoach.yaml:1:1: trich_yeu: required field is missing"],
            PlanErrors(UiLanguage.English, yaml).OrderByDescending(e => e.Contains("trich_yue")));
    }

    [Fact]
    public void An_empty_field_and_an_empty_recipient()
    {
        var yaml = Plans.Minimal.Replace("dia_danh: Khánh Hòa", "dia_danh:").Replace("  - Thường trực Tỉnh ủy", "  -");
        Assert.Equal(["dia_danh: mục bắt buộc nhưng đang để trống", "noi_nhan: có một mục để trống; hãy viết nội dung hoặc xóa dòng đó"],
            PlanErrors(UiLanguage.Vietnamese, yaml).Select(e => e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Order());
        Assert.Equal(["dia_danh: required field is empty", "noi_nhan: an item is empty; write its text or remove the line"],
            PlanErrors(UiLanguage.English, yaml).Select(e => e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Order());
    }

    [Fact]
    public void A_tab_in_the_indentation()
    {
        var yaml = Plans.Minimal.Replace("  ban_hanh:", "\tban_hanh:");
        Assert.Equal(["ke-hoach.yaml:3:1: có ký tự tab ở đầu dòng: YAML chỉ thụt lề bằng dấu cách; hãy thay tab bằng dấu cách"], PlanErrors(UiLanguage.Vietnamese, yaml));
        Assert.Equal(["ke-hoach.yaml:3:1: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces"], PlanErrors(UiLanguage.English, yaml));
    }

    [Fact]
    public void An_invisible_character_typed_into_a_value()
    {
        var yaml = Plans.Minimal.Replace("ky_hieu: KH-BTV", "ky_hieu: \"KH-\\u202EBTV\"");
        Assert.Contains("ký tự ẩn U+202E (RIGHT-TO-LEFT OVERRIDE), được viết dưới dạng mã thoát trong chuỗi đặt trong nháy này, không được phép có: ký tự này đảo thứ tự hiển thị",
            Assert.Single(PlanErrors(UiLanguage.Vietnamese, yaml)));
        Assert.Contains("invisible character U+202E (RIGHT-TO-LEFT OVERRIDE), written as an escape in this quoted text, is not allowed: it changes the order",
            Assert.Single(PlanErrors(UiLanguage.English, yaml)));
    }

    [Fact]
    public void A_figure_written_with_a_grouping_dot()
    {
        var vi = TestLanguage.In(UiLanguage.Vietnamese, () => TargetValueParser.Parse("2.700").Error);
        var en = TestLanguage.In(UiLanguage.English, () => TargetValueParser.Parse("2.700").Error);
        Assert.Equal("\"2.700\" chưa rõ nghĩa: viết 2700 nếu là số đếm (không dùng dấu chấm phân cách hàng nghìn) hoặc 2,700 nếu là số thập phân", vi);
        Assert.Equal("\"2.700\" is ambiguous: write 2700 for a count (no grouping dot) or 2,700 for a decimal", en);
    }

    [Fact]
    public void A_workbook_that_is_not_one()
    {
        using var dir = new Repo.TempDir();
        var empty = dir.File("chi-tieu.xlsx", "");
        var csv = dir.File("don-vi.xlsx", "ma;ten\nX1;Xã Một\n");
        string Error(CultureInfo language, string path) => TestLanguage.In(language, () =>
        {
            var bag = new DiagnosticBag();
            WorkbookGrid.Open(path, bag);
            return bag.Items.Single().ToString();
        });
        Assert.Equal("chi-tieu.xlsx: tệp rỗng (0 byte), không phải là bảng tính; hãy lưu lại bảng tính từ Excel", Error(UiLanguage.Vietnamese, empty));
        Assert.Equal("chi-tieu.xlsx: the file is empty (0 bytes): not a workbook; save the workbook again from Excel", Error(UiLanguage.English, empty));
        Assert.Equal("don-vi.xlsx: là tệp văn bản (CSV?) mang tên của bảng tính, không phải bảng tính .xlsx; hãy mở bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx)", Error(UiLanguage.Vietnamese, csv));
        Assert.Equal("don-vi.xlsx: is a text file (CSV?) with a workbook's name, not an .xlsx workbook; open it in Excel and save it as Excel Workbook (.xlsx)", Error(UiLanguage.English, csv));
    }

    [Fact]
    public void A_workbook_cell_that_is_wrong_is_named_by_sheet_and_cell()
    {
        using var dir = new Repo.TempDir();
        var path = Workbooks.Write(Path.Combine(dir.Path, "chi-tieu.xlsx"), wb =>
        {
            wb.Worksheet("chi_tieu").Cell("E2").Value = "trung binh";      // not a rule
            wb.Worksheet("phan_bo").Cell("E1").Value = "thoat_ngeo";      // a typo for a target code
        });
        List<string> Errors(CultureInfo language) => TestLanguage.In(language, () =>
        {
            var bag = new DiagnosticBag();
            TargetWorkbookReader.Read(path, bag);
            return bag.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        });
        Assert.Equal([
            "chi-tieu.xlsx!chi_tieu!E2: \"trung binh\" không phải là cách tổng hợp (sum, rate, norm hoặc none)",
            "chi-tieu.xlsx!phan_bo!E1: \"thoat_ngeo\" không phải là mã chỉ tiêu trong trang tính chi_tieu (có phải là 'thoat_ngheo'?)",
        ], Errors(UiLanguage.Vietnamese));
        Assert.Equal([
            "chi-tieu.xlsx!chi_tieu!E2: \"trung binh\" is not a rule (sum, rate, norm or none)",
            "chi-tieu.xlsx!phan_bo!E1: \"thoat_ngeo\" is not a target code from the chi_tieu sheet (did you mean 'thoat_ngheo'?)",
        ], Errors(UiLanguage.English));
    }

    [Fact]
    public void A_limit_reached_says_how_to_raise_it()
    {
        string Error(CultureInfo language) => TestLanguage.In(language, () =>
        {
            var bag = new DiagnosticBag();
            using (Limits.Use(Limits.Default with { YamlDepth = 3 }))
                YamlFile.Parse("a:\n  b:\n    c:\n      d: 1\n", "x.yaml", bag, "expected a mapping");
            return bag.Items.Single().ToString();
        });
        Assert.Equal("x.yaml:4:7: danh sách và nhóm khóa lồng nhau quá 3 cấp ở đây: hãy kiểm tra dấu ngoặc và thụt lề (giới hạn yaml-depth = 3; muốn nâng thì dùng --limit yaml-depth=N hoặc biến môi trường REPORTKIT_LIMITS=\"yaml-depth=N\")", Error(UiLanguage.Vietnamese));
        Assert.Equal("x.yaml:4:7: lists and mappings are nested more than 3 levels deep here: check the brackets and indentation (limit yaml-depth = 3; raise it with --limit yaml-depth=N or the environment variable REPORTKIT_LIMITS=\"yaml-depth=N\")", Error(UiLanguage.English));
    }

    [Theory]
    [InlineData("yaml-dept=5", "--limit: không có giới hạn nào tên 'yaml-dept' (có phải là 'yaml-depth'?)", "--limit: unknown limit 'yaml-dept' (did you mean 'yaml-depth'?)")]
    [InlineData("workbook-rows=nhieu", "--limit: workbook-rows: \"nhieu\" không phải là một số dương (đơn vị: dòng)", "--limit: workbook-rows: \"nhieu\" is not a positive number of rows")]
    [InlineData("file-size=0", "--limit: file-size: \"0\" không phải là một dung lượng dương (ví dụ 20MB)", "--limit: file-size: \"0\" is not a positive number of bytes (e.g. 20MB)")]
    public void A_limit_set_wrongly(string setting, string vietnamese, string english)
    {
        string Error(CultureInfo language) => TestLanguage.In(language, () =>
            Assert.Throws<ReportKitException>(() => Limits.Default.With(setting, "--limit")).Diagnostics.Single().ToString());
        Assert.Equal(vietnamese, Error(UiLanguage.Vietnamese));
        Assert.Equal(english, Error(UiLanguage.English));
    }

    [Fact]
    public void A_file_saved_in_an_old_encoding()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "ke-hoach.yaml");
        File.WriteAllBytes(path, [.. "trich_yeu: "u8, 0xC3, 0xF4, 0xEA, 0xE1, (byte)'\n']);
        string Error(CultureInfo language) => TestLanguage.In(language, () =>
        {
            var bag = new DiagnosticBag();
            TextFile.Read(path, bag);
            return bag.Items.Single().Message;
        });
        Assert.StartsWith("tệp không phải UTF-8: ", Error(UiLanguage.Vietnamese));
        Assert.EndsWith("UTF-8", Error(UiLanguage.Vietnamese));
        Assert.StartsWith("the file is not UTF-8: ", Error(UiLanguage.English));
    }

    [Fact]
    public void A_profile_whose_margins_leave_no_room()
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("rieng.yaml", "ten: rieng\ntrang:\n  trai: 100\n  phai: 100\n");
        string Error(CultureInfo language) => TestLanguage.In(language, () =>
            Assert.Throws<ReportKitException>(() => ProfileLoader.LoadFile(path)).Diagnostics.Single().ToString());
        Assert.EndsWith("trang.trai: lề trái và lề phải 100 + 100 mm chỉ còn lại chưa tới 80 mm cho chữ trên trang rộng 210 mm", Error(UiLanguage.Vietnamese));
        Assert.EndsWith("trang.trai: left and right margins of 100 + 100 mm leave less than 80 mm of the 210 mm page for text", Error(UiLanguage.English));
    }

    [Fact]
    public void A_template_that_names_a_value_the_plan_does_not_have()
    {
        using var dir = new Repo.TempDir();
        dir.File("mau-rieng.sbn", "{{ trich_yeu }}\n{{ chi_tieu_moi }}\n");
        var plan = dir.File("ke-hoach.yaml", "mau: mau-rieng.sbn\n" + Plans.Minimal);
        string Error(CultureInfo language) => TestLanguage.In(language, () =>
            Assert.Throws<ReportKitException>(() => new PlanRenderer(Repo.Templates).Prepare(plan)).Diagnostics.Single().ToString());
        Assert.Equal("mau-rieng.sbn:2:4: không tìm thấy biến hoặc hàm `chi_tieu_moi`: hãy kiểm tra lại tên trong mẫu, hoặc thêm giá trị đó vào kế hoạch (dưới bien)", Error(UiLanguage.Vietnamese));
        Assert.Equal("mau-rieng.sbn:2:4: The variable or function `chi_tieu_moi` was not found", Error(UiLanguage.English));
    }

    [Fact]
    public void A_clerk_running_reportgen_reads_the_error_in_Vietnamese_and_IT_staff_can_ask_for_English()
    {
        using var dir = new Repo.TempDir();
        dir.File("ke-hoach.yaml", Plans.Minimal.Replace("ngay: 08/06/2021", "ngay: 31/02/2021"));
        var vi = Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null }, dir.Path, "render", "ke-hoach.yaml", "-o", "out");
        var en = Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null }, dir.Path, "--lang", "en", "render", "ke-hoach.yaml", "-o", "out");
        Assert.Equal((1, 1), (vi.ExitCode, en.ExitCode));
        Assert.Contains("ke-hoach.yaml:7:7: ngay: \"31/02/2021\" không phải là ngày có thật", vi.Stderr);
        Assert.Contains("ke-hoach.yaml:7:7: ngay: \"31/02/2021\" is not a date", en.Stderr);
    }
}
