using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// ReportKit from C#: <see cref="PlanRendering"/> renders a plan built in code, a YAML text or a file to
/// streams in one call, with the templates and profiles carried inside the library; the sample
/// under docs/samples runs; the library packs as a NuGet package.
/// </summary>
public class LibraryTests
{
    const string Configuration = Build.Configuration;

    static Plan CodePlan() => new()
    {
        Organ = new Organ { Parent = "Hội LHPN tỉnh Khánh Hòa", Issuer = "Ban Thường vụ" },
        Number = 42,
        Symbol = "KH-BTV",
        Place = "Khánh Hòa",
        Date = new DateOnly(2026, 3, 2),
        Subject = "Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ",
        Body = new TextSource("# Mục đích, yêu cầu\n- Tuyên truyền truyền thống của phụ nữ Việt Nam.\n"),
        Recipients = [new Recipient("Trung ương Hội", "để báo cáo")],
        Signer = new Signer { Authority = ["TM. BAN THƯỜNG VỤ"], Position = "CHỦ TỊCH", Name = "Nguyễn Thị Hồng Hải" },
    };

    static string Text(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return DocxText.Plain(doc.MainDocumentPart!.Document.Body!);
    }

    [Fact]
    public void A_plan_built_in_code_renders_to_a_docx_stream_with_its_title_and_signer()
    {
        using var docx = new MemoryStream();
        var output = PlanRendering.From(CodePlan()).Render(docx);
        var text = Text(docx.ToArray());
        Assert.Contains("Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ", text);
        Assert.Contains("Nguyễn Thị Hồng Hải", text);
        Assert.Contains("Số: 42/KH-BTV", text);
        Assert.False(output.Annex);
        Assert.False(output.Pdf);
    }

    [Fact]
    public void A_file_renders_through_the_library_to_the_same_bytes_as_reportgen_render()
    {
        using var dir = new Repo.TempDir();
        var example = Repo.Example("khanh-hoa-2021");
        var files = new PlanRenderer(Repo.Templates).Render(example, dir.Path).Files;
        using var docx = new MemoryStream();
        using var annex = new MemoryStream();
        var output = PlanRendering.FromFile(example).Render(docx, annex);
        Assert.True(output.Annex);
        Assert.Equal(File.ReadAllBytes(files[0]), docx.ToArray());
        Assert.Equal(File.ReadAllBytes(files[1]), annex.ToArray());
    }

