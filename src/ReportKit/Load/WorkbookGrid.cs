using ReportKit.Diagnostics;
using ReportKit.Safety;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// One cell as read: text, a number (and whether it is shown as %), its font for legacy-text
/// detection, or the <see cref="Problem"/> that keeps it from having a value (a formula never
/// calculated, an error like #DIV/0!, a control character), reported by whoever reads the cell.
/// </summary>
internal sealed record GridCell(string? Text, double? Number, bool PercentFormat = false, string? Font = null, string? Problem = null)
{
    public bool IsEmpty => Number is null && Problem is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// A sheet as a plain grid, so the target reader does not care whether it came from .xlsx or
/// legacy .xls. Rows and columns are 1-based like Excel's; only cells with a value are held, so
/// a sheet formatted down to row 1,048,576 costs nothing.
/// </summary>
internal sealed class SheetGrid
{
    readonly IReadOnlyDictionary<(int Row, int Col), GridCell> _cells;
    readonly HashSet<int> _rowsWithValues;

    public SheetGrid(string name, IReadOnlyDictionary<(int Row, int Col), GridCell> cells)
    {
        Name = name;
        _cells = cells;
        _rowsWithValues = cells.Where(c => !c.Value.IsEmpty).Select(c => c.Key.Row).ToHashSet();
        LastRow = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);
        LastColumn = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Col);
    }

    public string Name { get; }
    public int LastRow { get; }
    public int LastColumn { get; }

    public GridCell Get(int row, int col) => _cells.TryGetValue((row, col), out var c) ? c : new GridCell(null, null);

    public bool RowIsEmpty(int row) => !_rowsWithValues.Contains(row);

    /// <summary>"D7".</summary>
    public static string Address(int row, int col) => ColumnName(col) + row;

    /// <summary>"A", "Z", "AA", "XFD".</summary>
    public static string ColumnName(int col)
    {
        var letters = "";
        for (var c = col; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }
}

/// <summary>
/// Opens a workbook as grids, whatever its extension says: a zip is read as .xlsx/.xlsm, an OLE
/// file as legacy .xls. Nothing a damaged, crafted or oversized file does gets past here as an
/// exception: it becomes an error naming the file, and the sheet and cell when known.
/// </summary>
internal static class WorkbookGrid
{
    /// <param name="wanted">Which sheets to read, by name; the others are listed (for messages) but not read.</param>
    public static IReadOnlyList<SheetGrid>? Open(string path, DiagnosticBag bag, Func<string, bool>? wanted = null)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".xlsx" or ".xlsm" or ".xls"))
            return Fail(bag, path, UiLanguage.Format(LoadMessages.WorkbookExtensionUnknown, ext));
        if (Directory.Exists(path)) return Fail(bag, path, LoadMessages.WorkbookIsAFolder);
        if (!File.Exists(path)) return Fail(bag, path, SafetyMessages.FileNotFound);
        var limits = Limits.Current;
        var length = new FileInfo(path).Length;
        if (length == 0) return Fail(bag, path, LoadMessages.WorkbookEmptyFile);
        if (length > limits.WorkbookSize)
            return Fail(bag, path, UiLanguage.Format(LoadMessages.WorkbookTooLarge, Limits.Size(length), limits.Hint("workbook-size")));
        return ReadFailure.Guard<IReadOnlyList<SheetGrid>>(path, bag, () =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var head = new byte[8];
            var n = stream.Read(head);
            stream.Position = 0;
            if (n >= 4 && head is [0x50, 0x4B, ..]) return XlsxGridReader.Read(path, stream, wanted ?? (_ => true), bag, limits);
            if (n >= 8 && head is [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
            {
                if (ext != ".xls") return Fail(bag, path, LoadMessages.WorkbookIsOleFile);
                // The .xls reader is a library with no way to stop it; it can crawl on a damaged file.
                // Closing its stream makes its next read fail, so a run that outlives the limit ends soon after.
                var read = Task.Run(() => XlsGridReader.Read(path, stream, wanted ?? (_ => true), limits));
                if (Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(limits.XlsSeconds))).GetAwaiter().GetResult() != read)
                {
                    stream.Dispose();
                    return Fail(bag, path, UiLanguage.Format(LoadMessages.XlsTooSlow, limits.XlsSeconds, limits.Hint("xls-seconds")));
                }
                return read.GetAwaiter().GetResult(); // the reader's own exception, not wrapped
            }
            return Fail(bag, path, NotAWorkbook(path, ext));
        });
    }

    static string NotAWorkbook(string path, string ext)
    {
        var sample = new byte[Math.Min(4096, (int)new FileInfo(path).Length)];
        using (var f = File.OpenRead(path)) f.ReadExactly(sample);
        var text = sample.Count(b => b is 9 or 10 or 13 || b >= 32) > sample.Length * 95 / 100;
        return text
            ? UiLanguage.Format(LoadMessages.WorkbookIsTextFile, ext == ".xls" ? ".xls" : ".xlsx")
            : UiLanguage.Format(LoadMessages.WorkbookNotReadable, ext == ".xls" ? ".xls" : ".xlsx");
    }

    static IReadOnlyList<SheetGrid>? Fail(DiagnosticBag bag, string path, string message)
    {
        bag.Add(new Diagnostic(Severity.Error, path, null, message));
        return null;
    }
}
