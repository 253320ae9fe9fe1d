using ReportKit.Localization;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Messages are Vietnamese by default; --lang en or REPORTKIT_LANG=en gives English.</summary>
public class LanguageTests
{
    [Fact]
    public void Resources_hold_each_message_in_Vietnamese_and_English()
    {
        Assert.Equal("Không tìm thấy tệp a.yaml.", TestLanguage.In(UiLanguage.Vietnamese, () => UiLanguage.Format(CommonMessages.FileNotFound, "a.yaml")));
        Assert.Equal("File a.yaml not found.", TestLanguage.In(UiLanguage.English, () => UiLanguage.Format(CommonMessages.FileNotFound, "a.yaml")));
    }

    [Fact]
    public void A_diagnostic_keeps_its_place_and_says_its_severity_in_the_language_of_messages()
    {
        var warning = new Diagnostics.Diagnostic(Diagnostics.Severity.Warning, "/x/ke-hoach.yaml", "12:3", "ngay: …");
        var error = Diagnostics.Diagnostic.CellError("/x/chi-tieu.xlsx", "chi_tieu", "D7", "…");
        Assert.Equal("ke-hoach.yaml:12:3: cảnh báo: ngay: …", TestLanguage.In(UiLanguage.Vietnamese, warning.ToString));
        Assert.Equal("ke-hoach.yaml:12:3: warning: ngay: …", TestLanguage.In(UiLanguage.English, warning.ToString));
        Assert.Equal("lỗi: chi-tieu.xlsx!chi_tieu!D7: …", TestLanguage.In(UiLanguage.Vietnamese, error.ToLine));
        Assert.Equal("error: chi-tieu.xlsx!chi_tieu!D7: …", TestLanguage.In(UiLanguage.English, error.ToLine));
    }

    [Theory]
    [InlineData("vi", "vi"), InlineData("VI-vn", "vi"), InlineData("en", "en"), InlineData("en_US", "en")]
    public void Language_names_are_read_loosely(string name, string expected) =>
        Assert.Equal(expected, UiLanguage.Parse(name)!.Name);

    [Fact]
    public void An_unknown_language_is_refused_in_Vietnamese_by_default()
    {
        var r = Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null }, Repo.Root, "--lang", "fr", "--help");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--lang fr: không có ngôn ngữ này", r.Stderr);
    }

    [Fact]
    public void An_unknown_language_is_refused_in_English_when_the_environment_asks_for_it()
    {
        var r = Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = "en" }, Repo.Root, "--lang", "fr", "--help");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--lang fr: no such language", r.Stderr);
    }
}

/// <summary>What a Vietnamese user reads from reportgen itself (help, its parse errors, the words around located errors, batch logs, check), and the English of --lang en.</summary>
public class CliLanguageTests
{
    [Fact]
    public void Help_is_in_Vietnamese_with_its_scaffolding_and_in_English_with_lang_en()
    {
        Cli.RunBoth(Repo.Root, "render", "--help").Exit(0)
            .Stdout("Cách dùng:\n  reportgen render <plan> [tùy chọn]", "Usage:\n  reportgen render <plan> [options]")
            .Stdout("Tham số:\n  <plan>  Tệp dữ liệu của kế hoạch (YAML)", "Arguments:\n  <plan>  The plan's data file (YAML)")
            .Stdout("Tùy chọn:\n  -o, --output <output>", "Options:\n  -o, --output <output>")
            .Stdout("[mặc định: out]", "[default: out]")
            .Stdout("-?, -h, --help               Hiện hướng dẫn và cách dùng", "-?, -h, --help               Show help and usage information");
        Cli.RunBoth(Repo.Root, "--help").Exit(0)
            .Stdout("Lệnh:\n  render <plan>        Xuất một kế hoạch ra DOCX", "Commands:\n  render <plan>        Render one plan to DOCX")
            .Stdout("Hiện số phiên bản", "Show version information");
    }

