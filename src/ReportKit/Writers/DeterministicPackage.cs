using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ReportKit.Writers;

/// <summary>
/// Rewrites an OPC package (DOCX/XLSX) so the same content always gives the same bytes: entries
/// in a fixed order ([Content_Types].xml first, then _rels, then by name), every entry stamped
/// 1980-01-01 (as Word and Excel do), the same compression, relationship ids that were random
/// renamed in order, and System.IO.Packaging's random-named core-properties part dropped.
/// </summary>
internal static class DeterministicPackage
{
    static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly Regex RandomRelId = new(@"Id=""(R[0-9a-f]{16,})""", RegexOptions.CultureInvariant);

    public static void Normalize(Stream input, Stream output)
    {
        using var source = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries
            .Where(e => !e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal))
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : e.FullName.StartsWith("_rels/", StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        var renames = RandomIds(entries);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var e in entries)
        {
            var bytes = Read(e);
            if (renames.Count > 0 && (e.FullName.EndsWith(".rels", StringComparison.Ordinal) || e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                foreach (var (from, to) in renames) text = text.Replace($"\"{from}\"", $"\"{to}\"");
                text = Regex.Replace(text, @"<Relationship [^>]*psmdcp[^>]*/>", "");
                bytes = System.Text.Encoding.UTF8.GetBytes(text);
            }
            var entry = target.CreateEntry(e.FullName, CompressionLevel.Optimal);
            entry.LastWriteTime = Epoch;
            using var s = entry.Open();
            s.Write(bytes);
        }
    }

    /// <summary>Random "R0123abcd..." ids the SDK invents become "rkId1", "rkId2", ... in package order.</summary>
    static List<(string From, string To)> RandomIds(List<ZipArchiveEntry> entries)
    {
        var result = new List<(string, string)>();
        foreach (var e in entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(Read(e));
            foreach (Match m in RandomRelId.Matches(text))
                if (!result.Any(r => r.Item1 == m.Groups[1].Value)) result.Add((m.Groups[1].Value, $"rkId{result.Count + 1}"));
        }
        return result;
    }

    static byte[] Read(ZipArchiveEntry e)
    {
        using var s = e.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
