using System.Diagnostics;
using ReportKit.Batch;
using ReportKit.Diagnostics;
using ReportKit.Pipeline;
using ReportKit.Localization;
using ReportKit.Tests.Support;
using ReportKit.External.LibreOffice;
using ReportKit.Writers.Pdf;

namespace ReportKit.Tests;

/// <summary>
/// PDF through LibreOffice: every example converts with its title and signer in the text;
/// render --pdf-a gives PDF/A-2b with every font embedded; batch --pdf converts each plan into
/// its own PDF with one LibreOffice per worker; a missing, failing or hanging LibreOffice is a
/// clear message and nothing half-written.
/// </summary>
public class PdfTests(PdfTests.ExamplePdfs examples) : IClassFixture<PdfTests.ExamplePdfs>
{
    /// <summary>Every example rendered and converted in one LibreOffice run (starting LibreOffice costs seconds).</summary>
    public sealed class ExamplePdfs : IDisposable
    {
        readonly Repo.TempDir _dir = new();
        readonly Lazy<IReadOnlyDictionary<string, string>> _pdfs;

        public ExamplePdfs() => _pdfs = new(() =>
        {
            var names = Repo.ExampleNames().Select(o => (string)o[0]).ToList();
            var docx = names.Select(n => new PlanRenderer().Render(Repo.Example(n), Path.Combine(_dir.Path, n)).DocxPath).ToList();
            using var converter = new PdfConverter(SofficeLocator.Locate(), PdfFlavor.Pdf);
            var converted = converter.Convert(docx);
            var pdfs = new Dictionary<string, string>();
            for (var i = 0; i < names.Count; i++)
            {
                Assert.True(converted[i].Succeeded, $"{names[i]}: {converted[i].Error}");
                pdfs[names[i]] = Path.ChangeExtension(docx[i], ".pdf");
                File.Copy(converted[i].PdfPath!, pdfs[names[i]]);
            }
            return pdfs;
        });

        public string Pdf(string example) => _pdfs.Value[example];
        public void Dispose() => _dir.Dispose();
    }

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_converts_to_a_PDF_that_reads_its_title_and_signer(string example)
    {
        var (plan, _, _) = new PlanRenderer().Prepare(Repo.Example(example));
        // pdftotext drops a hyphen that ends a line ("kinh tế -⏎xã hội"), so hyphens are left out of the comparison.
        var text = LibreOffice.Text(examples.Pdf(example)).Replace("- ", "").Replace("-", "");
        Assert.Contains(Collapse(plan.Subject).Replace("- ", "").Replace("-", ""), text);
        Assert.Contains(plan.Signer.Name, text);
    }

