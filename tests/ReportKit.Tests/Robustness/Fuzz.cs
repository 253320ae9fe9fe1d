using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Profiles;
using ReportKit.Writers.Docx;
using ReportKit.Writers.Xlsx;

namespace ReportKit.Tests.Robustness;

/// <summary>
/// A seeded mutation fuzzer over the project's own inputs: the example plans, units and profiles,
/// the templates, Word documents for import and check, and target workbooks (.xlsx and .docx
/// mutated as bytes and as the XML inside, rezipped;
/// .xls as bytes). Input <c>i</c> of a run is made from the run's seed and <c>i</c>, so any input
/// can be made again from its number. Every outcome must be a result or located errors (each
/// naming its file), within a time bound; an exception, a hang or an unlocated error is a finding,
/// shrunk to its fewest mutations and saved for the corpus.
/// </summary>
public sealed class Fuzz
{
    /// <summary>Longest a single input may take, on a loaded 2-core machine, before it counts as a hang.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    public sealed record Finding(string Target, int Index, string Problem, string SavedAs);

    public sealed record Report(int Inputs, int Results, int Refused, IReadOnlyList<Finding> Findings, TimeSpan Elapsed, TimeSpan Slowest)
    {
        /// <summary>The input that took longest, to look at (REPORTKIT_FUZZ_ONLY makes it again).</summary>
        public int SlowestInput { get; init; }
        /// <summary>How inputs ended, per target, and the commonest first errors: shows what the mutations reach.</summary>
        public IReadOnlyDictionary<string, (int Results, int Refused)> ByTarget { get; init; } = new Dictionary<string, (int, int)>();
        public IReadOnlyList<(string Error, int Count)> TopErrors { get; init; } = [];

        public override string ToString() =>
            $"{Inputs} inputs: {Results} gave a result, {Refused} were refused with located errors, {Findings.Count} findings; {Elapsed.TotalSeconds:0.0} s, slowest input {Slowest.TotalMilliseconds:0} ms (input {SlowestInput})";
    }

    readonly string _work;
    readonly PlanRenderer _renderer = new(Support.Repo.Templates);
    readonly List<Target> _targets;

    public Fuzz(string workDir)
    {
        _work = workDir;
        _targets = Targets().ToList();
    }

    // ---- what is fuzzed ----

    /// <summary>One kind of input: its seeds (file name and bytes) and how to run one mutated input (a folder holding it).</summary>
    sealed record Target(string Name, IReadOnlyList<(string FileName, byte[] Bytes, string Folder)> Seeds, bool Workbook, Action<Fuzz, string> Run);

