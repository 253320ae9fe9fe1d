using System.CommandLine;
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
        var input = new Argument<FileInfo>("document") { Description = "The document to check: any .docx (a plan, công văn, quyết định, báo cáo, ...), ours or not." };
        var profile = new Option<string>("--the-thuc") { Description = "Profile to hold it against: hoi, nha-nuoc, dang, doan, or auto (what the document's header says).", DefaultValueFactory = _ => "auto" };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON (for scripts)." };
        var lang = new Option<string>("--lang") { Description = "Language of the findings: vi (default) or en.", DefaultValueFactory = _ => "vi" };
        var templates = CommonOptions.Templates();
        var command = new Command("check", "Check a document's format against its profile (NĐ 30, HD 36, ...): each deviation with where it is and what the rule says. Exit code 0: no deviation; 1: deviations; 2: the file cannot be read.")
        {
            input, profile, json, lang, templates,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!.FullName;
            var asJson = parse.GetValue(json);
            var language = parse.GetValue(lang) == "en" ? Lang.En : Lang.Vi;
            try
            {
                var importer = new DocumentImporter(parse.GetValue(templates)?.FullName, path);
                var forced = ImportOptions.Profile(parse.GetValue(profile), importer);
                var recognition = importer.Recognise(path, forced);
                if (recognition.Source.Format != SourceFormat.Docx)
                    throw new ReportKitException(new Diagnostic(Severity.Error, path, null, "check reads the formatting of a Word document (.docx, or .doc through LibreOffice); plain text has none to check"));
                var result = DocumentChecker.Check(recognition, importer.Profile(recognition.Plan.Profile), language);
                if (asJson) Console.WriteLine(Json(result));
                else Print(result, recognition, language);
                return result.Findings.Count == 0 ? Clean : Findings;
            }
            catch (ReportKitException ex)
            {
                if (asJson) Console.WriteLine(JsonSerializer.Serialize(new { file = path, error = string.Join("; ", ex.Diagnostics.Select(d => d.Message)) }, Options));
                else foreach (var d in ex.Diagnostics) Console.Error.WriteLine("error: " + d);
                return Unreadable;
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"error: {path}: {ex.Message}");
                return Unreadable;
            }
            catch (UnauthorizedAccessException ex)
            {
                Console.Error.WriteLine($"error: {path}: {ex.Message}");
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

    static void Print(CheckResult r, ReportKit.Import.Recognise.Recognition recognition, Lang lang)
    {
        var name = Path.GetFileName(r.File);
        Console.WriteLine(CheckText.Heading(name, r.DocumentType.ToLowerInvariant(), r.Profile, r.ProfileReason, lang));
        foreach (var f in r.Findings) Console.WriteLine($"{name}: {f}");
        Console.WriteLine(CheckText.Summary(r.Findings.Count, lang));
    }
}
