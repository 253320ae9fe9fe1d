using System.Security.Cryptography;
using ReportKit.Batch;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>Rendering a folder of plans: all cores, bad items reported, good ones written, reruns identical.</summary>
public class BatchTests
{
    static Repo.TempDir FolderOfPlans(int count, int brokenIndex = -1)
    {
        var dir = new Repo.TempDir();
        for (var i = 1; i <= count; i++)
        {
            var yaml = Plans.Minimal;
            if (i == brokenIndex) yaml = yaml.Replace("08/06/2021", "31/02/2021");
            dir.File($"plans/xa-{i:00}.yaml", yaml);
        }
        return dir;
    }

    [Fact]
    public void One_bad_plan_is_reported_with_its_location_and_the_others_still_render()
    {
        using var dir = FolderOfPlans(6, brokenIndex: 4);
        var results = new List<BatchItemResult>();
        var summary = new BatchRenderer(new PlanRenderer(Repo.Templates), maxParallelism: 2)
            .Run(BatchRenderer.FromFolder(Path.Combine(dir.Path, "plans"), Path.Combine(dir.Path, "out")), r => { lock (results) results.Add(r); });

        Assert.Equal(5, summary.Rendered);
        Assert.Equal(1, summary.Failed);
        var failure = Assert.Single(results, r => !r.Succeeded);
        Assert.EndsWith("xa-04.yaml", failure.Item.PlanPath);
        Assert.Equal("xa-04.yaml:7:7: ngay: \"31/02/2021\" is not a date", Assert.Single(failure.Diagnostics).ToString());
        Assert.Equal(5, Directory.GetFiles(Path.Combine(dir.Path, "out"), "*.docx").Length);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out", "xa-04.docx")));
    }

    [Fact]
    public void Two_runs_of_the_same_batch_give_identical_files()
    {
        using var dir = FolderOfPlans(4);
        string Hashes(string outDir)
        {
            new BatchRenderer(new PlanRenderer(Repo.Templates)).Run(BatchRenderer.FromFolder(Path.Combine(dir.Path, "plans"), outDir), _ => { });
            return string.Join("\n", Directory.GetFiles(outDir).Order(StringComparer.Ordinal)
                .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
        }
        Assert.Equal(Hashes(Path.Combine(dir.Path, "a")), Hashes(Path.Combine(dir.Path, "b")));
    }

    [Fact]
    public void The_cli_logs_one_line_per_plan_when_redirected_and_exits_1_if_any_failed()
    {
        using var dir = FolderOfPlans(3, brokenIndex: 2);
        var r = Cli.RunBoth(dir.Path, "batch", "plans", "-o", "out", "-t", Repo.Templates).Exit(1).NoStackTrace()
            .Stderr("LỖI plans/xa-02.yaml", "FAIL plans/xa-02.yaml")
            .Stderr("     xa-02.yaml:7:7: ngay: \"31/02/2021\" không phải là ngày có thật", "     xa-02.yaml:7:7: ngay: \"31/02/2021\" is not a date")
            .StdoutMatches(@"đã xuất 2, lỗi 1, 0 cảnh báo, [\d.]+ giây, [\d.]+ kế hoạch/giây, trung vị \d+ ms mỗi kế hoạch",
                @"rendered 2, failed 1, 0 warnings, [\d.]+ s, [\d.]+ plans/s, median \d+ ms per plan");
        Assert.Equal(2, r.Vi.Stdout.Split('\n').Count(l => l.StartsWith("xong plans/")));
        Assert.Equal(2, r.En.Stdout.Split('\n').Count(l => l.StartsWith("ok   plans/")));
    }
}
