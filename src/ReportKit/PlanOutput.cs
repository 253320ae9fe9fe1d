using ReportKit.Diagnostics;

namespace ReportKit;

/// <summary>What <see cref="PlanRendering.Render"/> wrote, and what it warns about.</summary>
/// <param name="Annex">The annex workbook (phụ lục, XLSX) was written: the plan has a table annex and a stream was given for it.</param>
/// <param name="Pdf">The PDF was written.</param>
/// <param name="Warnings">Warnings (cảnh báo), each at its place when the plan came from YAML: figures that disagree with the targets, a date that had to go on two lines, …</param>
public sealed record PlanOutput(bool Annex, bool Pdf, IReadOnlyList<Diagnostic> Warnings);
