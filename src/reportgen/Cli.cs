using ReportGen.Localization;
using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Safety;

namespace ReportGen;

/// <summary>Exit codes and error printing shared by every command: located messages, never a stack trace.</summary>
static class Cli
{
    public const int Ok = 0, InputError = 1, InternalError = 70;

    /// <summary>Problems printed for one run; the rest are counted.</summary>
    const int MaxListed = 200;

    /// <summary>REPORTKIT_LIMITS, then each --limit, for the rest of the run; a bad value is an error naming where it was written.</summary>
    public static int ApplyLimits(IEnumerable<string> options)
    {
        try
        {
            var limits = Limits.FromEnvironment();
            foreach (var o in options) limits = limits.With(o, "--limit");
            Limits.SetForProcess(limits);
            return Ok;
        }
        catch (ReportKitException ex)
        {
            foreach (var d in ex.Diagnostics) Console.Error.WriteLine(d.ToLine());
            return InputError;
        }
    }

    /// <param name="nothingWritten">False for commands that write good items and report the bad ones (clone).</param>
    public static int Run(Action action, bool nothingWritten = true)
    {
        try
        {
            action();
            return Ok;
        }
        catch (ReportKitException ex)
        {
            // A badly damaged input can carry many thousands of problems: the first ones say what to fix.
            foreach (var d in ex.Diagnostics.Take(MaxListed)) Console.Error.WriteLine(d.ToLine());
            if (ex.Diagnostics.Count > MaxListed) Console.Error.WriteLine(UiLanguage.Format(CliMessages.MoreNotListed, ex.Diagnostics.Count - MaxListed));
            var errors = ex.Diagnostics.Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine(UiLanguage.Format(nothingWritten ? CliMessages.ErrorsNothingWritten : CliMessages.ErrorsCount, errors));
            return InputError;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine(Error(ex.Message));
            return InputError;
        }
        catch (OutOfMemoryException)
        {
            // Limits keep every input far below this; reaching it means limits were raised past what the machine holds.
            Console.Error.WriteLine(Error(CliMessages.OutOfMemory));
            return InputError;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine(Error(ex.Message));
            return InputError;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("REPORTKIT_DEBUG") != "1")
        {
            // A bug, not bad input: say so plainly; REPORTKIT_DEBUG=1 shows the stack trace.
            Console.Error.WriteLine(UiLanguage.Format(CliMessages.InternalError, ex.GetType().Name, ex.Message));
            return InternalError;
        }
    }

    /// <summary>"lỗi: …" ("error: …" in English): a line that says what went wrong.</summary>
    public static string Error(string message) => UiLanguage.Format(DiagnosticMessages.Error, message);

    /// <summary>"đã ghi out/ke-hoach.docx" ("wrote …"): a file written, relative to the working folder.</summary>
    public static string Wrote(string path) => UiLanguage.Format(CliMessages.Wrote, Path.GetRelativePath(Environment.CurrentDirectory, path));
}
