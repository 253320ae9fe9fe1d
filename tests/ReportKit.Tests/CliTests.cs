using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>reportgen as a user meets it: the README's command, help, and what a bad input does.</summary>
public class CliTests
{
    [Fact]
    public void Render_writes_the_docx_named_after_the_data_file()
    {
        using var dir = new Repo.TempDir();
        Cli.RunBoth(Repo.Root, "render", "examples/khanh-hoa-2021/ke-hoach.yaml", "-o", dir.Path).Exit(0).Stdout("đã ghi ", "wrote ");
        Assert.True(File.Exists(Path.Combine(dir.Path, "ke-hoach.docx")));
    }

    [Fact]
    public void Help_explains_every_option()
    {
        var r = Cli.RunBoth(Repo.Root, "render", "--help").Exit(0)
            .Stdout("Thư mục ghi kết quả; tệp DOCX mang tên tệp dữ liệu", "Folder to write into; the DOCX is named after the data file");
        foreach (var option in new[] { "--output", "--templates", "<plan>" }) r.Stdout(option, option);
        Cli.RunBoth(Repo.Root, "--help").Stdout("render <plan>        Xuất một kế hoạch ra DOCX", "render <plan>        Render one plan to DOCX");
    }

    [Fact]
    public void Typo_bad_date_and_undefined_variable_are_three_located_errors_and_nothing_is_written()
    {
        using var dir = new Repo.TempDir();
        var yaml = Plans.Minimal
            .Replace("luu: TC", "luuu: TC")
            .Replace("08/06/2021", "31/02/2021")
            .Replace("- Các cấp Hội triển khai.", "- Các cấp Hội triển khai {{ chi_tieu_moi }}.");
        var plan = dir.File("ke-hoach.yaml", yaml);
        var output = Path.Combine(dir.Path, "out");
        Cli.RunBoth(dir.Path, "render", plan, "-o", output, "-t", Repo.Templates).Exit(1).NoStackTrace()
            .Stderr("lỗi: ke-hoach.yaml:23:1: không có khóa 'luuu' (có phải là 'luu'?)", "error: ke-hoach.yaml:23:1: unknown key 'luuu' (did you mean 'luu'?)")
            .Stderr("lỗi: ke-hoach.yaml:7:7: ngay: \"31/02/2021\" không phải là ngày có thật", "error: ke-hoach.yaml:7:7: ngay: \"31/02/2021\" is not a date")
            .Stderr("lỗi: ke-hoach.yaml:18:31: không tìm thấy biến hoặc hàm `chi_tieu_moi`", "error: ke-hoach.yaml:18:31: The variable or function `chi_tieu_moi` was not found")
            .Stderr("3 lỗi; không ghi gì.", "3 error(s); nothing written.");
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_broken_input_never_replaces_a_good_output()
    {
        using var dir = new Repo.TempDir();
        var plan = dir.File("ke-hoach.yaml", Plans.Minimal);
        var good = Cli.Run(dir.Path, "render", plan, "-o", dir.Path, "-t", Repo.Templates);
        Assert.Equal(0, good.ExitCode);
        var docx = Path.Combine(dir.Path, "ke-hoach.docx");
        var before = File.ReadAllBytes(docx);

        File.WriteAllText(plan, Plans.Minimal.Replace("ky_hieu: KH-BTV", "ky_hieu: KH BTV"));
        Cli.RunBoth(dir.Path, "render", plan, "-o", dir.Path, "-t", Repo.Templates).Exit(1)
            .Stderr("lỗi: ke-hoach.yaml:5:10: ky_hieu", "error: ke-hoach.yaml:5:10: ky_hieu").Stderr(" lỗi; không ghi gì.", " error(s); nothing written.");
        Assert.Equal(before, File.ReadAllBytes(docx));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        Cli.RunBoth(Repo.Root, "render", "khong-co.yaml", "-o", Path.GetTempPath()).Exit(1)
            .Stderr("lỗi: khong-co.yaml: không tìm thấy tệp", "error: khong-co.yaml: file not found");
    }
}
