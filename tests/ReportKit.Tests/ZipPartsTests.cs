using System.IO.Compression;
using System.Text;
using ReportKit.Writers;

namespace ReportKit.Tests;

/// <summary>
/// ZipParts writes the zip container itself (so shared parts are compressed once): at ZipArchive's
/// level its bytes are exactly what ZipArchive writes, for any text, shared or not, the first time
/// and again; at its own level every part reads back as written.
/// </summary>
public class ZipPartsTests
{
    static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The writer ZipParts replaced: ZipArchive, one entry per part, deflated at Optimal, the part in one write.</summary>
    static byte[] WithZipArchive(IEnumerable<(string Name, string Xml)> parts)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Epoch;
                using var s = entry.Open();
                s.Write(new UTF8Encoding(false).GetBytes(xml));
            }
        return ms.ToArray();
    }

    static byte[] WithZipParts(IEnumerable<(string Name, string Xml)> parts, int how, int level = ZipParts.Level)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipParts(ms, level))
            foreach (var (name, xml) in parts)
                switch (how)
                {
                    case 0: zip.Add(name, xml); break;
                    case 1: zip.AddShared(name, xml); break;
                    default: zip.Add(name, new StringBuilder(xml)); break;
                }
        return ms.ToArray();
    }

    public static TheoryData<int> Ways => new() { 0, 1, 2 };

    [Theory]
    [MemberData(nameof(Ways))]
    public void Gives_the_bytes_ZipArchive_gave(int how)
    {
        var random = new Random(7);
        var big = new StringBuilder(ZipParts.XmlDeclaration);
        for (var i = 0; i < 20_000; i++) big.Append("<w:p><w:r><w:t>Hội LHPN ").Append(random.Next()).Append(" xã Ea Kao</w:t></w:r></w:p>");
        var noise = new string(Enumerable.Range(0, 70_000).Select(_ => (char)random.Next(32, 0x2000)).ToArray());
        (string, string)[] parts =
        [
            ("[Content_Types].xml", ZipParts.XmlDeclaration + "<Types/>"),
            ("_rels/.rels", ZipParts.XmlDeclaration + "<Relationships/>"),
            ("docProps/core.xml", ZipParts.CoreProperties("Kế hoạch <số 1> & \"2\"", "UBND xã", new DateTime(2025, 7, 1))),
            ("word/document.xml", big.ToString()),
            ("word/noise.xml", noise),
            ("word/one.xml", "x"),
            ("word/surrogate.xml", "lone \uD800 surrogate 😀"),
        ];
        var expected = WithZipArchive(parts);
        Assert.Equal(expected, WithZipParts(parts, how, level: 6));
        // Again: shared parts now come from the cache.
        Assert.Equal(expected, WithZipParts(parts, how, level: 6));
        // At our own level: the same parts, in the same order, with the same dates.
        foreach (var again in new[] { false, true })
        {
            using var zip = new ZipArchive(new MemoryStream(WithZipParts(parts, how)), ZipArchiveMode.Read);
            Assert.Equal(parts.Select(p => p.Item1), zip.Entries.Select(e => e.FullName));
            foreach (var (entry, (_, xml)) in zip.Entries.Zip(parts))
            {
                Assert.Equal(Epoch.DateTime, entry.LastWriteTime.DateTime);
                using var reader = new StreamReader(entry.Open(), new UTF8Encoding(false));
                Assert.Equal(new UTF8Encoding(false).GetString(new UTF8Encoding(false).GetBytes(xml)), reader.ReadToEnd());
            }
        }
    }

    [Fact]
    public void A_package_reads_back_whole()
    {
        var bytes = WithZipParts([("a.xml", "<a>Phụ lục</a>"), ("b/c.xml", "<c/>")], 1);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["a.xml", "b/c.xml"], zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.Entries[0].Open());
        Assert.Equal("<a>Phụ lục</a>", reader.ReadToEnd());
    }
}
