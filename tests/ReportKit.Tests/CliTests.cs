using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>reportgen as a user meets it: the README's command, help, and what a bad input does.</summary>
public class CliTests
{
    [Fact]
    public void Render_writes_the_docx_named_after_the_data_file()
    {
        using var dir = new Repo.TempDir();
        var r = Cli.Run(Repo.Root, "render", "examples/khanh-hoa-2021/ke-hoach.yaml", "-o", dir.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "ke-hoach.docx")), r.Stdout + r.Stderr);
        Assert.Contains("wrote ", r.Stdout);
    }

    [Fact]
    public void Help_explains_every_option()
    {
        var r = Cli.Run(Repo.Root, "render", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var option in new[] { "--output", "--templates", "<plan>" }) Assert.Contains(option, r.Stdout);
        var root = Cli.Run(Repo.Root, "--help");
        Assert.Contains("render", root.Stdout);
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
        var r = Cli.Run(dir.Path, "render", plan, "-o", output, "-t", Repo.Templates);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ke-hoach.yaml:23:1: unknown key 'luuu' (did you mean 'luu'?)", r.Stderr);
        Assert.Contains("ke-hoach.yaml:7:7: ngay: \"31/02/2021\" is not a date", r.Stderr);
        Assert.Contains("ke-hoach.yaml:18:31: The variable or function `chi_tieu_moi` was not found", r.Stderr);
        Assert.Contains("3 error(s); nothing written.", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
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
        var bad = Cli.Run(dir.Path, "render", plan, "-o", dir.Path, "-t", Repo.Templates);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(docx));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var r = Cli.Run(Repo.Root, "render", "khong-co.yaml", "-o", Path.GetTempPath());
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("khong-co.yaml: file not found", r.Stderr);
    }
}
