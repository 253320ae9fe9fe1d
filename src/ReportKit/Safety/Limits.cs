using System.Globalization;
using ReportKit.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.Safety;

/// <summary>
/// How much input and work one run accepts, so no file can crash, hang or exhaust the machine.
/// Defaults fit the largest real plans many times over (a plan is a few kilobytes, a province
/// has at most 168 communes, the country 3,321). IT staff change them per run with
/// <c>--limit name=value</c> or for every run with the environment variable
/// <c>REPORTKIT_LIMITS="name=value,name=value"</c>; docs/gioi-han.md lists them.
/// </summary>
internal sealed record Limits
{
    /// <summary>Nesting of YAML lists and mappings; past it YamlDotNet's recursive reader overflows the stack.</summary>
    public int YamlDepth { get; init; } = 100;

    /// <summary>Values that aliases (*name) may repeat in one file, counted expanded ("billion laughs").</summary>
    public int YamlAliasNodes { get; init; } = 10_000;

    /// <summary>Size of a text input: plan, units YAML, profile, template.</summary>
    public long FileSize { get; init; } = 10 << 20;

    /// <summary>Size of a workbook file (.xlsx, .xls).</summary>
    public long WorkbookSize { get; init; } = 50 << 20;

    /// <summary>Highest row of a workbook sheet that may hold a value.</summary>
    public int WorkbookRows { get; init; } = 50_000;

    /// <summary>Highest column of a workbook sheet that may hold a value.</summary>
    public int WorkbookColumns { get; init; } = 1_000;

    /// <summary>Cells with a value in one workbook.</summary>
    public int WorkbookCells { get; init; } = 1_000_000;

    /// <summary>Seconds reading one legacy .xls may take: the .xls reader (a library) can crawl on a damaged file.</summary>
    public int XlsSeconds { get; init; } = 20;

    /// <summary>Parts inside one .xlsx (a zip).</summary>
    public int ZipEntries { get; init; } = 10_000;

    /// <summary>Unpacked size of one part inside an .xlsx.</summary>
    public long ZipEntrySize { get; init; } = 100 << 20;

    /// <summary>How many times larger than stored a part of over 1 MB may unpack (zip bombs unpack a thousandfold).</summary>
    public int ZipRatio { get; init; } = 200;

    /// <summary>Characters a template may write, or hold in one text value.</summary>
    public int TemplateOutput { get; init; } = 5_000_000;

    /// <summary>Loop iterations in one template run.</summary>
    public int TemplateLoop { get; init; } = 1_000_000;

    /// <summary>Depth of function calls and includes in a template.</summary>
    public int TemplateRecursion { get; init; } = 100;

    /// <summary>Time one regular expression (profile checks, templates) may take on one text.</summary>
    public int RegexTimeoutMs { get; init; } = 1_000;

    public TimeSpan RegexTimeout => TimeSpan.FromMilliseconds(RegexTimeoutMs);

    public static Limits Default { get; } = new();

