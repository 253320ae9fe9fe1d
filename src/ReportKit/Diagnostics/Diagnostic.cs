using ReportKit.Localization;

namespace ReportKit.Diagnostics;

public enum Severity { Error, Warning }

/// <summary>
/// One problem with a place: "plan.yaml:14:3: ngay: "31/02/2024" is not a date".
/// Location is file:line:column for text sources and file!sheet!A1 for workbooks.
/// </summary>
public sealed record Diagnostic(Severity Severity, string? File, string? Location, string Message)
{
    public static Diagnostic Error(string? file, int line, int column, string message) =>
        new(Severity.Error, file, $"{line}:{column}", message);

    public static Diagnostic CellError(string file, string sheet, string cell, string message) =>
        new(Severity.Error, file, null, message) { Cell = $"{sheet}!{cell}" };

    public static Diagnostic CellWarning(string file, string sheet, string cell, string message) =>
        new(Severity.Warning, file, null, message) { Cell = $"{sheet}!{cell}" };

    /// <summary>Workbook address ("chi_tieu!D7"), printed as file!sheet!cell.</summary>
    public string? Cell { get; init; }

    public override string ToString()
    {
        var where = File is null ? "" : System.IO.Path.GetFileName(File);
        if (Cell is not null) where += "!" + Cell;
        else if (Location is not null) where += ":" + Location;
        // The place stays as written (file:line:column, file!sheet!cell); only the words are the reader's language.
        var message = Severity == Severity.Warning ? UiLanguage.Format(DiagnosticMessages.Warning, Message) : Message;
        return where.Length == 0 ? message : $"{where}: {message}";
    }

    /// <summary>The line the command line prints: "lỗi: plan.yaml:3:1: …" for an error ("error: …" in English), the located warning as it is.</summary>
    public string ToLine() => Severity == Severity.Error ? UiLanguage.Format(DiagnosticMessages.Error, ToString()) : ToString();
}

/// <summary>Collects diagnostics across a stage so the user sees every problem in one run.</summary>
public sealed class DiagnosticBag
{
    readonly List<Diagnostic> _items = [];
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);
    public void Add(Diagnostic d) => _items.Add(d);
    public void AddRange(IEnumerable<Diagnostic> ds) => _items.AddRange(ds);

    public void ThrowIfErrors()
    {
        if (HasErrors) throw new ReportKitException(_items);
    }
}

/// <summary>Bad input: carries located diagnostics; the CLI prints them, never a stack trace.</summary>
public sealed class ReportKitException : Exception
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public ReportKitException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()))) => Diagnostics = diagnostics;

    public ReportKitException(Diagnostic diagnostic) : this([diagnostic]) { }
}
