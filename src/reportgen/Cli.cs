using ReportKit.Diagnostics;

namespace ReportGen;

/// <summary>Exit codes and error printing shared by every command: located messages, never a stack trace.</summary>
static class Cli
{
    public const int Ok = 0, InputError = 1, InternalError = 70;

    public static int Run(Action action)
    {
        try
        {
            action();
            return Ok;
        }
        catch (ReportKitException ex)
        {
            foreach (var d in ex.Diagnostics) Console.Error.WriteLine(d.Severity == Severity.Error ? "error: " + d : d.ToString());
            var errors = ex.Diagnostics.Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine($"{errors} error(s); nothing written.");
            return InputError;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return InputError;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return InputError;
        }
    }
}
