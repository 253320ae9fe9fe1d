using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// The message files a translator edits: every Vietnamese <c>Localization/*.resx</c> of the library
/// and the command line has its English twin with the same keys and the same placeholders, so no
/// message is missing in one language and no {1} is dropped or invented by a translation.
/// </summary>
public class LocalizationResourceTests
{
    public static IEnumerable<object[]> NeutralFiles() =>
        new[] { "src/ReportKit/Localization", "src/reportgen/Localization" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(Repo.Root, d), "*.resx"))
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetRelativePath(Repo.Root, f).Replace('\\', '/') })
            .OrderBy(o => (string)o[0], StringComparer.Ordinal);

    static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{(\d+)(?:[,:][^}]*)?\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order());

    [Fact]
    public void Both_projects_have_message_files() =>
        Assert.Contains(NeutralFiles(), f => ((string)f[0]).StartsWith("src/reportgen/", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Every_Vietnamese_message_file_has_an_English_twin_with_the_same_keys_and_placeholders(string file)
    {
        var neutral = Path.Combine(Repo.Root, file);
        var english = Path.ChangeExtension(neutral, null) + ".en.resx";
        Assert.True(File.Exists(english), $"{file} has no English twin {Path.GetFileName(english)}");
        var vi = Read(neutral);
        var en = Read(english);
        Assert.Equal(vi.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in vi)
        {
            Assert.True(Placeholders(text) == Placeholders(en[key]), $"{file} {key}: placeholders {{{Placeholders(text)}}} in Vietnamese, {{{Placeholders(en[key])}}} in English");
            Assert.False(string.IsNullOrWhiteSpace(text), $"{file} {key} is empty in Vietnamese");
            Assert.False(string.IsNullOrWhiteSpace(en[key]), $"{file} {key} is empty in English");
            // Composed diacritics (NFC): what Word, search and the YAML keys compare against.
            Assert.True(text.IsNormalized(NormalizationForm.FormC), $"{file} {key} is not NFC");
        }
    }

    [Fact]
    public void No_translation_without_its_Vietnamese_file()
    {
        var orphans = new[] { "src/ReportKit/Localization", "src/reportgen/Localization" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(Repo.Root, d), "*.*.resx"))
            .Where(f => !File.Exists(Regex.Replace(f, @"\.[a-zA-Z-]+\.resx$", ".resx")));
        Assert.Empty(orphans);
    }

    /// <summary>
    /// reportgen words System.CommandLine's help and parse errors again by matching its English
    /// templates: CommandLineMessages.en must hold each of them, word for word, or an upgrade of the
    /// package would leave its new or changed messages in English.
    /// </summary>
    [Fact]
    public void The_command_line_library_s_own_messages_all_have_a_Vietnamese_wording()
    {
        var assembly = typeof(System.CommandLine.RootCommand).Assembly;
        var theirs = new ResourceManager("System.CommandLine.Properties.Resources", assembly).GetResourceSet(CultureInfo.InvariantCulture, true, false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var ours = Read(Path.Combine(Repo.Root, "src/reportgen/Localization/CommandLineMessages.en.resx"));
        foreach (var (key, text) in theirs)
        {
            Assert.True(ours.ContainsKey(key), $"System.CommandLine's {key} (\"{text}\") has no entry in CommandLineMessages");
            Assert.Equal(text, ours[key]);
        }
    }
}
