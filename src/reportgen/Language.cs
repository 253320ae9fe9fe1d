using System.CommandLine;
using System.Globalization;
using ReportGen.Localization;
using ReportKit.Localization;

namespace ReportGen;

/// <summary>
/// --lang vi|en and REPORTKIT_LANG: chosen before any command is built, because the help texts are
/// read from the resources when the commands are constructed.
/// </summary>
static class Language
{
    public const string EnvironmentVariable = "REPORTKIT_LANG";

    /// <summary>The --lang option, accepted on every command.</summary>
    public static Option<string> Option() => new("--lang")
    {
        Description = CliMessages.LangOption,
        Recursive = true,
        HelpName = "vi|en",
    };

    /// <summary>
    /// Applies the language the arguments or the environment ask for (the argument wins) and
    /// returns an error message for a name that is neither, in the language chosen so far.
    /// </summary>
    public static string? Choose(string[] args)
    {
        UiLanguage.Use(UiLanguage.Vietnamese);
        string? error = null;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env)
        {
            if (UiLanguage.Parse(env) is { } c) UiLanguage.Use(c);
            else error = $"{EnvironmentVariable}={env}";
        }
        if (FromArguments(args) is { } given)
        {
            if (UiLanguage.Parse(given) is { } c) { UiLanguage.Use(c); error = null; }
            else error = given;
        }
        return error is null ? null : string.Format(CultureInfo.InvariantCulture, CliMessages.LangUnknown, error);
    }

    static string? FromArguments(string[] args)
    {
        string? found = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--") break;
            if (args[i] == "--lang" && i + 1 < args.Length) found = args[++i];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) found = args[i]["--lang=".Length..];
            else if (args[i].StartsWith("--lang:", StringComparison.Ordinal)) found = args[i]["--lang:".Length..];
        }
        return found;
    }
}
