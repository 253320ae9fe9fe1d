using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Safety;

namespace ReportKit.Tests.Robustness;

/// <summary>Limits are data: named, defaulted, changed by --limit or REPORTKIT_LIMITS, and each one named in the error it causes.</summary>
public class LimitsTests
{
    [Fact]
    public void Settings_change_only_the_limits_they_name()
    {
        var l = Limits.Default.With("workbook-rows=100000, file-size=20MB; regex-timeout=2s", "--limit");
        Assert.Equal(100_000, l.WorkbookRows);
        Assert.Equal(20L << 20, l.FileSize);
        Assert.Equal(2000, l.RegexTimeoutMs);
        Assert.Equal(Limits.Default.YamlDepth, l.YamlDepth);
    }

    [Theory]
    [InlineData("yaml-dept=5", "--limit: unknown limit 'yaml-dept' (did you mean 'yaml-depth'?)")]
    [InlineData("yaml-depth=nhieu", "--limit: yaml-depth: \"nhieu\" is not a positive number of levels")]
    [InlineData("yaml-depth=0", "--limit: yaml-depth: \"0\" is not a positive number of levels")]
    [InlineData("yaml-depth=5000", "--limit: yaml-depth: 5000 is above what this program can handle safely (1000)")]
    [InlineData("workbook-rows", "--limit: \"workbook-rows\" is not name=value (e.g. workbook-rows=100000)")]
    public void A_bad_setting_says_what_is_wrong_and_where_it_was_written(string setting, string message)
    {
        var ex = Assert.Throws<ReportKitException>(() => Limits.Default.With(setting, "--limit"));
        Assert.StartsWith(message, ex.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Every_limit_is_in_the_table_the_docs_list()
    {
        var docs = File.ReadAllText(Path.Combine(Support.Repo.Root, "docs", "gioi-han.md"));
        foreach (var e in Limits.Table)
        {
            Assert.Contains($"`{e.Name}`", docs);
            Assert.Contains(e.Format(e.Get(Limits.Default)), docs);
        }
    }

    [Fact]
    public void A_limit_in_force_for_a_scope_applies_to_what_runs_in_it()
    {
        var bag = new DiagnosticBag();
        using (Limits.Use(Limits.Default with { YamlDepth = 3 }))
            YamlFile.Parse("a:\n  b:\n    c:\n      d: 1\n", "x.yaml", bag, "expected a mapping");
        Assert.StartsWith("x.yaml:4:7: lists and mappings are nested more than 3 levels deep here", bag.Items.Single().ToString());
        Assert.Contains("(limit yaml-depth = 3; raise it with --limit yaml-depth=N", bag.Items.Single().ToString());
    }
}
