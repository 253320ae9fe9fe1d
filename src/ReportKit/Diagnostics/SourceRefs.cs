using ReportKit.Model;

namespace ReportKit.Diagnostics;

/// <summary>Turns a <see cref="SourceRef"/> into a located diagnostic: file:line:col or file!sheet!cell.</summary>
internal static class SourceRefs
{
    public static Diagnostic At(this SourceRef? at, Severity severity, string message)
    {
        if (at is null) return new Diagnostic(severity, null, null, message);
        if (at.Sheet is not null && at.Cell is not null)
            return severity == Severity.Error ? Diagnostic.CellError(at.File, at.Sheet, at.Cell, message) : Diagnostic.CellWarning(at.File, at.Sheet, at.Cell, message);
        return new Diagnostic(severity, at.File, at.Line > 0 ? $"{at.Line}:{at.Column}" : null, message);
    }
}
