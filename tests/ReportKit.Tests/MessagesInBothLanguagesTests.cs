using System.Text;
using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Import;
using ReportKit.Import.Text;
using ReportKit.Localization;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;
using ReportKit.Writers;

namespace ReportKit.Tests;

/// <summary>
/// Typical messages of the checks, clone, import, the writers and the document model, as a clerk
/// reads them in Vietnamese (the default) and as --lang en prints them: same place, same values,
/// the words from Localization/*Messages.resx and *.en.resx.
/// </summary>
public class MessagesInBothLanguagesTests
{
    static readonly System.Globalization.CultureInfo Vi = UiLanguage.Vietnamese, En = UiLanguage.English;

    /// <summary>The warnings of a plan's preparation, in the language given, each as its place and message (the word "warning" is the command line's).</summary>
    static List<string> Warnings(string yaml, System.Globalization.CultureInfo culture) => TestLanguage.In(culture, () =>
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("ke-hoach.yaml", yaml);
        var warnings = new List<Diagnostic>();
        new PlanRenderer(Repo.Templates).Prepare(path, new RenderOptions(), warnings);
        return warnings.Select(w => $"{Path.GetFileName(w.File)}:{w.Location}: {w.Message}").ToList();
    });

    /// <summary>The errors that stop a plan's preparation, in the language given.</summary>
    static string Errors(string yaml, System.Globalization.CultureInfo culture) => TestLanguage.In(culture, () =>
    {
        using var dir = new Repo.TempDir();
        var path = dir.File("ke-hoach.yaml", yaml);
        return Assert.Throws<ReportKitException>(() => new PlanRenderer(Repo.Templates).Prepare(path, new RenderOptions(), [])).Message;
    });

    [Fact]
    public void A_markup_pitfall_is_warned_about_in_Vietnamese_and_in_English()
    {
        var yaml = Plans.WithBody("""
              # I. MỤC ĐÍCH, YÊU CẦU
              - Quán triệt đến cán bộ, hội viên.
            """);
        Assert.Equal(
            ["ke-hoach.yaml:15:5: noi_dung: đề mục còn giữ số gõ tay \"I.\"; đề mục được đánh số tự động nên số sẽ bị in hai lần (\"I. I. MỤC ĐÍCH\"). Số gõ tay đã được bỏ đi: hãy xóa nó khỏi văn bản"],
            Warnings(yaml, Vi));
        Assert.Equal(
            ["ke-hoach.yaml:15:5: noi_dung: the heading keeps its typed number \"I.\"; headings are numbered for you, so it would print twice (\"I. I. MỤC ĐÍCH\"). It is left out: remove it from the text"],
            Warnings(yaml, En));
    }

    [Fact]
    public void A_body_rule_refuses_a_skipped_heading_level_in_Vietnamese_and_in_English()
    {
        var yaml = Plans.WithBody("""
              # Mục đích, yêu cầu
              ### Yêu cầu
              - Quán triệt đến cán bộ, hội viên.
            """);
        Assert.Contains("noi_dung: đề mục cấp 3 (###) nằm ngay dưới cấp 1: bỏ qua cấp 2 nên sẽ bị đánh số sai; hãy dùng ##", Errors(yaml, Vi));
        Assert.Contains("noi_dung: a heading at level 3 (###) right under level 1: it skips level 2 and would be numbered wrongly; use ##", Errors(yaml, En));
    }

    [Fact]
    public void A_profile_rule_names_the_authority_prefix_to_write_in_Vietnamese_and_in_English()
    {
        var yaml = Plans.Minimal.Replace("quyen_han: TM. BAN THƯỜNG VỤ", "quyen_han: T/M BAN THƯỜNG VỤ");
        Assert.Contains("nguoi_ky.quyen_han: \"T/M BAN THƯỜNG VỤ\" dùng 'T/M', không phải cách hồ sơ thể thức 'hoi' ghi thẩm quyền ký (hãy viết \"TM. BAN THƯỜNG VỤ\")", Errors(yaml, Vi));
        Assert.Contains("nguoi_ky.quyen_han: \"T/M BAN THƯỜNG VỤ\" uses 'T/M', which is not how the 'hoi' profile writes authority (write \"TM. BAN THƯỜNG VỤ\")", Errors(yaml, En));
    }

    [Fact]
    public void A_units_file_with_an_empty_name_is_reported_in_Vietnamese_and_in_English()
    {
        string Read(System.Globalization.CultureInfo culture) => TestLanguage.In(culture, () =>
        {
            using var dir = new Repo.TempDir();
            var bag = new DiagnosticBag();
            UnitDirectoryLoader.Load(dir.File("don-vi.yaml", "don_vi:\n  - ma: X01\n    ten: \"\"\n"), bag);
            return bag.Items.Single().ToString();
        });
        Assert.Equal("don-vi.yaml:3:10: đơn vị 'X01': ten đang trống", Read(Vi));
        Assert.Equal("don-vi.yaml:3:10: unit 'X01': ten is empty", Read(En));
    }

    [Fact]
    public void Import_reports_a_file_it_cannot_read_and_what_it_converted_in_Vietnamese_and_in_English()
    {
        string Empty(System.Globalization.CultureInfo culture) => TestLanguage.In(culture, () =>
        {
            using var dir = new Repo.TempDir();
            return Assert.Throws<ReportKitException>(() => DocumentImporter.Read(dir.File("ke-hoach.docx", ""))).Diagnostics.Single().ToString();
        });
        Assert.Equal("ke-hoach.docx: tệp trống (0 byte), không phải văn bản Word", Empty(Vi));
        Assert.Equal("ke-hoach.docx: the file is empty (0 bytes), not a Word document", Empty(En));

        var decomposed = "KẾ HOẠCH\nThực hiện".Normalize(NormalizationForm.FormD);
        Assert.Equal(["đã ghép dấu Unicode tổ hợp (NFD → NFC) ở các dòng 1, 2"], TestLanguage.In(Vi, () => PlainTextReader.FromText("a.txt", decomposed).ReaderNotes));
        Assert.Equal(["composed decomposed Unicode (NFD → NFC) on lines 1, 2"], TestLanguage.In(En, () => PlainTextReader.FromText("a.txt", decomposed).ReaderNotes));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_output_is_refused_in_Vietnamese_and_in_English()
    {
        string Refused(System.Globalization.CultureInfo culture) => TestLanguage.In(culture, () =>
        {
            using var dir = new Repo.TempDir();
            var docx = dir.File("a.docx", "issued");
            File.SetUnixFileMode(docx, UnixFileMode.UserRead);
            try
            {
                return Assert.Throws<ReportKitException>(new OutputSet().Add(docx, s => s.WriteByte(1)).Commit).Diagnostics.Single().ToString();
            }
            finally { File.SetUnixFileMode(docx, UnixFileMode.UserRead | UnixFileMode.UserWrite); }
        });
        Assert.StartsWith("a.docx: là tệp chỉ đọc (được đánh dấu như vậy có chủ ý, có thể là bản đã ban hành)", Refused(Vi));
        Assert.StartsWith("a.docx: is read-only (marked so on purpose, perhaps the issued version)", Refused(En));
    }

    [Fact]
    public void An_unknown_numbering_pattern_is_named_in_Vietnamese_and_in_English()
    {
        Assert.Equal("mẫu đánh số \"A-\" không thuộc các dạng I., 1., 1.1., 1.1.1., a) (ký tự theo sau tùy ý)",
            TestLanguage.In(Vi, () => Assert.Throws<FormatException>(() => new SectionNumbering(["A-"])).Message));
        Assert.Equal("numbering pattern \"A-\" is not one of I., 1., 1.1., 1.1.1., a) (any suffix)",
            TestLanguage.In(En, () => Assert.Throws<FormatException>(() => new SectionNumbering(["A-"])).Message));
    }

    [Fact]
    public void Every_message_of_these_areas_has_its_English_and_the_same_placeholders()
    {
        foreach (var manager in new[] { CheckMessages.ResourceManager, CloneMessages.ResourceManager, ImportMessages.ResourceManager, WriterMessages.ResourceManager, DocumentMessages.ResourceManager })
        {
            var vi = manager.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, true, false)!;
            foreach (System.Collections.DictionaryEntry e in vi)
            {
                var key = (string)e.Key;
                var english = manager.GetResourceSet(En, true, false)!.GetString(key);
                Assert.True(english is not null, $"{manager.BaseName}.{key} has no English");
                Assert.True(Placeholders((string)e.Value!).SetEquals(Placeholders(english!)), $"{manager.BaseName}.{key}: the placeholders differ");
                Assert.True(((string)e.Value!).IsNormalized(NormalizationForm.FormC), $"{manager.BaseName}.{key} is not NFC");
            }
        }

        static HashSet<string> Placeholders(string s) =>
            System.Text.RegularExpressions.Regex.Matches(s.Replace("{{", "").Replace("}}", ""), @"\{\d+(:[^}]*)?\}").Select(m => m.Value).ToHashSet();
    }
}
