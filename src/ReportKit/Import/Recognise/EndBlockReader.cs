using System.Text.RegularExpressions;

namespace ReportKit.Import.Recognise;

/// <summary>Ô 7 and Ô 9b as found: recipients with their notes, the Lưu line, authority lines, position, name.</summary>
sealed class EndBlockInfo
{
    public List<(string Name, string? Note, List<DocLine> Lines)> Recipients = [];
    public DocLine? Label;
    public DocLine? ArchiveLine;
    public string? Archive;           // the Lưu line's text after "- "
    public List<DocLine> Authority = [];
    public List<DocLine> Position = [];
    public DocLine? Name;
    public List<DocLine> Notes = [];
}

/// <summary>
/// Reads the end block: Nơi nhận and the signature, in a borderless table of any shape (1×2, 2×2
/// with an empty row or with the label in row 1 and the list in row 2, 1×3 with an empty middle,
/// nested in another table's cell), side by side with tabs, or one after the other as plain
/// paragraphs in either order. Each layout column is read on its own; a recipient wrapped onto a
/// second paragraph without its dash is joined back.
/// </summary>
static class EndBlockReader
{
    enum State { Start, Recipients, Signature }

    public static EndBlockInfo Read(IReadOnlyList<DocLine> lines, List<RoleLine> roles)
    {
        var info = new EndBlockInfo();
        // Layout columns: table cells (innermost table, cell index), or the two sides of a tab-split line.
        var columns = lines.GroupBy(l => l.Para.InnerCell is { } c ? $"t{c.Table}c{c.Cell}" : l.Column == 2 ? "right" : "flow")
            .Select(g => g.ToList()).ToList();
        foreach (var column in columns) ReadColumn(column, info, roles);
        return info;
    }

    static void ReadColumn(List<DocLine> lines, EndBlockInfo info, List<RoleLine> roles)
    {
        var state = State.Start;
        var blanks = 0;
        var archived = false;
        // Authority and position lines come before the name in their own column (the name may sit in another).
        var named = false;
        foreach (var line in lines)
        {
            var text = line.Squashed;
            if (text.Length == 0) { blanks++; continue; }
            var gap = blanks > 0;
            blanks = 0;

            if (Patterns.RecipientsLabel(text) is { } rest)
            {
                info.Label ??= line;
                roles.Add(new RoleLine(line, Role.RecipientsLabel));
                state = State.Recipients;
                if (rest.Length > 0) Recipient(line, rest, info, roles, ref archived);
                continue;
            }
            if (state == State.Recipients)
            {
                if (Patterns.StartsWithDash(text) || IsArchive(text))
                {
                    Recipient(line, text, info, roles, ref archived);
                    continue;
                }
                // A recipient wrapped onto another paragraph: it starts in lower case, or is indented, or ends like a recipient (";", ",").
                var wrapped = char.IsLower(text[0]) || line.Runs.FirstOrDefault()?.Text.StartsWith(' ') == true || text.EndsWith(';') || text.EndsWith(',');
                if (Patterns.AuthorityPrefix(text) is null && !Patterns.IsUpper(text) && !archived && info.Recipients.Count > 0 && !gap
                    && !Patterns.IsSignatureNote(text) && wrapped)
                {
                    // A recipient wrapped onto a second paragraph ("- HĐND, UBND các tỉnh," / "thành phố trực thuộc Trung ương;").
                    var (name, note, ls) = info.Recipients[^1];
                    ls.Add(line);
                    var joined = Patterns.Squash(TrimEnd(name) + " " + text);
                    info.Recipients[^1] = Note(joined, note, ls);
                    roles.Add(new RoleLine(line, Role.Recipient));
                    continue;
                }
                state = State.Signature;
            }
            if (state == State.Start && Patterns.StartsWithDash(text))
            {
                // A list of recipients whose label is elsewhere (or missing).
                state = State.Recipients;
                Recipient(line, text, info, roles, ref archived);
                continue;
            }
            state = State.Signature;
            if (Patterns.AuthorityPrefix(text) is not null && !named)
            {
                info.Authority.Add(line);
                roles.Add(new RoleLine(line, Role.Authority));
            }
            else if (Patterns.IsSignatureNote(text))
            {
                info.Notes.Add(line);
                roles.Add(new RoleLine(line, Role.SignatureNote));
            }
            else if (Patterns.IsUpper(text) && !named && (info.Position.Count == 0 || !gap))
            {
                info.Position.Add(line);
                roles.Add(new RoleLine(line, Role.Position));
            }
            else if (info.Name is null)
            {
                info.Name = line;
                named = true;
                roles.Add(new RoleLine(line, Role.SignerName));
            }
        }
    }

    static bool IsArchive(string text) => Regex.IsMatch(Patterns.StripDash(text), @"^Lưu\b", RegexOptions.IgnoreCase);

    static void Recipient(DocLine line, string text, EndBlockInfo info, List<RoleLine> roles, ref bool archived)
    {
        var stripped = Patterns.StripDash(text).Trim();
        if (IsArchive(text))
        {
            info.ArchiveLine = line;
            info.Archive = stripped;
            archived = true;
            roles.Add(new RoleLine(line, Role.ArchiveLine));
            return;
        }
        info.Recipients.Add(Note(stripped, null, [line]));
        roles.Add(new RoleLine(line, Role.Recipient));
    }

    static string TrimEnd(string s) => s.TrimEnd().TrimEnd(';', ',', '.').TrimEnd();

    /// <summary>"Tỉnh ủy (để báo cáo);" → ("Tỉnh ủy", "để báo cáo"); emphasis marks around the note are dropped.</summary>
    static (string, string?, List<DocLine>) Note(string text, string? note, List<DocLine> lines)
    {
        var t = TrimEnd(text);
        var m = Regex.Match(t, @"^(?<name>.*\S)\s*\(\s*\**(?<note>(để|đ/|b/c|th/h|thay)[^()]*?)\**\s*\)$", RegexOptions.IgnoreCase);
        if (m.Success) return (m.Groups["name"].Value.TrimEnd(',', ';', ' '), m.Groups["note"].Value.Trim(), lines);
        return (t, note, lines);
    }
}
