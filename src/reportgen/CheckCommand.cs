using System.CommandLine;
using ReportGen.Localization;
using ReportKit.Localization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportKit.Checks.Document;
using ReportKit.Diagnostics;
using ReportKit.Import;

namespace ReportGen;

/// <summary>reportgen check van-ban.docx [--the-thuc hoi|nha-nuoc|dang|doan|auto] [--json]</summary>
static class CheckCommand
{
    public const int Clean = 0, Findings = 1, Unreadable = 2;

    public static Command Create()
    {
        var input = new Argument<FileInfo>("document") { Description = CliMessages.CheckDocumentArgument };
        var profile = new Option<string>("--the-thuc") { Description = CliMessages.CheckProfileOption, DefaultValueFactory = _ => "auto" };
        var json = new Option<bool>("--json") { Description = CliMessages.CheckJsonOption };
        var templates = CommonOptions.Templates();
        var command = new Command("check", CliMessages.CheckDescription)
        {
            input, profile, json, templates,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!.FullName;
            var asJson = parse.GetValue(json);
            try
            {
                var importer = new DocumentImporter(parse.GetValue(templates)?.FullName, path);
                var forced = ImportOptions.Profile(parse.GetValue(profile), importer);
                var recognition = importer.Recognise(path, forced);
                if (recognition.Source.Format != SourceFormat.Docx)
                    throw new ReportKitException(new Diagnostic(Severity.Error, path, null, CliMessages.CheckPlainText));
                var result = DocumentChecker.Check(recognition, importer.Profile(recognition.Plan.Profile));
                if (asJson) Console.WriteLine(Json(result));
                else Print(result);
                return result.Findings.Count == 0 ? Clean : Findings;
            }
            catch (ReportKitException ex)
            {
                if (asJson) Console.WriteLine(JsonSerializer.Serialize(new { file = path, error = string.Join("; ", ex.Diagnostics.Select(d => d.Message)) }, Options));
                else foreach (var d in ex.Diagnostics) Console.Error.WriteLine(d.ToLine());
                return Unreadable;
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine(UiLanguage.Format(DiagnosticMessages.Error, $"{path}: {ex.Message}"));
                return Unreadable;
            }
            catch (UnauthorizedAccessException ex)
            {
                Console.Error.WriteLine(UiLanguage.Format(DiagnosticMessages.Error, $"{path}: {ex.Message}"));
                return Unreadable;
            }
        });
        return command;
    }

    static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string Json(CheckResult r) => JsonSerializer.Serialize(new
    {
        file = r.File,
        documentType = r.DocumentType,
        profile = r.Profile,
        profileReason = r.ProfileReason,
        count = r.Findings.Count,
        findings = r.Findings.Select(f => new { rule = f.Rule, where = f.Where, paragraph = f.Paragraph, message = f.Message }),
    }, Options);

    static void Print(CheckResult r)
    {
        var name = Path.GetFileName(r.File);
        Console.WriteLine(CheckText.Heading(name, r.DocumentType.ToLowerInvariant(), r.Profile, r.ProfileReason));
        foreach (var f in r.Findings) Console.WriteLine($"{name}: {f}");
        Console.WriteLine(CheckText.Summary(r.Findings.Count));
    }
}