    [Fact]
    public void Command_line_mistakes_are_told_in_the_user_s_language_with_the_nearest_command()
    {
        Cli.RunBoth(Repo.Root, "rendr").Exit(1)
            .Stderr("Không có lệnh hoặc tham số 'rendr'.", "Unrecognized command or argument 'rendr'.")
            .Stderr("Không hiểu 'rendr'. Có phải ý bạn là một trong các mục sau?\nrender", "'rendr' was not matched. Did you mean one of the following?\nrender")
            .Stderr("Chưa chọn lệnh (render, batch, clone, …).", "Required command was not provided.")
            .Stdout("Cách dùng:", "Usage:");
        Cli.RunBoth(Repo.Root, "render").Exit(1).Stderr("Lệnh 'render' thiếu tham số bắt buộc.", "Required argument missing for command: 'render'.");
        Cli.RunBoth(Repo.Root, "clone", "a.yaml").Exit(1).Stderr("Thiếu tùy chọn bắt buộc '--units'.", "Option '--units' is required.");
        Cli.RunBoth(Repo.Root, "batch", "plans", "-j", "hai").Exit(1)
            .Stderr("Giá trị 'hai' của tùy chọn '--jobs' không đúng kiểu", "Cannot parse argument 'hai' for option '--jobs' as expected type");
    }

    [Fact]
    public void A_located_error_keeps_its_place_and_changes_its_words()
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File("ke-hoach.yaml", Plans.Minimal + "\nmau: khong-co\n");
        Cli.RunBoth(dir.Path, "render", plan, "-o", Path.Combine(dir.Path, "out"), "-t", Repo.Templates).Exit(1).NoStackTrace()
            .Stderr("lỗi: ke-hoach.yaml:", "error: ke-hoach.yaml:")
            .Stderr("mau: không có mẫu 'khong-co' trong ", "mau: no template 'khong-co' in ")
            .Stderr("1 lỗi; không ghi gì.", "1 error(s); nothing written.");
    }

    [Fact]
    public void A_batch_logs_each_plan_and_closes_with_its_summary_in_the_user_s_language()
    {
        using var dir = new Repo.TempDir();
        dir.File("plans/tot.yaml", Plans.Minimal);
        dir.File("plans/hong.yaml", Plans.Minimal.Replace("08/06/2021", "31/02/2021"));
        Cli.RunBoth(dir.Path, "batch", "plans", "-o", "out", "-t", Repo.Templates, "-j", "1").Exit(1)
            .Stdout("xong " + Path.Combine("plans", "tot.yaml") + " -> ", "ok   " + Path.Combine("plans", "tot.yaml") + " -> ")
            .Stderr("LỖI " + Path.Combine("plans", "hong.yaml"), "FAIL " + Path.Combine("plans", "hong.yaml"))
            .Stdout("đã xuất 1, lỗi 1, 0 cảnh báo, ", "rendered 1, failed 1, 0 warnings, ")
            .Stdout(" kế hoạch/giây, trung vị ", " plans/s, median ");
    }

    [Fact]
    public void Check_prints_its_findings_in_the_user_s_language_and_check_lang_en_still_works()
    {
        var docx = Path.Combine(Repo.Examples, "word", "ke-hoach-cu.docx");
        Cli.RunBoth(Repo.Root, "check", docx).Exit(1)
            .Stdout("ke-hoach-cu.docx: kế hoạch, thể thức “hoi”", "ke-hoach-cu.docx: kế hoạch, profile 'hoi'")
            .Stdout("[so_trang] Số trang đặt ở chân trang; quy định đặt ở giữa lề trên (đầu trang).", "[so_trang] Page numbers are in the footer; the rule is centred in the top margin (the header).")
            .Stdout("điểm chưa đúng thể thức.", "deviation(s) from the profile.");
        // --lang after the command, as check has always taken it.
        var after = Cli.Run(new Dictionary<string, string?> { ["REPORTKIT_LANG"] = null }, Repo.Root, "check", docx, "--lang", "en");
        Assert.Contains("deviation(s) from the profile.", after.Stdout);
    }

    [Fact]
    public void LibreOffice_problems_are_told_in_the_user_s_language()
    {
        using var dir = new Repo.TempDir();
        var env = new Dictionary<string, string?> { ["REPORTKIT_SOFFICE"] = Path.Combine(dir.Path, "khong-co") };
        Cli.RunBoth(env, dir.Path, "render", Repo.Example("khanh-hoa-2021"), "-o", "out", "--pdf").Exit(1).NoStackTrace()
            .Stderr("REPORTKIT_SOFFICE đang đặt là '", "REPORTKIT_SOFFICE is set to '");
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }
}
