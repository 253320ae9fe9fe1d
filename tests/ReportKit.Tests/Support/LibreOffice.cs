using System.Diagnostics;
using System.Text;
using ReportKit.Diagnostics;
using ReportKit.External.LibreOffice;
using ReportKit.Writers.Pdf;

namespace ReportKit.Tests.Support;

/// <summary>
/// What PDF tests need: LibreOffice to convert and poppler (pdftotext, pdffonts, pdfinfo) to read
/// the result. CI installs both (.ci/run); a machine without them skips these tests and says why.
/// </summary>
public static class LibreOffice
{
    static readonly Lazy<string?> Missing = new(() =>
    {
        try { SofficeLocator.Locate(); }
        catch (ReportKitException ex) { return "LibreOffice is not installed here (" + ex.Diagnostics[0].Message + ")"; }
        return Poppler("pdftotext", "-v") is null ? "poppler-utils (pdftotext, pdffonts) is not installed here; .ci/run installs it" : null;
    });

    public static string? WhyMissing => Missing.Value;

    /// <summary>The text of a PDF as pdftotext reads it, NFC, with every run of whitespace made one space.</summary>
    public static string Text(string pdf) =>
        string.Join(' ', (Poppler("pdftotext", "-enc", "UTF-8", pdf, "-") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    /// <summary>pdffonts' table: one line per font, with its embedded column.</summary>
    public static string Fonts(string pdf) => Poppler("pdffonts", pdf) ?? "";

    /// <summary>pdfinfo -meta: the XMP metadata, where PDF/A declares itself.</summary>
    public static string Metadata(string pdf) => Poppler("pdfinfo", "-meta", pdf) ?? "";

    static string? Poppler(string tool, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>A shell script standing in for soffice (tests of failures need no LibreOffice). Unix only.</summary>
    public static string FakeSoffice(string dir, string script)
    {
        var path = Path.Combine(dir, "soffice");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}

/// <summary>A fact that needs LibreOffice and poppler; skipped, saying what to install, where they are missing.</summary>
public sealed class NeedsLibreOfficeFactAttribute : FactAttribute
{
    public NeedsLibreOfficeFactAttribute()
    {
        if (LibreOffice.WhyMissing is { } why) Skip = why;
    }
}

/// <summary>A theory that needs LibreOffice and poppler.</summary>
public sealed class NeedsLibreOfficeTheoryAttribute : TheoryAttribute
{
    public NeedsLibreOfficeTheoryAttribute()
    {
        if (LibreOffice.WhyMissing is { } why) Skip = why;
    }
}

/// <summary>A fact that runs a shell script as a stand-in soffice: Unix only.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "uses a shell script as a stand-in for soffice";
    }
}