    [NeedsLibreOfficeFact]
    public void Render_pdf_a_writes_docx_pdf_and_xlsx_together_as_PDF_A_2b_with_every_font_embedded()
    {
        using var dir = new Repo.TempDir();
        var r = Cli.RunBoth(dir.Path, "render", Repo.Example("khanh-hoa-2021"), "-o", "out", "--pdf-a").Exit(0);

        string[] Lines(string stdout) => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["đã ghi out/ke-hoach.docx", "đã ghi out/ke-hoach.pdf", "đã ghi out/ke-hoach.phu-luc.xlsx"], Lines(r.Vi.Stdout));
        Assert.Equal(["wrote out/ke-hoach.docx", "wrote out/ke-hoach.pdf", "wrote out/ke-hoach.phu-luc.xlsx"], Lines(r.En.Stdout));
        var pdf = Path.Combine(dir.Path, "out", "ke-hoach.pdf");
        var xmp = LibreOffice.Metadata(pdf);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp);
        var fonts = LibreOffice.Fonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", f)); // emb, sub, uni
        Assert.Contains("Nguyễn Quỳnh Nga", LibreOffice.Text(pdf));
        Assert.Equal(["ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.phu-luc.xlsx"], Directory.GetFiles(Path.Combine(dir.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [NeedsLibreOfficeFact]
    public void Batch_pdf_gives_each_plan_its_own_PDF_with_one_LibreOffice_run_per_worker()
    {
        if (OperatingSystem.IsWindows()) return; // counts runs through a shell wrapper
        using var dir = new Repo.TempDir();
        for (var i = 1; i <= 6; i++)
            dir.File($"plans/{(i % 2 == 0 ? "a" : "b")}/xa-{i:00}.yaml", Plans.Minimal.Replace("Nguyễn Thị A", $"Nguyễn Thị Xã {i:00}"));
        dir.File("plans/b/xa-hong.yaml", Plans.Minimal.Replace("08/06/2021", "31/02/2021"));
        var runs = Path.Combine(dir.Path, "runs.log");
        var wrapper = LibreOffice.FakeSoffice(dir.Path, $"echo run >> '{runs}'\nexec '{SofficeLocator.Locate()}' \"$@\"");

        var env = new Dictionary<string, string?> { ["REPORTKIT_SOFFICE"] = wrapper, ["REPORTKIT_LANG"] = null };
        var vi = Cli.Run(env, dir.Path, "batch", "plans", "-o", "out", "-t", Repo.Templates, "-j", "2", "--pdf");
        var runsOfOneBatch = File.ReadAllLines(runs).Length;
        // The same batch in English, into another folder: only its words are compared.
        var en = Cli.Run(env, dir.Path, "batch", "plans", "-o", "out-en", "-t", Repo.Templates, "-j", "2", "--pdf", "--lang", "en");

        new Cli.Both(vi, en).Exit(1)
            .Stderr("xa-hong.yaml:7:7: ngay: \"31/02/2021\" không phải là ngày có thật", "xa-hong.yaml:7:7: ngay: \"31/02/2021\" is not a date")
            .Stdout("đã xuất 6, lỗi 1", "rendered 6, failed 1");
        for (var i = 1; i <= 6; i++)
        {
            var pdf = Path.Combine(dir.Path, "out", i % 2 == 0 ? "a" : "b", $"xa-{i:00}.pdf");
            Assert.Contains($"Nguyễn Thị Xã {i:00}", LibreOffice.Text(pdf));
        }
        Assert.False(File.Exists(Path.Combine(dir.Path, "out", "b", "xa-hong.pdf")));
        Assert.InRange(runsOfOneBatch, 1, 2);
    }

    [UnixFact]
    public void When_LibreOffice_fails_render_says_what_it_said_and_leaves_the_old_files_alone()
    {
        using var dir = new Repo.TempDir();
        var soffice = LibreOffice.FakeSoffice(dir.Path, "echo 'Warning: failed to launch javaldx - java may not function correctly' >&2\necho 'Error: source file could not be loaded' >&2\nexit 1");
        var old = dir.File("out/ke-hoach.docx", "the DOCX of an earlier run");

        var r = Cli.RunBoth(new Dictionary<string, string?> { ["REPORTKIT_SOFFICE"] = soffice }, dir.Path, "render", Repo.Example("khanh-hoa-2021"), "-o", "out", "--pdf").Exit(1);

        Assert.Equal("""
            lỗi: ke-hoach.docx không chuyển được sang PDF: LibreOffice báo: Error: source file could not be loaded (mã thoát 1).
            1 lỗi; không ghi gì.
            """, r.Vi.Stderr.Trim().ReplaceLineEndings("\n"));
        Assert.Equal("""
            error: ke-hoach.docx could not be converted to PDF: LibreOffice said: Error: source file could not be loaded (exit code 1).
            1 error(s); nothing written.
            """, r.En.Stderr.Trim().ReplaceLineEndings("\n"));
        Assert.Equal("the DOCX of an earlier run", File.ReadAllText(old));
        Assert.Equal(["ke-hoach.docx"], Directory.GetFiles(Path.Combine(dir.Path, "out")).Select(Path.GetFileName));
    }

    [UnixFact]
    public void When_LibreOffice_fails_in_a_batch_each_plan_is_reported_and_an_older_PDF_is_not_left_beside_the_new_DOCX()
    {
        using var dir = new Repo.TempDir();
        dir.File("plans/xa-01.yaml", Plans.Minimal);
        var stale = dir.File("out/xa-01.pdf", "a PDF of last year's data");
        var soffice = LibreOffice.FakeSoffice(dir.Path, "echo 'Error: no export filter' >&2\nexit 1");

        Cli.RunBoth(new Dictionary<string, string?> { ["REPORTKIT_SOFFICE"] = soffice }, dir.Path, "batch", "plans", "-o", "out", "-t", Repo.Templates, "--pdf").Exit(1)
            .Stderr("LỖI plans/xa-01.yaml", "FAIL plans/xa-01.yaml")
            .Stderr("xa-01.yaml: xa-01.pdf không ghi được: LibreOffice báo: Error: no export filter (mã thoát 1). Các tệp khác của kế hoạch đã được ghi.",
                "xa-01.yaml: xa-01.pdf was not written: LibreOffice said: Error: no export filter (exit code 1). The plan's other files were written.");
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "xa-01.docx")));
        Assert.False(File.Exists(stale));
    }

    [UnixFact]
    public void A_LibreOffice_that_hangs_is_stopped_at_its_time_limit()
    {
        using var dir = new Repo.TempDir();
        var soffice = LibreOffice.FakeSoffice(dir.Path, "sleep 60");
        var docx = new PlanRenderer().Render(Repo.Example("khanh-hoa-2021"), dir.Path).DocxPath;
        using var converter = new PdfConverter(soffice, PdfFlavor.Pdf) { Timeout = _ => TimeSpan.FromSeconds(1) };

        var clock = Stopwatch.StartNew();
        var result = Assert.Single(converter.Convert([docx]));

        Assert.Equal("LibreOffice did not finish within 1 s and was stopped.", result.Error);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 30);
    }

    [UnixFact]
    public void A_soffice_that_cannot_be_started_is_a_located_error_not_an_internal_one()
    {
        using var dir = new Repo.TempDir();
        var notAProgram = dir.File("soffice", "not a program");

        var r = Cli.RunBoth(new Dictionary<string, string?> { ["REPORTKIT_SOFFICE"] = notAProgram }, dir.Path, "render", Repo.Example("khanh-hoa-2021"), "-o", "out", "--pdf").Exit(1);

        Assert.StartsWith($"lỗi: ke-hoach.docx không chuyển được sang PDF: Không khởi động được LibreOffice: {notAProgram}: ", r.Vi.Stderr);
        Assert.EndsWith("1 lỗi; không ghi gì.", r.Vi.Stderr.Trim());
        Assert.StartsWith($"error: ke-hoach.docx could not be converted to PDF: LibreOffice could not be started: {notAProgram}: ", r.En.Stderr);
        Assert.EndsWith("1 error(s); nothing written.", r.En.Stderr.Trim());
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void Without_LibreOffice_the_message_says_what_to_install()
    {
        var ex = Assert.Throws<ReportKitException>(() => SofficeLocator.Locate(name => name == "PATH" ? "/nowhere" : null, _ => false));
        var message = Assert.Single(ex.Diagnostics).Message;
        Assert.Contains("PDF output needs LibreOffice", message);
        Assert.Contains("sudo apt-get install libreoffice-writer-nogui fonts-liberation", message);
        Assert.Contains("Windows: the installer from libreoffice.org", message);
        Assert.Contains("REPORTKIT_SOFFICE", message);
        var vietnamese = TestLanguage.In(UiLanguage.Vietnamese, () => Assert.Throws<ReportKitException>(() => SofficeLocator.Locate(name => name == "PATH" ? "/nowhere" : null, _ => false)));
        Assert.StartsWith("muốn xuất PDF cần LibreOffice", Assert.Single(vietnamese.Diagnostics).Message);
        Assert.Contains("Windows: bộ cài từ libreoffice.org", vietnamese.Diagnostics[0].Message);
    }

    [Fact]
    public void REPORTKIT_SOFFICE_may_name_the_program_or_its_folder_and_a_wrong_one_is_named_back()
    {
        var program = Path.Combine("/opt/lo/program", OperatingSystem.IsWindows() ? "soffice.exe" : "soffice");
        string? Env(string value, string name) => name == "REPORTKIT_SOFFICE" ? value : null;
        Assert.Equal(Path.GetFullPath(program), SofficeLocator.Locate(n => Env(program, n), p => p == program));
        Assert.Equal(Path.GetFullPath(program), SofficeLocator.Locate(n => Env("/opt/lo/program", n), p => p == program));
        var ex = Assert.Throws<ReportKitException>(() => SofficeLocator.Locate(n => Env("/opt/nothing", n), _ => false));
        Assert.StartsWith("REPORTKIT_SOFFICE is set to '/opt/nothing', which is neither LibreOffice's soffice program nor a folder holding it", ex.Diagnostics[0].Message);
    }

    [Fact]
    public void PDF_A_is_recognised_by_its_XMP_identification()
    {
        Assert.True(PdfExportFilter.IsPdfA2b("%PDF-1.6 <pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"u8));
        Assert.False(PdfExportFilter.IsPdfA2b("%PDF-1.6 <pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"u8));
        Assert.False(PdfExportFilter.IsPdfA2b("%PDF-1.6 no metadata"u8));
    }

    static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
