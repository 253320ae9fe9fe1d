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
                if (asJson) Console.WriteLine(Json(json =>
                {
                    json.WriteString("file", path);
                    json.WriteString("error", string.Join("; ", ex.Diagnostics.Select(d => d.Message)));
                }));
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

    /// <summary>
    /// The findings as JSON, written field by field: the serializer's reflection over anonymous
    /// types is not available in the native (NativeAOT) build, where check --json crashed.
    /// </summary>
    static string Json(CheckResult r) => Json(json =>
    {
        json.WriteString("file", r.File);
        json.WriteString("documentType", r.DocumentType);
        json.WriteString("profile", r.Profile);
        json.WriteString("profileReason", r.ProfileReason);
        json.WriteNumber("count", r.Findings.Count);
        json.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", f.Rule);
            json.WriteString("where", f.Where);
            if (f.Paragraph is { } n) json.WriteNumber("paragraph", n); else json.WriteNull("paragraph");
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    static string Json(Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            fields(json);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    static void Print(CheckResult r)
    {
        var name = Path.GetFileName(r.File);
        Console.WriteLine(CheckText.Heading(name, r.DocumentType.ToLowerInvariant(), r.Profile, r.ProfileReason));
        foreach (var f in r.Findings) Console.WriteLine($"{name}: {f}");
        Console.WriteLine(CheckText.Summary(r.Findings.Count));
    }
}
