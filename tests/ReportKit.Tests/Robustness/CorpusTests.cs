using System.Security.Cryptography;
using Xunit.Abstractions;
using System.Text.RegularExpressions;
using ReportKit.Tests.Support;

namespace ReportKit.Tests.Robustness;

/// <summary>
/// Every bad input of the corpus (Robustness/Corpus/&lt;case&gt;/, see <see cref="CorpusCase"/>) run
/// through the real reportgen as a user would: it must end with exit code 1 (never 70, never a
/// crash), say what the case expects at its place, print no stack trace, finish in time, stay
/// within memory, and leave every file as it was (nothing written, earlier outputs byte for byte).
/// Each case runs in English (its <c>expect:</c> lines) and, as a clerk runs it, in Vietnamese (its
/// <c>expect_vi:</c> lines); see <see cref="CorpusVietnamese"/> for which cases run in both.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public abstract class CorpusTests(ITestOutputHelper output)
{
    /// <summary>Half the cases (by their order): two classes run side by side, one per core.</summary>
    protected static IEnumerable<object[]> Half(int half) => CorpusCase.All().Where((_, i) => i % 2 == half).Select(c => new object[] { c.Name });

    /// <summary>The heap reportgen may use here: a memory bomb fails the case instead of the machine.</summary>
    const string HeapLimit = "0x40000000"; // 1 GiB

    static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    /// <param name="vietnamese">Run as a clerk does (REPORTKIT_LANG unset: Vietnamese) and hold the output to the case's expect_vi lines instead of its expect lines.</param>
    protected void Run(string name, bool vietnamese = false)
    {
        var c = CorpusCase.All().Single(x => x.Name == name);
        using var dir = new Repo.TempDir();
        var work = Path.Combine(dir.Path, "work");
        var outside = Path.Combine(dir.Path, "outside");
        Directory.CreateDirectory(work);
        CorpusInputs.Prepare(c, work, outside);
        CorpusInputs.Arrange(c, work);
        var before = Snapshot(dir.Path);

        var args = Arguments(c.Run.Replace("{templates}", Repo.Templates));
        var env = new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = HeapLimit };
        foreach (var (k, v) in c.Environment) env[k] = v;
        if (vietnamese) env["REPORTKIT_LANG"] = null;
        var r = Cli.Run(work, env, CorpusInputs.FileSizeLimit(c), Hang, args);
        var printed = r.Stdout + r.Stderr;
        output.WriteLine($"$ reportgen {string.Join(' ', args)}\nexit {r.ExitCode}\n{r.Stderr}{r.Stdout}");
        var context = $"case {c.Name}{(vietnamese ? " in Vietnamese" : "")} ({c.Why})\nexit {r.ExitCode}\nstdout:\n{r.Stdout}\nstderr:\n{r.Stderr}";

        Assert.True(c.Exit == r.ExitCode, $"expected exit {c.Exit}\n{context}");
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain(vietnamese ? "lỗi nội bộ" : "internal error", printed);
        Assert.DoesNotContain("Unhandled exception", printed);
        Assert.DoesNotContain("Lỗi không lường trước", printed);
        foreach (var expected in vietnamese ? c.ExpectedVi : c.Expected)
            Assert.True(printed.Contains(expected, StringComparison.Ordinal), $"missing: {expected}\n{context}");
        // Every error names the file it is about.
        var error = vietnamese ? "lỗi: " : "error: ";
        foreach (var line in r.Stderr.Split('\n').Where(l => l.StartsWith(error, StringComparison.Ordinal)))
            Assert.True(Regex.IsMatch(line, "^" + error + @"(--limit|REPORTKIT_LIMITS|[^\s:!]+)[:!]"), $"an error without its file: {line}\n{context}");

        // Restore permissions so the comparison and the cleanup can read everything.
        foreach (var f in Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories))
            if (!File.GetUnixFileMode(f).HasFlag(UnixFileMode.UserWrite) && !File.GetAttributes(f).HasFlag(FileAttributes.ReparsePoint))
                File.SetUnixFileMode(f, File.GetUnixFileMode(f) | UnixFileMode.UserWrite);
        var after = Snapshot(dir.Path);
        Assert.DoesNotContain(after.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
        if (c.Exit != 0 && !c.WritesAllowed)
        {
            Assert.True(before.Keys.SequenceEqual(after.Keys), $"files changed: +[{string.Join(", ", after.Keys.Except(before.Keys))}] -[{string.Join(", ", before.Keys.Except(after.Keys))}]\n{context}");
            foreach (var (file, hash) in before)
                Assert.True(hash == after[file], $"{file} was changed by a failed run\n{context}");
        }
    }

    /// <summary>Every file and folder under <paramref name="root"/> with a hash of its bytes (folders and links by name).</summary>
    static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, e);
            var info = new FileInfo(e);
            if (info.LinkTarget is { } link) result[rel] = "link " + link;
            else if (Directory.Exists(e)) result[rel] = "dir";
            else result[rel] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(e)));
        }
        return result;
    }

    /// <summary>Splits a run: line like a shell would (double quotes group words).</summary>
    static string[] Arguments(string line) =>
        Regex.Matches(line, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CorpusFirstHalf(ITestOutputHelper output) : CorpusTests(output)
{
    public static IEnumerable<object[]> Cases() => Half(0);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_refused_with_a_located_message_and_nothing_changes(string name) => Run(name);
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CorpusSecondHalf(ITestOutputHelper output) : CorpusTests(output)
{
    public static IEnumerable<object[]> Cases() => Half(1);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_refused_with_a_located_message_and_nothing_changes(string name) => Run(name);
}

/// <summary>
/// The corpus as a clerk meets it, in Vietnamese: every case that says what a Vietnamese user
/// reads (expect_vi:), and every third of the others, so that each kind of failure is seen
/// without its words at least once without doubling the suite's time. Same exit code, no stack
/// trace, nothing written or lost as in English.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CorpusVietnamese(ITestOutputHelper output) : CorpusTests(output)
{
    public static IEnumerable<object[]> Cases() =>
        CorpusCase.All().Where((c, i) => c.ExpectedVi.Any() || i % 3 == 0).Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_refused_in_Vietnamese_with_a_located_message_and_nothing_changes(string name) => Run(name, vietnamese: true);
}

public sealed class CorpusShape
{
    [Fact]
    public void The_corpus_holds_at_least_a_hundred_cases_each_with_its_reason()
    {
        var cases = CorpusCase.All().ToList();
        Assert.True(cases.Count >= 100, $"{cases.Count} cases");
        foreach (var c in cases)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Why), $"{c.Name}: case.txt says nothing about why the case exists");
            Assert.True(c.Exit != 1 || c.Expected.Any(), $"{c.Name}: a refused input must say what the user sees (expect:)");
        }
    }
}
