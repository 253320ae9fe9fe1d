using System.Collections.Concurrent;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportKit.Writers.Docx;

/// <summary>
/// The opening of a table written as text (<see cref="WordXml"/>): its properties and grid as the
/// SDK writes them, everything but the rows and the end tag. A frame depends on its column widths
/// alone, and a batch's plans share a few dozen of them: each is built and written once.
/// </summary>
static class TableFrames
{
    const int MaxFrames = 1024;
    static readonly ConcurrentDictionary<string, string> Frames = new(StringComparer.Ordinal);

    /// <summary>A borderless layout table (<see cref="Tables.Borderless"/>: header, end block).</summary>
    public static void Borderless(StringBuilder sb, int[] widths) => Append(sb, "b", widths, Tables.Borderless);

    /// <summary>A bordered grid table (<see cref="AnnexSectionWriter.GridTable"/>: annexes).</summary>
    public static void Grid(StringBuilder sb, int[] widths) => Append(sb, "g", widths, AnnexSectionWriter.GridTable);

    static void Append(StringBuilder sb, string kind, int[] widths, Func<int[], Table> build)
    {
        var key = kind + string.Join(',', widths);
        if (!Frames.TryGetValue(key, out var frame))
        {
            var xml = new StringBuilder();
            PartXml.WriteInDocument(build(widths), xml);
            frame = xml.ToString(0, xml.Length - "</w:tbl>".Length);
            if (Frames.Count < MaxFrames) Frames.TryAdd(key, frame);
        }
        sb.Append(frame);
    }
}
