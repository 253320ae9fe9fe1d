using ReportKit.Localization;

namespace ReportKit.Diagnostics;

/// <summary>Mức: an error stops the render and nothing is written; a warning is reported and the render goes on.</summary>
public enum Severity
{
    /// <summary>Lỗi.</summary>
    Error,
    /// <summary>Cảnh báo.</summary>
    Warning,
}

/// <summary>
/// One problem with a place: "plan.yaml:14:3: ngay: "31/02/2024" is not a date".
/// Location is file:line:column for text sources and file!sheet!A1 for workbooks.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">The file the problem is in; null for a plan built in code and for problems of no file.</param>
/// <param name="Location">"line:column" in a text file; null elsewhere.</param>
/// <param name="Message">What is wrong and what to do, in the user's language.</param>
public sealed record Diagnostic(Severity Severity, string? File, string? Location, string Message)
{
    /// <summary>An error at a line and column of a text file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column, from 1.</param>
    /// <param name="message">What is wrong.</param>
    public static Diagnostic Error(string? file, int line, int column, string message) =>
        new(Severity.Error, file, $"{line}:{column}", message);

    /// <summary>An error at a workbook cell.</summary>
    /// <param name="file">The workbook.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="cell">The cell's address (D7).</param>
    /// <param name="message">What is wrong.</param>
    public static Diagnostic CellError(string file, string sheet, string cell, string message) =>
        new(Severity.Error, file, null, message) { Cell = $"{sheet}!{cell}" };

    /// <summary>A warning at a workbook cell.</summary>
    /// <param name="file">The workbook.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="cell">The cell's address (D7).</param>
    /// <param name="message">What is wrong.</param>
    public static Diagnostic CellWarning(string file, string sheet, string cell, string message) =>
        new(Severity.Warning, file, null, message) { Cell = $"{sheet}!{cell}" };

    /// <summary>Workbook address ("chi_tieu!D7"), printed as file!sheet!cell.</summary>
    public string? Cell { get; init; }

    /// <summary>As reportgen prints it: "ke-hoach.yaml:7:7: ngay: …", "chi-tieu.xlsx!phan_bo!D7: warning: …".</summary>
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
internal sealed class DiagnosticBag
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
    /// <summary>Every problem found, each at its place.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Bad input with all its problems.</summary>
    /// <param name="diagnostics">The problems.</param>
    public ReportKitException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()))) => Diagnostics = diagnostics;

    /// <summary>Bad input with one problem.</summary>
    /// <param name="diagnostic">The problem.</param>
    public ReportKitException(Diagnostic diagnostic) : this([diagnostic]) { }
}