    /// <summary>The name users write, what it bounds, its unit, and how to read and set it.</summary>
    public sealed record Entry(string Name, string Unit, string Description, Func<Limits, long> Get, Func<Limits, long, Limits> Set, long Max)
    {
        public string Format(long value) => Unit == "bytes" ? Bytes(value) : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Every limit, in the order docs/gioi-han.md lists them.</summary>
    public static IReadOnlyList<Entry> Table { get; } =
    [
        new("file-size", "bytes", "size of a plan, units YAML, profile or template file", l => l.FileSize, (l, v) => l with { FileSize = v }, 1L << 31),
        new("yaml-depth", "levels", "nesting of lists and mappings in a YAML file", l => l.YamlDepth, (l, v) => l with { YamlDepth = (int)v }, 1_000),
        new("yaml-aliases", "values", "values that aliases (*name) repeat in one YAML file", l => l.YamlAliasNodes, (l, v) => l with { YamlAliasNodes = (int)v }, 10_000_000),
        new("workbook-size", "bytes", "size of a workbook file (.xlsx, .xls)", l => l.WorkbookSize, (l, v) => l with { WorkbookSize = v }, 1L << 31),
        new("workbook-rows", "rows", "highest row of a sheet that holds a value", l => l.WorkbookRows, (l, v) => l with { WorkbookRows = (int)v }, 1_048_576),
        new("workbook-columns", "columns", "highest column of a sheet that holds a value", l => l.WorkbookColumns, (l, v) => l with { WorkbookColumns = (int)v }, 16_384),
        new("workbook-cells", "cells", "cells with a value in one workbook", l => l.WorkbookCells, (l, v) => l with { WorkbookCells = (int)v }, 100_000_000),
        new("xls-seconds", "seconds", "time reading one legacy .xls workbook may take", l => l.XlsSeconds, (l, v) => l with { XlsSeconds = (int)v }, 3_600),
        new("zip-entries", "parts", "parts inside one .xlsx", l => l.ZipEntries, (l, v) => l with { ZipEntries = (int)v }, 1_000_000),
        new("zip-entry-size", "bytes", "unpacked size of one part inside an .xlsx", l => l.ZipEntrySize, (l, v) => l with { ZipEntrySize = v }, 1L << 31),
        new("zip-ratio", "times", "how many times larger than stored a part over 1 MB may unpack", l => l.ZipRatio, (l, v) => l with { ZipRatio = (int)v }, 1_000_000),
        new("template-output", "characters", "characters a template writes, or holds in one text value", l => l.TemplateOutput, (l, v) => l with { TemplateOutput = (int)v }, 500_000_000),
        new("template-loop", "iterations", "loop iterations in one template run", l => l.TemplateLoop, (l, v) => l with { TemplateLoop = (int)v }, int.MaxValue),
        new("template-recursion", "calls", "depth of function calls and includes in a template", l => l.TemplateRecursion, (l, v) => l with { TemplateRecursion = (int)v }, 1_000),
        new("regex-timeout", "ms", "time one regular expression may take on one text", l => l.RegexTimeoutMs, (l, v) => l with { RegexTimeoutMs = (int)v }, 600_000),
    ];

    public static Entry Find(string name) => Table.First(e => e.Name == name);

    /// <summary>"(limit yaml-depth = 100; raise it with --limit yaml-depth=N or REPORTKIT_LIMITS=yaml-depth=N)": the end of every message about a limit.</summary>
    public string Hint(string name)
    {
        var e = Find(name);
        return UiLanguage.Format(SafetyMessages.LimitHint, name, e.Format(e.Get(this)));
    }

    /// <summary>"12 MB", "800 KB", "512 bytes".</summary>
    public static string Bytes(long n) => n switch
    {
        >= 1 << 30 when n % (1 << 30) == 0 => $"{n >> 30}GB",
        >= 1 << 20 when n % (1 << 20) == 0 => $"{n >> 20}MB",
        >= 1 << 10 when n % (1 << 10) == 0 => $"{n >> 10}KB",
        _ => UiLanguage.Format(SafetyMessages.SizeInBytes, n),
    };

    /// <summary>A size as people read it, rounded: "12.4 MB".</summary>
    public static string Size(long n) => n >= 1 << 20 ? $"{n / (double)(1 << 20):0.#} MB" : n >= 1 << 10 ? $"{n / 1024.0:0.#} KB" : UiLanguage.Format(SafetyMessages.SizeInBytes, n);

