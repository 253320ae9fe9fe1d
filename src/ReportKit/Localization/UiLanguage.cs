using System.Globalization;

namespace ReportKit.Localization;

/// <summary>
/// Ngôn ngữ giao diện: the language every message is printed in. Vietnamese unless the user asks
/// for English (<c>--lang en</c> or <c>REPORTKIT_LANG=en</c>); the machine's own culture is not
/// consulted, because the clerks who read the messages often work on English-language Windows.
/// </summary>
internal static class UiLanguage
{
    /// <summary>Vietnamese: the neutral resources, written in the source.</summary>
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    /// <summary>English: the <c>en</c> satellite resources.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The names <c>--lang</c> and <c>REPORTKIT_LANG</c> accept.</summary>
    public static readonly IReadOnlyList<string> Names = ["vi", "en"];

    /// <summary>The culture a name stands for (<c>vi</c>, <c>en</c>, case and region ignored: <c>en-US</c> is English), or null.</summary>
    public static CultureInfo? Parse(string? name)
    {
        var n = name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(n)) return null;
        var primary = n.Split('-', '_')[0];
        return primary switch { "vi" => Vietnamese, "en" => English, _ => null };
    }

    /// <summary>Makes <paramref name="culture"/> the language of messages for this process, every thread included.</summary>
    public static void Use(CultureInfo culture)
    {
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Formats a message from the resources with the current UI culture's text and invariant numbers.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
