using System.Globalization;
using System.Runtime.CompilerServices;
using ReportKit.Localization;

namespace ReportKit.Tests.Support;

/// <summary>
/// The language of messages inside the test process: English unless a test asks for another, so
/// assertions do not depend on the machine's culture. Command-line tests choose theirs with
/// REPORTKIT_LANG or --lang (see <see cref="Cli"/>).
/// </summary>
public static class TestLanguage
{
    [ModuleInitializer]
    internal static void PinEnglish() => UiLanguage.Use(UiLanguage.English);

    /// <summary>Runs <paramref name="body"/> with messages in <paramref name="culture"/> on this flow only (CurrentUICulture flows with async calls and tasks).</summary>
    public static T In<T>(CultureInfo culture, Func<T> body)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return body(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
