using System.Text.RegularExpressions;

namespace ReportKit.Tests.Robustness;

/// <summary>
/// One bad input of the robustness corpus: a folder under Robustness/Corpus holding the input
/// files and <c>case.txt</c>, which says how to run it and what a user must see. Lines of case.txt:
/// <list type="bullet">
/// <item><c># ...</c> why the case exists (what used to go wrong);</item>
/// <item><c>run: render ke-hoach.yaml -o out</c> the command line (default shown); <c>{templates}</c> is the repo's templates folder;</item>
/// <item><c>exit: 1</c> the expected exit code (default 1);</item>
/// <item><c>expect: text</c> a text that must appear in what reportgen printed in English (one per line, all required);</item>
/// <item><c>expect_vi: text</c> the same for the Vietnamese run (REPORTKIT_LANG unset, the default a clerk sees);</item>
/// <item><c>generate: kind file [arg=value ...]</c> an input built at test time (big or bomb inputs are not committed);</item>
/// <item><c>encode: file encoding</c> re-encodes a committed UTF-8 file (windows-1258, latin1, utf-16le, ...) so the input stays readable in git;</item>
/// <item><c>setup: action path [arg]</c> earlier state: <c>earlier</c> (an earlier output to keep), <c>readonly</c>, <c>dir</c>, <c>symlink</c>, <c>file-size-limit</c> (KiB, as a full disk);</item>
/// <item><c>writes: allowed</c> for the few commands that write good items while reporting bad ones.</item>
/// <item><c>env: NAME=value</c> an environment variable for the run;</item>
/// </list>
/// A folder <c>name.xlsx.d/</c> (or <c>name.xls.d/</c>) becomes the workbook <c>name.xlsx</c>: its files are laid over the
/// minimal workbook in Corpus/_workbook (a file <c>part.delete</c> removes that part), so a damaged
/// part is plain text in the case folder. A folder <c>outside/</c> is placed beside the plan's folder, not in it.
/// </summary>
public sealed record CorpusCase(string Name, string Folder)
{
    public static string Root => Path.Combine(Support.Repo.Root, "tests", "ReportKit.Tests", "Robustness", "Corpus");

    public static IEnumerable<CorpusCase> All() =>
        Directory.GetDirectories(Root).Where(d => File.Exists(Path.Combine(d, "case.txt")))
            .Select(d => new CorpusCase(Path.GetFileName(d), d)).OrderBy(c => c.Name, StringComparer.Ordinal);

    IReadOnlyList<(string Key, string Value)> Lines => _lines ??= File.ReadAllLines(Path.Combine(Folder, "case.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => Regex.Match(l, @"^([a-z_-]+):\s?(.*)$"))
        .Select(m => m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : throw new FormatException($"{Name}/case.txt: cannot read line"))
        .ToList();
    IReadOnlyList<(string Key, string Value)>? _lines;

    IEnumerable<string> All(string key) => Lines.Where(l => l.Key == key).Select(l => l.Value);
    string? One(string key) => All(key).SingleOrDefault();

    public string Run => One("run") ?? "render ke-hoach.yaml -o out";
    public int Exit => int.Parse(One("exit") ?? "1");
    public IEnumerable<string> Expected => All("expect");
    public IEnumerable<string> ExpectedVi => All("expect_vi");
    public IEnumerable<string> Generate => All("generate");
    public IEnumerable<string> Encode => All("encode");
    public IEnumerable<string> Setup => All("setup");
    public IEnumerable<(string Name, string Value)> Environment => All("env").Select(e => (e[..e.IndexOf('=')], e[(e.IndexOf('=') + 1)..]));
    public bool WritesAllowed => One("writes") == "allowed";
    public string Why => string.Join(" ", File.ReadAllLines(Path.Combine(Folder, "case.txt")).Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')));

    public override string ToString() => Name;
}
