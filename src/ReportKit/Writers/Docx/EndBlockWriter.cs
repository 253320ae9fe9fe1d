using DocumentFormat.OpenXml;
using ReportKit.Document;
using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Ô 9b (Nơi nhận, flush left) and Ô 7 (authority, position, room to sign and seal, name) as a
/// borderless table that flows:
/// <list type="bullet">
/// <item>the first row, which never splits, holds the whole signature block and beside it (or,
/// for a co-signed plan, under the signatures) "Nơi nhận:" with as many recipients as fit in the
/// signature's height; the closing paragraph is kept with this row, so the closing, the first
/// recipients and the authority line always share a page;</item>
/// <item>each further recipient is a row of its own, so a long Nơi nhận continues on the next page
/// instead of pushing the whole block (and the closing with it) there and leaving a page mostly
/// empty.</item>
/// </list>
/// Heights are estimated from <see cref="TimesMetrics"/>; an estimate a line off only moves a
/// recipient between the first row and the next.
/// </summary>
sealed class EndBlockWriter(FormatProfile profile, int textWidth)
{
    /// <summary>Space above the first line of Nơi nhận and of the signature block, level with each other.</summary>
    const int SpaceAbove = 240;

    /// <summary>A co-signed plan's first row carries this many recipients under the signatures: the first lines of Nơi nhận stay with them.</summary>
    const int RecipientsUnderCoSignatures = 3;

    /// <param name="direct">Written as XML text where it can be (<see cref="LaidTable"/>); false builds it through the SDK (tests compare the two).</param>
    public OpenXmlElement Write(EndBlock end, bool direct = true) =>
        (end.Signatures.Count == 1 ? SingleSigner(end) : CoSigned(end)).Write(direct);

    LaidTable SingleSigner(EndBlock end)
    {
        var left = textWidth * 45 / 100;
        var right = textWidth - left;
        var signature = SignatureCell(end.Signatures[0], 0);
        signature[0] = signature[0] with { SpaceBefore = SpaceAbove };
        var signatureHeight = SpaceAbove + Height(end.Signatures[0], 0, right);

        var first = FirstRecipients(end.Recipients, left, signatureHeight - SpaceAbove);
        var table = new LaidTable([left, right]).Row([Label(), .. end.Recipients.Take(first).Select(Recipient)], signature);
        foreach (var r in end.Recipients.Skip(first)) table.Row([Recipient(r)], [Empty()]);
        return table;
    }

    /// <summary>
    /// Signatures side by side, the lead organ's rightmost, their names level; Nơi nhận under them
    /// on the left, its first lines in the same row as the signatures.
    /// </summary>
    LaidTable CoSigned(EndBlock end)
    {
        var n = end.Signatures.Count;
        var widths = Enumerable.Repeat(textWidth / n, n).ToArray();
        widths[^1] += textWidth - widths.Sum();
        // The names stand level: a block with fewer lines above its name gets them as empty lines.
        var above = end.Signatures.Max(LinesAboveName);
        var cells = end.Signatures.Reverse().Select(s => SignatureCell(s, above - LinesAboveName(s))).ToArray();
        foreach (var c in cells) c[0] = c[0] with { SpaceBefore = SpaceAbove };

        var first = Math.Min(end.Recipients.Count, RecipientsUnderCoSignatures);
        cells[0].Add(Label());
        cells[0].AddRange(end.Recipients.Take(first).Select(Recipient));

        var table = new LaidTable(widths).Row(cells);
        foreach (var r in end.Recipients.Skip(first))
            table.Row([[Recipient(r)], .. Enumerable.Range(1, n - 1).Select(_ => new[] { Empty() })]);
        return table;
    }

    /// <summary>
    /// How many recipients go beside the signature block, under the label: enough to reach its
    /// bottom, so the list runs on into the next rows without a gap (the row is as tall as its
    /// taller cell, and the next row starts under it).
    /// </summary>
    int FirstRecipients(IReadOnlyList<RecipientLine> recipients, int width, int signatureHeight)
    {
        var rs = profile.Recipients;
        var used = LineHeight(rs.LabelStyle.Size) * TimesMetrics.LineCount(rs.Label, rs.LabelStyle, width);
        var count = 0;
        foreach (var r in recipients)
        {
            if (used >= signatureHeight) break;
            used += LineHeight(rs.LineStyle.Size) * TimesMetrics.LineCount(r.Text, rs.LineStyle, width);
            count++;
        }
        return count;
    }

    /// <summary>The empty cell beside a recipient: in the recipients' style, so it is no taller than the line beside it.</summary>
    static LaidParagraph Empty() => new(StyleIds.Recipients, []);

    LaidParagraph Label()
    {
        var rs = profile.Recipients;
        return new(StyleIds.Recipients, [new LaidRun(rs.Label, rs.LabelStyle)]) { SpaceBefore = SpaceAbove };
    }

    static LaidParagraph Recipient(RecipientLine r) =>
        new(StyleIds.Recipients, [.. r.Inlines.OfType<TextRun>().Select(t => new LaidRun(t.Text, null, t.Bold, t.Italic, t.Underline))]);

    /// <summary>Authority lines, position, the other position when it goes above the name.</summary>
    int LinesAboveName(SignatureBlock s) =>
        s.Authority.Count + (s.Position is null ? 0 : 1) + (s.OtherPosition is not null && !profile.Signature.OtherPositionBelowName ? 1 : 0);

    /// <summary>Authority lines, position, room for signature and seal, then the name; the other position (Ô 7b) above or under the name as the profile says.</summary>
    List<LaidParagraph> SignatureCell(SignatureBlock s, int extraLines)
    {
        var sig = profile.Signature;
        LaidParagraph Of(string text, TextStyle style) => new(StyleIds.Signature, [new LaidRun(text, style)]);
        var cell = new List<LaidParagraph>();
        cell.AddRange(s.Authority.Select(a => Of(a, sig.Authority)));
        if (s.Position is { } position) cell.Add(Of(position, sig.Position));
        for (var i = 0; i < sig.BlankLines + extraLines; i++) cell.Add(Of("", sig.Name));
        var other = s.OtherPosition is { } o ? Of(o, sig.OtherPosition) : null;
        if (other is not null && !sig.OtherPositionBelowName) cell.Add(other);
        cell.Add(Of(s.Name, sig.Name));
        if (other is not null && sig.OtherPositionBelowName) cell.Add(other);
        return cell;
    }

    /// <summary>The signature block's height in twips, as <see cref="SignatureCell"/> lays it out in <paramref name="width"/>.</summary>
    int Height(SignatureBlock s, int extraLines, int width)
    {
        var sig = profile.Signature;
        var h = s.Authority.Sum(a => LineHeight(sig.Authority.Size) * TimesMetrics.LineCount(a, sig.Authority, width));
        if (s.Position is { } position) h += LineHeight(sig.Position.Size) * TimesMetrics.LineCount(position, sig.Position, width);
        h += (sig.BlankLines + extraLines) * LineHeight(sig.Name.Size);
        if (s.OtherPosition is { } o) h += LineHeight(sig.OtherPosition.Size) * TimesMetrics.LineCount(o, sig.OtherPosition, width);
        return h + LineHeight(sig.Name.Size) * TimesMetrics.LineCount(s.Name, sig.Name, width);
    }

    /// <summary>A single-spaced line of Times New Roman: the font's ascent and descent, 1.15 em.</summary>
    static int LineHeight(double sizePt) => (int)Math.Round(sizePt * 1.15 * 20);
}