    IEnumerable<Target> Targets()
    {
        var examples = Directory.GetDirectories(Support.Repo.Examples).Where(d => File.Exists(Path.Combine(d, "ke-hoach.yaml"))).Order(StringComparer.Ordinal).ToList();
        yield return new Target("plan", examples.Select(d => ("ke-hoach.yaml", File.ReadAllBytes(Path.Combine(d, "ke-hoach.yaml")), d))
                .Append(("ke-hoach.yaml", Encoding.UTF8.GetBytes(Support.Plans.Minimal), "")).ToList(), false,
            (f, path) => f.RenderInMemory(path));
        yield return new Target("units", Directory.GetFiles(Support.Repo.Examples, "don-vi.yaml", SearchOption.AllDirectories)
                .Select(p => ("don-vi.yaml", File.ReadAllBytes(p), "")).ToList(), false,
            (_, path) => Located(path, bag => UnitDirectoryLoader.Load(path, bag)));
        yield return new Target("profile", Directory.GetFiles(Path.Combine(Support.Repo.Templates, "profiles"), "*.yaml").Order(StringComparer.Ordinal)
                .Select(p => ("rieng.yaml", File.ReadAllBytes(p), "")).ToList(), false,
            (_, path) => Located(path, bag => ProfileLoader.LoadFile(path, bag)));
        yield return new Target("template", Directory.GetFiles(Support.Repo.Templates, "ke-hoach.sbn")
                .Select(p => ("rieng.sbn", File.ReadAllBytes(p), "")).ToList(), false,
            (f, path) =>
            {
                var plan = Path.Combine(Path.GetDirectoryName(path)!, "ke-hoach-mau.yaml");
                File.WriteAllText(plan, "mau: rieng.sbn\n" + Support.Plans.Minimal);
                f.RenderInMemory(plan);
            });
        var workbooks = new List<(string, byte[], string)>();
        foreach (var x in Directory.GetFiles(Support.Repo.Examples, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            workbooks.Add(("chi-tieu.xlsx", File.ReadAllBytes(x), ""));
        var built = Path.Combine(_work, "seed-closedxml.xlsx");
        Support.Workbooks.Write(built);
        workbooks.Add(("chi-tieu.xlsx", File.ReadAllBytes(built), ""));
        var packed = Path.Combine(_work, "seed-corpus.xlsx");
        CorpusInputs.PackWorkbook(Path.Combine(CorpusCase.Root, "_workbook"), packed);
        workbooks.Add(("chi-tieu.xlsx", File.ReadAllBytes(packed), ""));
        workbooks.Add(("chi-tieu.xls", File.ReadAllBytes(Path.Combine(Support.Repo.Root, "tests", "ReportKit.Tests", "Fixtures", "khanh-hoa-chi-tieu.xls")), ""));
        // Word documents for import and check: the clerk's example, and one of ours.
        var rendered = new PlanRenderer(Support.Repo.Templates).Render(Support.Repo.Example("khanh-hoa-2021"), Path.Combine(_work, "seed-docx")).DocxPath;
        var documents = new List<(string, byte[], string)>
        {
            ("ke-hoach.docx", File.ReadAllBytes(Path.Combine(Support.Repo.Examples, "word", "ke-hoach-cu.docx")), ""),
            ("ke-hoach.docx", File.ReadAllBytes(rendered), ""),
        };
        yield return new Target("docx", documents, true, (_, path) =>
        {
            try
            {
                var importer = new ReportKit.Import.DocumentImporter(Support.Repo.Templates, path);
                var recognition = importer.Recognise(path);
                ReportKit.Import.DocumentImporter.Yaml(recognition);
                ReportKit.Checks.Document.DocumentChecker.Check(recognition, importer.Profile(recognition.Plan.Profile));
            }
            catch (ReportKitException ex)
            {
                MustBeLocated(ex.Diagnostics);
                throw new Refused(ex.Diagnostics.FirstOrDefault()?.Message);
            }
        });
        yield return new Target("workbook", workbooks, true, (_, path) =>
        {
            Located(path, bag => TargetWorkbookReader.Read(path, bag));
            if (path.EndsWith(".xlsx", StringComparison.Ordinal)) Located(path, bag => UnitDirectoryLoader.Load(path, bag));
        });
    }

    /// <summary>Load, template, document and both writers, into memory: what render does, short of the disk.</summary>
    void RenderInMemory(string planPath)
    {
        try
        {
            var warnings = new List<Diagnostic>();
            var (_, document, profile) = _renderer.Prepare(planPath, new RenderOptions(), warnings);
            MustBeLocated(warnings);
            using var docx = new MemoryStream();
            new DocxWriter(profile).Write(document, docx);
            if (document.Annexes.Count > 0)
            {
                using var xlsx = new MemoryStream();
                new AnnexWorkbookWriter().Write(document.Annexes, document.Info, xlsx);
            }
        }
        catch (ReportKitException ex)
        {
            MustBeLocated(ex.Diagnostics);
            throw new Refused(ex.Diagnostics.FirstOrDefault()?.Message);
        }
    }

    static void Located(string path, Action<DiagnosticBag> read)
    {
        var bag = new DiagnosticBag();
        read(bag);
        MustBeLocated(bag.Items);
        if (bag.HasErrors) throw new Refused(bag.Items.First(d => d.Severity == Severity.Error).Message);
    }

    static void MustBeLocated(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.File is null) throw new InvalidOperationException($"an error that names no file: {d}");
            if (d.Message.Contains("internal error", StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException($"an internal error: {d}");
        }
    }

    /// <summary>The input was refused with located errors: a good outcome, counted apart from results.</summary>
    sealed class Refused(string? first = null) : Exception(first);

    // ---- mutations ----

    /// <summary>One change to an input; applied in order, each reading its own random numbers.</summary>
    sealed record Step(int Kind, int A, int B, int C);

    static readonly string[] Tokens =
    [
        "\t", "\n", " ", "  ", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "---\n", "...\n", "!!binary ", "!!str ", "|", ">", "'", "\"", "\\",
        "#", "%YAML 1.2\n", "? ", "~", "99999999999999999999999999999", "1e300", "-1", "0", "NaN", "{{", "}}", "{{ x }}", "{{ for i in 1..100000000 }}",
        "# ", "##### ", "[^9]", "<b>", "<!--", "\u0000", "\u0007", "\u001B[31m", "\u202E", "\u200B", "\uFEFF", "\uFFFE", "Céng hoµ", "Coäng hoøa", "ộ",
        "o\u0302\u0323", "𝒜", "😀", "\r\n", "\r", "_x0007_", "_x005F_", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    ];

    static readonly string[] AttributeValues = ["", "ZZZ", "A0", "0", "XFD1048576", "A1048577", "-1", "99999", "1E+300", "s", "str", "inlineStr", "e", "b", "d", "n", "x", "1A", "worksheets/sheet9.xml", "../../x", "/xl/workbook.xml"];

    const int TextKinds = 10, WorkbookKinds = 4;

    static Step[] Steps(Random r, bool workbook)
    {
        var steps = new Step[r.Next(1, 5)];
        for (var i = 0; i < steps.Length; i++)
            steps[i] = new Step(r.Next(workbook ? TextKinds + WorkbookKinds : TextKinds), r.Next(), r.Next(), r.Next());
        return steps;
    }

    /// <summary>Text-level mutations of raw bytes (YAML, templates, the XML inside a workbook).</summary>
    static byte[] MutateText(byte[] input, Step s)
    {
        var b = input.ToList();
        int Pos(int x) => b.Count == 0 ? 0 : x % (b.Count + 1);
        switch (s.Kind)
        {
            case 0: // flip a bit (an ASCII byte stays ASCII, so most flips get past the encoding check)
                if (b.Count > 0) { var at = s.A % b.Count; b[at] ^= (byte)(1 << (s.B % (b[at] < 0x80 ? 7 : 8))); }
                break;
            case 1: // delete a span
                if (b.Count > 0) { var at = s.A % b.Count; b.RemoveRange(at, Math.Min(1 + s.B % 40, b.Count - at)); }
                break;
            case 2: // duplicate a span
                if (b.Count > 0) { var at = s.A % b.Count; var len = Math.Min(1 + s.B % 200, b.Count - at); b.InsertRange(Pos(s.C), b.GetRange(at, len)); }
                break;
            case 3: // cut short
                if (b.Count > 0) b.RemoveRange(s.A % b.Count, b.Count - s.A % b.Count);
                break;
            case 4: // insert a token that means something to YAML, Markdown, Scriban, XML or our checks
                b.InsertRange(Pos(s.A), Encoding.UTF8.GetBytes(Tokens[s.B % Tokens.Length]));
                break;
            case 5: // shift a line's indentation
            {
                var lines = Lines(b);
                if (lines.Count == 0) break;
                var start = lines[s.A % lines.Count];
                if (s.B % 2 == 0) b.InsertRange(start, Enumerable.Repeat((byte)' ', 1 + s.C % 4));
                else if (start < b.Count && b[start] == ' ') b.RemoveAt(start);
                break;
            }
            case 6: // move, repeat or drop a line
            {
                var lines = Lines(b);
                if (lines.Count < 2) break;
                var i = s.A % lines.Count;
                var end = i + 1 < lines.Count ? lines[i + 1] : b.Count;
                var line = b.GetRange(lines[i], end - lines[i]);
                if (s.B % 3 == 0) b.RemoveRange(lines[i], line.Count);
                else b.InsertRange(lines[s.C % lines.Count], line);
                break;
            }
            case 7: // a number made huge, negative or odd
            {
                var digits = Enumerable.Range(0, b.Count).Where(i => b[i] is >= (byte)'0' and <= (byte)'9').ToList();
                if (digits.Count == 0) break;
                var at = digits[s.A % digits.Count];
                string[] odd = ["-", "999999999999999999999999999999", "1e300", "0.0000000001", ",5", "9" + new string('9', 400)];
                b.InsertRange(at, Encoding.ASCII.GetBytes(odd[s.B % odd.Length]));
                break;
            }
            case 9: // a short span repeated thousands of times: inputs that find work growing faster than their size
            {
                if (b.Count == 0) break;
                var at = s.A % b.Count;
                var span = b.GetRange(at, Math.Min(1 + s.B % 12, b.Count - at));
                var times = 100 + s.C % 5000;
                var repeated = new List<byte>(span.Count * times);
                for (var k = 0; k < times; k++) repeated.AddRange(span);
                b.InsertRange(at, repeated);
                break;
            }
            case 8: // any code point, even one UTF-8 forbids (a lone surrogate)
            {
                var cp = s.B % 0x110000;
                byte[] bytes = cp is >= 0xD800 and <= 0xDFFF
                    ? [(byte)(0xE0 | (cp >> 12)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]
                    : Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp));
                b.InsertRange(Pos(s.A), bytes);
                break;
            }
        }
        return b.ToArray();
    }

    static List<int> Lines(List<byte> b)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < b.Count - 1; i++) if (b[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    /// <summary>Workbook mutations: the zip's bytes, or one XML part changed as text and the package rezipped.</summary>
    static byte[] MutateWorkbook(byte[] input, Step s)
    {
        if (s.Kind < TextKinds && s.Kind is 0 or 1 or 3 && s.C % 4 == 0) return MutateText(input, s); // the zip itself damaged
        Dictionary<string, byte[]> parts;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            parts = zip.Entries.ToDictionary(e => e.FullName, e => { using var ms = new MemoryStream(); using (var es = e.Open()) es.CopyTo(ms); return ms.ToArray(); });
        }
        catch (InvalidDataException)
        {
            return MutateText(input, s with { Kind = s.Kind % TextKinds }); // already no zip (or .xls): bytes only
        }
        if (parts.Count == 0) return input;
        var names = parts.Keys.Order(StringComparer.Ordinal).ToList();
        // Sheets and shared strings hold the data: mutate them more often than the rest.
        var data = names.Where(n => n.Contains("sheet", StringComparison.OrdinalIgnoreCase) || n.Contains("sharedStrings", StringComparison.Ordinal)).ToList();
        var name = data.Count > 0 && s.A % 3 != 0 ? data[s.C % data.Count] : names[s.C % names.Count];
        switch (s.Kind - TextKinds)
        {
            case 0: // an attribute's value replaced (r=, s=, t=, Target=, ...)
            {
                var xml = Encoding.UTF8.GetString(parts[name]);
                var matches = System.Text.RegularExpressions.Regex.Matches(xml, "(\\w+)=\"([^\"]*)\"");
                if (matches.Count == 0) break;
                var m = matches[s.A % matches.Count];
                xml = xml[..m.Groups[2].Index] + AttributeValues[s.B % AttributeValues.Length] + xml[(m.Groups[2].Index + m.Groups[2].Length)..];
                parts[name] = Encoding.UTF8.GetBytes(xml);
                break;
            }
            case 1: // a part removed
                parts.Remove(name);
                break;
            case 2: // an element removed or repeated
            {
                var xml = Encoding.UTF8.GetString(parts[name]);
                var matches = System.Text.RegularExpressions.Regex.Matches(xml, "<(\\w+)[^>]*?(/>|>[^<]*</\\1>)");
                if (matches.Count == 0) break;
                var m = matches[s.A % matches.Count];
                xml = s.B % 2 == 0 ? xml.Remove(m.Index, m.Length) : xml.Insert(m.Index, string.Concat(Enumerable.Repeat(m.Value, 1 + s.C % 50)));
                parts[name] = Encoding.UTF8.GetBytes(xml);
                break;
            }
            case 3: // a part's content swapped with another's
            {
                var other = names[s.B % names.Count];
                (parts[name], parts[other]) = (parts[other], parts[name]);
                break;
            }
            default:
                parts[name] = MutateText(parts[name], s);
                break;
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (n, bytes) in parts)
            {
                using var es = zip.CreateEntry(n, CompressionLevel.Fastest).Open();
                es.Write(bytes);
            }
        return output.ToArray();
    }

    // ---- running ----

    /// <summary>Runs <paramref name="inputs"/> inputs spread over the targets, on all cores; input i is made from seed + i.</summary>
    public Report Run(int inputs, int seed, string foundDir, int? only = null)
    {
        var clock = Stopwatch.StartNew();
        var findings = new ConcurrentBag<Finding>();
        var outcomes = new ConcurrentBag<(string Target, string? Error)>();
        int results = 0, refused = 0;
        long slowest = 0;
        var slowestInput = -1;
        var indices = only is { } one ? [one] : Enumerable.Range(0, inputs);
        Parallel.ForEach(indices, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (target, seedIndex, steps) = Make(seed, i);
            // An input made again alone is saved whatever its outcome, to be looked at.
            if (only is not null) Save(target, seedIndex, steps, foundDir, i);
            var (outcome, elapsed) = Try(target, seedIndex, steps, i);
            lock (findings) if (elapsed.Ticks > slowest) { slowest = elapsed.Ticks; slowestInput = i; }
            switch (outcome)
            {
                case null: Interlocked.Increment(ref results); outcomes.Add((target.Name, null)); break;
                case Refused r: Interlocked.Increment(ref refused); outcomes.Add((target.Name, Shape(r.Message))); break;
                default:
                    // Fewest steps that still fail: the smallest input to keep in the corpus.
                    for (var k = 0; k < steps.Length && steps.Length > 1; k++)
                    {
                        var fewer = steps.Where((_, j) => j != k).ToArray();
                        if (Try(target, seedIndex, fewer, i).Outcome is { } o && o is not Refused) { steps = fewer; k = -1; }
                    }
                    var saved = Save(target, seedIndex, steps, foundDir, i);
                    findings.Add(new Finding(target.Name, i, outcome.ToString(), saved));
                    break;
            }
        });
        return new Report(only is null ? inputs : 1, results, refused, findings.OrderBy(f => f.Index).ToList(), clock.Elapsed, TimeSpan.FromTicks(slowest))
        {
            SlowestInput = slowestInput,
            ByTarget = outcomes.GroupBy(o => o.Target).ToDictionary(g => g.Key, g => (g.Count(o => o.Error is null), g.Count(o => o.Error is not null))),
            TopErrors = outcomes.Where(o => o.Error is not null).GroupBy(o => o.Error!).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).Take(30).ToList(),
        };
    }

    /// <summary>An error message without its particulars (numbers, quoted text), to count kinds of refusal.</summary>
    static string Shape(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Replace(message, "\"[^\"]*\"|'[^']*'|\\d+|\\(limit[^)]*\\)|\\(.*\\)", "…");
        return m.Length > 90 ? m[..90] : m;
    }

    (Target Target, int Seed, Step[] Steps) Make(int seed, int i)
    {
        var r = new Random(Mix(seed, i));
        // Plans and workbooks carry the most: they get most inputs.
        var pick = r.Next(100);
        var target = _targets[pick < 35 ? 0 : pick < 40 ? 1 : pick < 50 ? 2 : pick < 55 ? 3 : pick < 65 ? 4 : 5];
        return (target, r.Next(target.Seeds.Count), Steps(r, target.Workbook));
    }

    /// <summary>The random seed of input i of a run (SplitMix64's finaliser): runs with nearby seeds share no inputs.</summary>
    static int Mix(int seed, int i)
    {
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)i * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }

    byte[] Build(Target target, int seedIndex, Step[] steps)
    {
        var bytes = target.Seeds[seedIndex].Bytes;
        foreach (var s in steps) bytes = target.Workbook && !target.Seeds[seedIndex].FileName.EndsWith(".xls", StringComparison.Ordinal) ? MutateWorkbook(bytes, s) : MutateText(bytes, s with { Kind = s.Kind % TextKinds });
        return bytes;
    }

    (Exception? Outcome, TimeSpan Elapsed) Try(Target target, int seedIndex, Step[] steps, int i)
    {
        var dir = Path.Combine(_work, $"{i}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var (fileName, _, folder) = target.Seeds[seedIndex];
            // The plan's neighbours (a workbook named in chi_tieu, units) come along, so references still resolve.
            if (folder.Length > 0)
                foreach (var f in Directory.GetFiles(folder)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            var path = Path.Combine(dir, fileName);
            File.WriteAllBytes(path, Build(target, seedIndex, steps));
            var clock = Stopwatch.StartNew();
            var task = Task.Run(() =>
            {
                try { target.Run(this, path); return null; }
                catch (Exception ex) { return ex; }
            });
            if (!task.Wait(Hang)) return (new TimeoutException($"no outcome in {Hang.TotalSeconds:0} s (a hang)"), clock.Elapsed);
            return (task.Result, clock.Elapsed);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    string Save(Target target, int seedIndex, Step[] steps, string foundDir, int i)
    {
        Directory.CreateDirectory(foundDir);
        var name = target.Seeds[seedIndex].FileName;
        var path = Path.Combine(foundDir, $"{target.Name}-{i}-{Path.GetFileNameWithoutExtension(name)}{Path.GetExtension(name)}");
        File.WriteAllBytes(path, Build(target, seedIndex, steps));
        File.WriteAllText(path + ".steps.txt", $"target {target.Name}, seed file {seedIndex} ({target.Seeds[seedIndex].Folder}), steps:\n" + string.Join("\n", steps.Select(s => s.ToString())) + "\n");
        return path;
    }
}
