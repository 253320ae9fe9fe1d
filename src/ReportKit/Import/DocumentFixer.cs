using ReportKit.Import.Recognise;
using ReportKit.Pipeline;
using ReportKit.Writers;

namespace ReportKit.Import;

/// <summary>What fix wrote, and what the import found on the way (converted, corrected, guessed, not placed).</summary>
internal sealed record FixResult(IReadOnlyList<string> Files, Recognition Recognition);

/// <summary>
/// fix: the document's own words in the official format. The document is imported (the same
/// reader and recogniser as import), its plan file is rendered under the detected or given profile,
/// and both the plan file and the DOCX land in the output folder: the plan to edit, the DOCX to
/// sign. Everything is built in a scratch folder first, so a failure leaves the output untouched.
/// </summary>
internal sealed class DocumentFixer
{
    readonly string? _templateDir;

    public DocumentFixer(string? templateDir = null) => _templateDir = templateDir;

    public FixResult Fix(string input, string outputDir, string? profile = null)
    {
        var importer = new DocumentImporter(_templateDir, Path.Combine(outputDir, "x"));
        var recognition = importer.Recognise(input, profile);
        // The official format includes how sections are numbered: the profile's punctuation, the document's depth.
        recognition = recognition with { Plan = recognition.Plan with { Numbering = NumberingScheme.ToProfile(recognition.Plan.Numbering, importer.Profile(recognition.Plan.Profile)) } };
        var name = Path.GetFileNameWithoutExtension(input);
        var scratch = Path.Combine(Path.GetTempPath(), "reportkit-fix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            var yamlPath = Path.Combine(scratch, name + ".yaml");
            File.WriteAllText(yamlPath, importer.CheckedYaml(recognition, yamlPath), new System.Text.UTF8Encoding(false));
            var templates = _templateDir ?? new TemplateLocator(null, input).Roots.FirstOrDefault(r => File.Exists(Path.Combine(r, "ke-hoach.sbn")));
            var rendered = new PlanRenderer(templates).Render(yamlPath, Path.Combine(scratch, "out"));
            Directory.CreateDirectory(outputDir);
            Schemas.YamlSchemas.WriteBeside(outputDir, Schemas.YamlSchemas.Plan);
            var files = new List<string>();
            foreach (var source in new[] { yamlPath }.Concat(rendered.Files))
            {
                var target = Path.Combine(outputDir, Path.GetFileName(source));
                var bytes = File.ReadAllBytes(source);
                AtomicFile.Write(target, s => s.Write(bytes));
                files.Add(target);
            }
            return new FixResult(files, recognition);
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
