using System.Xml;
using ReportKit.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.Safety;

/// <summary>
/// The one place where what a reader throws on a damaged, crafted or unreadable input becomes a
/// located error. Readers of our own throw <see cref="ReportKitException"/> with the sheet and
/// cell (or line and column) they were at; this adds what third-party readers (ExcelDataReader,
/// System.IO.Compression, XmlReader) and the file system throw, named by file. What it does not
/// know stays an exception: a bug, reported as an internal error.
/// </summary>
internal static class ReadFailure
{
    /// <summary>Runs a read of <paramref name="file"/>; a failure caused by the file becomes an error in <paramref name="bag"/> and the result null.</summary>
    public static T? Guard<T>(string file, DiagnosticBag bag, Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (ReportKitException ex)
        {
            bag.AddRange(ex.Diagnostics);
            return null;
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            bag.Add(new Diagnostic(Severity.Error, file, null, message));
            return null;
        }
    }

    /// <summary>What a reader's exception says about the input, as the rest of a sentence after the file name; null for exceptions that are bugs.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => SafetyMessages.FileNotFound,
        UnauthorizedAccessException => SafetyMessages.PermissionDenied,
        InvalidDataException or EndOfStreamException => UiLanguage.Format(SafetyMessages.FileCutShort, ex.Message),
        XmlException x => UiLanguage.Format(SafetyMessages.FileXmlMalformed, x.LineNumber, x.LinePosition, x.Message),
        ExcelDataReader.Exceptions.ExcelReaderException => UiLanguage.Format(SafetyMessages.NotAWorkbook, ex.Message),
        IOException => UiLanguage.Format(SafetyMessages.CannotRead, ex.Message),
        OutOfMemoryException or InsufficientExecutionStackException => SafetyMessages.TooLargeToRead,
        _ => null,
    };

    /// <summary>For third-party readers, which throw anything on damaged input (NullReference, IndexOutOfRange, ...): every exception is the file's fault.</summary>
    public static string DescribeAny(Exception ex) => Describe(ex) ?? UiLanguage.Format(SafetyMessages.FileDamaged, ex.GetType().Name, ex.Message);
}