    [Fact]
    public void Yaml_text_renders_with_the_bundled_templates_and_its_errors_are_located_in_it()
    {
        var yaml = File.ReadAllText(Repo.Example("khanh-hoa-2021"));
        using var docx = new MemoryStream();
        PlanRendering.FromYaml(yaml).Render(docx);
        Assert.Contains("Nguyễn Quỳnh Nga", Text(docx.ToArray()));

        var lines = yaml.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("ngay:", StringComparison.Ordinal));
        lines[at] = "ngay: 31/02/2021";
        using var untouched = new MemoryStream();
        var ex = Assert.Throws<ReportKitException>(() => PlanRendering.FromYaml(string.Join('\n', lines), "khanh-hoa.yaml").Render(untouched));
        Assert.Contains(ex.Diagnostics, d => d.ToString().StartsWith($"khanh-hoa.yaml:{at + 1}:7:", StringComparison.Ordinal) && d.Message.Contains("31/02/2021"));
        Assert.Equal(0, untouched.Length);
    }

    [Fact]
    public void A_templates_folder_given_by_the_caller_comes_before_the_bundled_one()
    {
        using var dir = new Repo.TempDir();
        var templates = Path.Combine(dir.Path, "mau");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "ke-hoach.sbn"),
            File.ReadAllText(Path.Combine(Repo.Templates, "ke-hoach.sbn")).Replace("Trên đây là", "Trên đây là (mẫu riêng)"));
        using var docx = new MemoryStream();
        PlanRendering.From(CodePlan()).WithTemplates(templates).Render(docx);
        Assert.Contains("Trên đây là (mẫu riêng)", Text(docx.ToArray()));
    }

    [Fact]
    public void A_plan_given_as_text_cannot_reach_files_outside_its_folder_and_the_template_folders()
    {
        using var dir = new Repo.TempDir();
        var secret = dir.File("bi-mat.sbn", "bí mật");
        var folder = Path.Combine(dir.Path, "ke-hoach");
        Directory.CreateDirectory(folder);
        var yaml = File.ReadAllText(Repo.Example("khanh-hoa-2021")) + "mau: ../bi-mat.sbn\n";
        var ex = Assert.Throws<ReportKitException>(() => PlanRendering.FromYaml(yaml).WithFolder(folder).Render(new MemoryStream()));
        Assert.Contains(ex.Diagnostics, d => d.Message.StartsWith("mau:", StringComparison.Ordinal) && d.Message.Contains("outside the plan's folder"));
        Assert.True(File.Exists(secret));
    }

    [NeedsLibreOfficeFact]
    public void A_pdf_is_written_to_its_stream_through_libreoffice()
    {
        using var dir = new Repo.TempDir();
        var pdfPath = Path.Combine(dir.Path, "ke-hoach.pdf");
        using (var docx = new MemoryStream())
        using (var pdf = File.Create(pdfPath))
            Assert.True(PlanRendering.From(CodePlan()).Render(docx, pdf: pdf).Pdf);
        var text = LibreOffice.Text(pdfPath);
        Assert.Contains("Nguyễn Thị Hồng Hải", text);
        Assert.Contains("kỷ niệm Ngày Quốc tế Phụ nữ", text);
    }

    [UnixFact]
    public void When_libreoffice_fails_the_error_says_what_it_said_in_the_users_language_and_no_stream_is_written()
    {
        using var dir = new Repo.TempDir();
        var soffice = LibreOffice.FakeSoffice(dir.Path, "echo 'Error: source file could not be loaded' >&2\nexit 1");
        using var docx = new MemoryStream();
        using var pdf = new MemoryStream();
        var english = Assert.Throws<ReportKitException>(() => PlanRendering.From(CodePlan()).WithLibreOffice(soffice).Render(docx, pdf: pdf));
        Assert.Equal("ke-hoach.docx could not be converted to PDF: LibreOffice said: Error: source file could not be loaded (exit code 1).", english.Diagnostics.Single().Message);
        Assert.Equal(0, docx.Length + pdf.Length);
        var vietnamese = TestLanguage.In(Localization.UiLanguage.Vietnamese,
            () => Assert.Throws<ReportKitException>(() => PlanRendering.From(CodePlan()).WithLibreOffice(soffice).Render(docx, pdf: pdf)));
        Assert.StartsWith("ke-hoach.docx không chuyển được sang PDF: ", vietnamese.Diagnostics.Single().Message);
    }

    [Fact]
    public void The_sample_program_writes_docx_files_with_the_plans_title_and_signer()
    {
        using var dir = new Repo.TempDir();
        var sample = Path.Combine(Repo.Root, "docs", "samples", "LibrarySample", "bin", Configuration, "net10.0", "LibrarySample.dll");
        Assert.True(File.Exists(sample), $"{sample} was not built (the test project references the sample so that it is)");
        var stdout = Programs.Run(dir.Path, "dotnet", sample, "out");
        Assert.Contains("chi-tieu.phu-luc.xlsx", stdout);

        var code = Text(File.ReadAllBytes(Path.Combine(dir.Path, "out", "ke-hoach.docx")));
        Assert.Contains("Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3", code);
        Assert.Contains("Nguyễn Thị Hồng Hải", code);
        var fromYaml = Text(File.ReadAllBytes(Path.Combine(dir.Path, "out", "chi-tieu.docx")));
        Assert.Contains("Phát triển hội viên năm 2026", fromYaml);
        Assert.Contains("Phát triển thêm 1.300 hội viên", fromYaml);
        Assert.True(new FileInfo(Path.Combine(dir.Path, "out", "chi-tieu.phu-luc.xlsx")).Length > 0);
    }

    [Fact]
    public void The_library_packs_as_a_nuget_package_with_its_metadata_docs_and_the_bundled_templates()
    {
        using var dir = new Repo.TempDir();
        // The test project has just built the library: pack that build.
        Programs.Run(Repo.Root, "dotnet", "pack", Path.Combine(Repo.Root, "src", "ReportKit"), "-c", Configuration, "--no-build", "-o", dir.Path);
        var nupkg = Assert.Single(Directory.GetFiles(dir.Path, "ReportKit.*.nupkg"));
        using var package = ZipFile.OpenRead(nupkg);
        var files = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/ReportKit.dll", files);
        Assert.Contains("lib/net10.0/ReportKit.xml", files);
        Assert.Contains("README.md", files);
        var meta = Programs.NuspecMetadata(package);
        Assert.Equal("ReportKit", meta.Field("id"));
        Assert.Equal("MIT", meta.Field("license"));
        Assert.Equal("README.md", meta.Field("readme"));
        Assert.Contains("docx", meta.Field("tags"));
        Assert.Contains("KẾ HOẠCH", meta.Field("description"));
        Assert.Contains("Scriban.Signed", meta.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value));
        // The templates and profiles travel inside the library itself.
        var resources = typeof(PlanRendering).Assembly.GetManifestResourceNames();
        Assert.Contains("ReportKit.Templates/ke-hoach.sbn", resources);
        Assert.Contains("ReportKit.Templates/profiles/hoi.yaml", resources);
        Assert.Contains("ReportKit.Schemas.ke-hoach.schema.json", resources);
    }
}
