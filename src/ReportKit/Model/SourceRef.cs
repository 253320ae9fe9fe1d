namespace ReportKit.Model;

/// <summary>
/// Where a value was written: file:line:column (1-based) in YAML, file!sheet!cell in a workbook.
/// Kept on the model for checks that run after loading (per-profile rules, allocation sums), so
/// they can still point at the place to fix.
/// </summary>
public sealed record SourceRef(string File, int Line = 0, int Column = 0, string? Sheet = null, string? Cell = null);
