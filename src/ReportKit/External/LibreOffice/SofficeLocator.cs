using ReportKit.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.External.LibreOffice;

/// <summary>What LibreOffice is needed for, so the message without it says what the user was doing.</summary>
internal enum SofficeUse
{
    /// <summary>render --pdf, batch --pdf: DOCX → PDF.</summary>
    PdfOutput,
    /// <summary>import, check, fix of a Word 97–2003 .doc (or .rtf, .odt): → DOCX.</summary>
    OldDocument,
}

/// <summary>
/// Finds LibreOffice's soffice program: REPORTKIT_SOFFICE first (a path to soffice, or to the
/// folder holding it), then PATH, then the folders the installers use on Windows and macOS. The
/// PDF writer and the reader of old Word documents both use it.
/// </summary>
internal static class SofficeLocator
{
    public const string EnvironmentVariable = "REPORTKIT_SOFFICE";

    static readonly string[] ProgramNames = OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];

    /// <summary>The soffice program to run; a <see cref="ReportKitException"/> saying what to install when there is none.</summary>
    public static string Locate(SofficeUse use = SofficeUse.PdfOutput) => Locate(Environment.GetEnvironmentVariable, File.Exists, use);

    /// <summary>The soffice program, or null when LibreOffice is not installed (a wrong REPORTKIT_SOFFICE is still an error).</summary>
    public static string? Find()
    {
        try { return Locate(); }
        catch (ReportKitException) when (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable))) { return null; }
    }

    internal static string Locate(Func<string, string?> environment, Func<string, bool> exists, SofficeUse use = SofficeUse.PdfOutput)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            if (exists(configured)) return Path.GetFullPath(configured);
            var inFolder = ProgramNames.Select(n => Path.Combine(configured, n)).FirstOrDefault(exists);
            if (inFolder is not null) return Path.GetFullPath(inFolder);
            throw new ReportKitException(new Diagnostic(Severity.Error, null, null,
                UiLanguage.Format(ExternalMessages.SofficeSettingWrong, EnvironmentVariable, configured)));
        }
        var found = Candidates(environment).FirstOrDefault(exists);
        if (found is not null) return found;
        throw new ReportKitException(new Diagnostic(Severity.Error, null, null, use switch
        {
            SofficeUse.OldDocument => UiLanguage.Format(ExternalMessages.SofficeMissingForOldDocument, EnvironmentVariable),
            _ => UiLanguage.Format(ExternalMessages.SofficeMissingForPdf, EnvironmentVariable),
        }));
    }

    static IEnumerable<string> Candidates(Func<string, string?> environment)
    {
        var path = environment("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var name in ProgramNames)
                yield return Path.Combine(dir.Trim('"'), name);
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { environment("ProgramFiles"), environment("ProgramFiles(x86)"), @"C:\Program Files", @"C:\Program Files (x86)" })
                if (!string.IsNullOrEmpty(root)) yield return Path.Combine(root, "LibreOffice", "program", "soffice.exe");
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/LibreOffice.app/Contents/MacOS/soffice";
        }
        else
        {
            yield return "/usr/lib/libreoffice/program/soffice";
            yield return "/opt/libreoffice/program/soffice";
        }
    }
}