    /// <summary>
    /// Applies "name=value" settings (separated by commas, semicolons or spaces) over these limits.
    /// <paramref name="source"/> names where they came from in error messages ("--limit", "REPORTKIT_LIMITS").
    /// </summary>
    public Limits With(string settings, string source)
    {
        var result = this;
        foreach (var item in settings.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = item.IndexOf('=');
            if (eq <= 0) throw Problem(UiLanguage.Format(SafetyMessages.LimitSettingNotNameValue, source, item));
            var name = item[..eq].Trim().ToLowerInvariant();
            var entry = Table.FirstOrDefault(e => e.Name == name);
            if (entry is null)
            {
                var near = Load.KeySuggester.Closest(name, Table.Select(e => e.Name));
                throw Problem(near is null
                    ? UiLanguage.Format(SafetyMessages.LimitUnknown, source, name, string.Join(", ", Table.Select(e => e.Name)))
                    : UiLanguage.Format(SafetyMessages.LimitUnknownDidYouMean, source, name, near));
            }
            if (ParseValue(item[(eq + 1)..].Trim(), entry.Unit) is not { } value || value <= 0)
                throw Problem(entry.Unit == "bytes"
                    ? UiLanguage.Format(SafetyMessages.LimitNotPositiveSize, source, name, item[(eq + 1)..])
                    : UiLanguage.Format(SafetyMessages.LimitNotPositive, source, name, item[(eq + 1)..], UnitName(entry.Unit)));
            if (value > entry.Max)
                throw Problem(UiLanguage.Format(SafetyMessages.LimitAboveMaximum, source, name, entry.Format(value), entry.Format(entry.Max)));
            result = entry.Set(result, value);
        }
        return result;
    }

    static long? ParseValue(string text, string unit)
    {
        long multiplier = 1;
        var t = text.Replace("_", "");
        if (unit == "bytes")
        {
            foreach (var (suffix, m) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1L) })
                if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { multiplier = m; t = t[..^suffix.Length].Trim(); break; }
        }
        else if (unit == "ms" && t.EndsWith("ms", StringComparison.OrdinalIgnoreCase)) t = t[..^2].Trim();
        else if (unit == "ms" && t.EndsWith('s')) { multiplier = 1000; t = t[..^1].Trim(); }
        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        try { return checked(n * multiplier); } catch (OverflowException) { return null; }
    }

    static ReportKitException Problem(string message) => new(new Diagnostic(Severity.Error, null, null, message));

    /// <summary>A unit as the user reads it, in the language of messages ("levels", "cấp").</summary>
    static string UnitName(string unit) => unit switch
    {
        "levels" => SafetyMessages.UnitLevels,
        "values" => SafetyMessages.UnitValues,
        "rows" => SafetyMessages.UnitRows,
        "columns" => SafetyMessages.UnitColumns,
        "cells" => SafetyMessages.UnitCells,
        "seconds" => SafetyMessages.UnitSeconds,
        "parts" => SafetyMessages.UnitParts,
        "times" => SafetyMessages.UnitTimes,
        "characters" => SafetyMessages.UnitCharacters,
        "iterations" => SafetyMessages.UnitIterations,
        "calls" => SafetyMessages.UnitCalls,
        "ms" => SafetyMessages.UnitMilliseconds,
        _ => unit,
    };

    // ---- the limits in force ----

    static readonly AsyncLocal<Limits?> Scoped = new();
    static Limits? _process;

    /// <summary>The limits in force: those of the enclosing <see cref="Use"/>, else the process's (REPORTKIT_LIMITS over the defaults).</summary>
    public static Limits Current => Scoped.Value ?? (_process ??= FromEnvironment());

    /// <summary>The defaults with REPORTKIT_LIMITS applied; a malformed variable is a <see cref="ReportKitException"/> naming it.</summary>
    public static Limits FromEnvironment() =>
        Environment.GetEnvironmentVariable("REPORTKIT_LIMITS") is { Length: > 0 } env ? Default.With(env, "REPORTKIT_LIMITS") : Default;

    /// <summary>Sets the limits for the rest of the process (the command line does, once, from REPORTKIT_LIMITS and --limit).</summary>
    public static void SetForProcess(Limits limits) => _process = limits;

    /// <summary>Runs the code in this scope (and what it starts) under <paramref name="limits"/>; for tests and hosts.</summary>
    public static IDisposable Use(Limits limits)
    {
        var previous = Scoped.Value;
        Scoped.Value = limits;
        return new Restore(() => Scoped.Value = previous);
    }

    sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
