using System.IO.Compression;
using System.Text;
using ReportKit.Diagnostics;
using ReportKit.Import;
using ReportKit.Import.Docx;
using ReportKit.Tests.Support;
using ReportKit.Text;

namespace ReportKit.Tests;

/// <summary>What the readers take in: bad files get a sentence naming the file, legacy text becomes Unicode, Word lists their numbers.</summary>
public class ImportInputTests
{
    static string Error(string path)
    {
        var ex = Assert.Throws<ReportKitException>(() => DocumentImporter.Read(path));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal(path, d.File);
        return d.Message;
    }

    [Fact]
    public void An_empty_file_is_named_as_empty()
    {
        using var dir = new Repo.TempDir();
        Assert.Contains("empty", Error(dir.File("trong.docx", "")));
    }

    [Fact]
    public void A_text_file_named_docx_is_not_a_word_document()
    {
        using var dir = new Repo.TempDir();
        Assert.Contains("not a Word document", Error(dir.File("ke-hoach.docx", "KẾ HOẠCH năm 2025")));
    }

    [Fact]
    public void A_password_protected_document_says_so()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "mat-khau.docx");
        // An encrypted DOCX is an OLE compound file whose directory names EncryptionInfo and EncryptedPackage.
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        File.WriteAllBytes(path, bytes);
        Assert.Contains("password", Error(path));
    }

    [Fact]
    public void An_old_doc_named_docx_is_named_for_what_it_is()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "cu.docx");
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 1024);
        File.WriteAllBytes(path, bytes);
        Assert.Contains("Word 97–2003", Error(path));
    }

    [Fact]
    public void A_200_MB_document_is_refused_before_it_is_read()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "lon.docx");
        using (var fs = File.Create(path))
        {
            fs.Write([0x50, 0x4B, 0x03, 0x04]);
            fs.SetLength(200L * 1024 * 1024); // sparse: nothing is written or read
        }
        var message = Error(path);
        Assert.Contains("200 MB", message);
        Assert.Contains("up to 100 MB", message);
    }

    [Fact]
    public void A_document_whose_text_would_unpack_beyond_the_limit_is_refused_before_inflating()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "bom.docx");
        using (var fs = File.Create(path))
        using (var zip = new ZipArchive(fs, ZipArchiveMode.Create))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var block = new byte[1 << 20];
            for (var i = 0; i < 70; i++) s.Write(block); // 70 MB of zeros, a few hundred KB packed
        }
        Assert.True(new FileInfo(path).Length < 2_000_000);
        Assert.Contains("too large", Error(path));
    }

    [Fact]
    public void A_damaged_zip_is_named_as_damaged()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "hong.docx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        Assert.Contains("damaged", Error(path));
    }

    [Fact]
    public void A_workbook_named_docx_is_named_as_a_workbook()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "bang.docx");
        using (var fs = File.Create(path))
        using (var zip = new ZipArchive(fs, ZipArchiveMode.Create))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
        }
        Assert.Contains("Excel", Error(path));
    }

    /// <summary>A file that starts as a Word 97–2003 document does (an OLE compound file), named cu.doc.</summary>
    static string OldWordFile(string dir)
    {
        var path = Path.Combine(dir, "cu.doc");
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_doc_without_LibreOffice_says_what_to_install()
    {
        using var dir = new Repo.TempDir();
        var path = OldWordFile(dir.Path);
        var saved = Environment.GetEnvironmentVariable("REPORTKIT_SOFFICE");
        Environment.SetEnvironmentVariable("REPORTKIT_SOFFICE", Path.Combine(dir.Path, "no-soffice"));
        try { Assert.Contains("LibreOffice", Error(path)); }
        finally { Environment.SetEnvironmentVariable("REPORTKIT_SOFFICE", saved); }
    }

    /// <summary>The .doc reader runs LibreOffice through the runner the PDF writer uses: its message, its profile, its timeout.</summary>
    [UnixFact]
    public void A_doc_LibreOffice_cannot_convert_gets_what_LibreOffice_said()
    {
        using var dir = new Repo.TempDir();
        var path = OldWordFile(dir.Path);
        var args = Path.Combine(dir.Path, "args.txt");
        var soffice = LibreOffice.FakeSoffice(dir.Path,
            $"echo \"$@\" > '{args}'\necho 'Warning: failed to launch javaldx - java may not function correctly' >&2\necho 'Error: source file could not be loaded' >&2\nexit 1");

        var r = Cli.RunBoth(new Dictionary<string, string?> { ["REPORTKIT_SOFFICE"] = soffice }, dir.Path, "import", "cu.doc", "-o", "ke-hoach.yaml").Exit(1)
            .Stderr("cu.doc: LibreOffice không chuyển được văn bản sang .docx. LibreOffice báo: Error: source file could not be loaded (mã thoát 1).",
                "cu.doc: LibreOffice could not convert the document to .docx. LibreOffice said: Error: source file could not be loaded (exit code 1).");
        Assert.DoesNotContain("javaldx", r.Vi.Stderr + r.En.Stderr);
        Assert.Contains("-env:UserInstallation=file://", File.ReadAllText(args));
        Assert.Contains("--convert-to docx:MS Word 2007 XML", File.ReadAllText(args));
        Assert.False(File.Exists(Path.Combine(dir.Path, "ke-hoach.yaml")));
    }

    [Fact]
    public void Without_LibreOffice_a_doc_says_what_to_install_or_to_save_it_as_docx()
    {
        var ex = Assert.Throws<ReportKitException>(() => ReportKit.External.LibreOffice.SofficeLocator.Locate(
            name => name == "PATH" ? "/nowhere" : null, _ => false, ReportKit.External.LibreOffice.SofficeUse.OldDocument));
        var message = Assert.Single(ex.Diagnostics).Message;
        Assert.StartsWith("this is an old Word document (.doc, .rtf or .odt); reading it needs LibreOffice", message);
        Assert.Contains("apt-get install libreoffice-writer-nogui", message);
        Assert.EndsWith("or open the document in Word and save it as .docx.", message);
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", ".VnTime", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", ".VnTime", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Ng\u00adêi lao ®éng", ".VnArial", "Người lao động")]
    [InlineData("céng hoµ x· héi chñ nghÜa viÖt nam", ".VnTimeH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI-Times", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "VNI-Times", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("ngöôøi, ñöôøng, bôûi, ñaëc bieät, khuyeán khích", "VNI-Helve", "người, đường, bởi, đặc biệt, khuyến khích")]
    [InlineData("Khánh Hòa", "Times New Roman", "Khánh Hòa")]
    public void Legacy_text_is_converted_by_its_font(string text, string font, string expected) =>
        Assert.Equal(expected, LegacyVietnamese.ToUnicode(text, font));

    [Fact]
    public void Every_Vietnamese_letter_survives_the_legacy_round_trip()
    {
        const string letters = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
        Assert.Equal(letters, LegacyVietnamese.ToUnicode(LegacyEncoder.ToTcvn3(letters), LegacyCharset.Tcvn3));
        Assert.Equal(letters, LegacyVietnamese.ToUnicode(LegacyEncoder.ToVni(letters), LegacyCharset.Vni));
        Assert.Equal(VietnameseText.Upper(letters), LegacyVietnamese.ToUnicode(LegacyEncoder.ToVni(VietnameseText.Upper(letters)), LegacyCharset.Vni));
        Assert.Equal(VietnameseText.Upper(letters), LegacyVietnamese.ToUnicode(LegacyEncoder.Tcvn3Capitals(letters), ".VnTimeH"));
    }

    [Fact]
    public void A_legacy_text_file_is_read_and_converted()
    {
        using var dir = new Repo.TempDir();
        var path = Path.Combine(dir.Path, "cu.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("KÕ ho¹ch tuyªn truyÒn n¨m 2025\n"));
        var doc = DocumentImporter.Read(path);
        Assert.Equal("Kế hoạch tuyên truyền năm 2025", doc.AllParagraphs().First().Text);
        Assert.Contains(doc.ReaderNotes, n => n.Contains("TCVN3"));
    }
}
