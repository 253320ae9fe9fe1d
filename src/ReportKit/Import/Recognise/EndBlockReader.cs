using System.Text.RegularExpressions;

namespace ReportKit.Import.Recognise;

/// <summary>One signature block as found: authority lines, position, the name, the signer's other position.</summary>
sealed class SignatureInfo
{
    public List<DocLine> Authority = [];
    public DocLine? Position;
    public DocLine? Name;
    public DocLine? OtherPosition;
    public int Column;
}

/// <summary>Ô 7 and Ô 9b as found: recipients with their notes, the Lưu line, the signature blocks (more than one when co-signed).</summary>
sealed class EndBlockInfo
{
    public List<(string Name, string? Note, List<DocLine> Lines)> Recipients = [];
    public DocLine? Label;
    public DocLine? ArchiveLine;
    public string? Archive;           // the Lưu line's text after "- "
    public List<SignatureInfo> Signatures = [];
    public List<DocLine> Notes = [];
}

/// <summary>
/// Reads the end block: Nơi nhận and the signature, in a borderless table of any shape (1×2, 2×2
/// with an empty row or with the label in row 1 and the list in row 2, 1×3 with an empty middle,
/// nested in another table's cell, several signature columns of a co-signed plan), side by side
/// with tabs, or one after the other as plain paragraphs in either order. Each layout column is
/// read on its own; a recipient wrapped onto a second paragraph without its dash is joined back.
/// In a signature, the capital lines above the signing space are the authority and the position
/// (the last of them, unless it carries a prefix itself: "Q. GIÁM ĐỐC"), the mixed-case line is
/// the name, a capital line next to the name is the signer's other position.
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
        var index = 0;
        foreach (var column in columns) ReadColumn(column, info, roles, index++);
        // A name alone in one column (a signature laid out with tabs, the name typed under it with spaces)
        // completes the block in another column that has no name.
        foreach (var lone in info.Signatures.Where(s => s.Name is not null && s.Authority.Count == 0 && s.Position is null).ToList())
        {
            var owner = info.Signatures.FirstOrDefault(s => s != lone && s.Name is null && (s.Authority.Count > 0 || s.Position is not null));
            if (owner is null) continue;
            owner.Name = lone.Name;
            owner.OtherPosition ??= lone.OtherPosition;
            info.Signatures.Remove(lone);
        }
        return info;
    }

    static void ReadColumn(List<DocLine> lines, EndBlockInfo info, List<RoleLine> roles, int columnIndex)
    {
        var state = State.Start;
        var blanks = 0;
        var archived = false;
        var signature = new List<(DocLine Line, bool Gap)>();
        var sinceSignature = false;
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
                    sinceSignature = true;
                    continue;
                }
                // A recipient wrapped onto another paragraph: it starts in lower case, or is indented, or ends like a recipient (";", ",").
                var wrapped = char.IsLower(text[0]) || line.Runs.FirstOrDefault()?.Text.StartsWith(' ') == true || text.EndsWith(';') || text.EndsWith(',');
                if (Patterns.AuthorityPrefix(text) is null && !Patterns.IsUpper(text) && !archived && info.Recipients.Count > 0 && !gap
                    && !Patterns.IsSignatureNote(text) && wrapped)
                {
                    var (name, note, ls) = info.Recipients[^1];
                    ls.Add(line);
                    info.Recipients[^1] = Note(Patterns.Squash(TrimEnd(name) + " " + text), note, ls);
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
            if (Patterns.IsSignatureNote(text))
            {
                info.Notes.Add(line);
                roles.Add(new RoleLine(line, Role.SignatureNote));
                continue;
            }
            signature.Add((line, gap || sinceSignature));
            sinceSignature = false;
        }
        if (signature.Count > 0) info.Signatures.Add(Signature(signature, roles, columnIndex));
    }

    /// <summary>Authority and position above the signing space, the name under it, the other position beside the name.</summary>
    static SignatureInfo Signature(List<(DocLine Line, bool Gap)> lines, List<RoleLine> roles, int column)
    {
        var s = new SignatureInfo { Column = column };
        var head = new List<DocLine>();
        var i = 0;
        // The head: capital lines until the signing space (a gap) or a mixed-case line; a line after a
        // prefixed authority line belongs to the head even across empty lines ("TM. …" / "" / "CHỦ TỊCH").
        while (i < lines.Count && Patterns.IsUpper(lines[i].Line.Text)
               && (i == 0 || !lines[i].Gap || Patterns.AuthorityPrefix(lines[i - 1].Line.Text) is not null))
            head.Add(lines[i++].Line);
        if (head.Count > 0)
        {
            var last = head[^1];
            // "Q. GIÁM ĐỐC" alone names the position in its authority line.
            if (head.Count == 1 && Patterns.AuthorityPrefix(last.Text) is not null) s.Authority.Add(last);
            else { s.Authority.AddRange(head.Take(head.Count - 1)); s.Position = last; }
        }
        // After the space: the name (mixed case), and a capital line before or after it is the other position.
        var rest = lines.Skip(i).Select(l => l.Line).ToList();
        var nameAt = rest.FindIndex(l => !Patterns.IsUpper(l.Text));
        if (nameAt < 0 && rest.Count > 0) nameAt = rest.Count - 1; // a name written in capitals
        if (nameAt >= 0)
        {
            s.Name = rest[nameAt];
            var other = rest.Where((l, k) => k != nameAt && Patterns.IsUpper(l.Text)).ToList();
            if (other.Count > 0) s.OtherPosition = other[0];
        }
        foreach (var a in s.Authority) roles.Add(new RoleLine(a, Role.Authority));
        if (s.Position is not null) roles.Add(new RoleLine(s.Position, Role.Position));
        if (s.Name is not null) roles.Add(new RoleLine(s.Name, Role.SignerName));
        if (s.OtherPosition is not null) roles.Add(new RoleLine(s.OtherPosition, Role.OtherPosition));
        return s;
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
