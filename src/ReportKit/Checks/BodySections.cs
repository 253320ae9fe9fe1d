using ReportKit.Document;

namespace ReportKit.Checks;

/// <summary>
/// Names each block of a body the way a reader finds it: by its section path ("II.2", "2.6"),
/// built from the computed markers of the headings around it and its own. Messages about the
/// body (a figure that disagrees, a word left to edit) point there.
/// </summary>
internal static class BodySections
{
    /// <summary>Every block that holds prose, with its section path ("" before the first numbered heading) and its plain text.</summary>
    public static IEnumerable<(Block Block, string Section, string Text)> Walk(IEnumerable<Block> body)
    {
        var path = new List<(int Level, string Marker)>();
        foreach (var block in body)
        {
            string text;
            string? own = null;
            switch (block)
            {
                case Heading h:
                    path.RemoveAll(p => p.Level >= h.Level);
                    path.Add((h.Level, h.Marker));
                    text = Inlines.PlainText(h.Inlines);
                    break;
                case NumberedParagraph n:
                    own = n.Marker;
                    text = Inlines.PlainText(n.Inlines);
                    break;
                case DashItem d:
                    text = Inlines.PlainText(d.Inlines);
                    break;
                case BodyParagraph b:
                    text = Inlines.PlainText(b.Inlines);
                    break;
                case UnnumberedHeading u:
                    text = Inlines.PlainText(u.Inlines);
                    break;
                case NoteParagraph note:
                    text = Inlines.PlainText(note.Inlines);
                    break;
                default:
                    // Căn cứ lines cite documents; tables have no prose around their figures.
                    continue;
            }
            yield return (block, Label(path.Select(p => p.Marker).Concat(own is null ? [] : [own])), text);
        }
    }

    /// <summary>"II." + "2." → "II.2"; "2." + "2.1." → "2.1" (a marker that already carries its parent's number).</summary>
    static string Label(IEnumerable<string> markers)
    {
        var label = "";
        foreach (var raw in markers)
        {
            var m = raw.Trim().TrimEnd('.', ')', '-', ' ');
            if (m.Length == 0) continue;
            label = label.Length > 0 && m.StartsWith(label + ".", StringComparison.Ordinal) ? m : label.Length == 0 ? m : label + "." + m;
        }
        return label;
    }
}
