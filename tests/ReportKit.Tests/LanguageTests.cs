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
