using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Model;

namespace ReportKit.Document;

/// <summary>
/// Tables written in the body, in a pipe syntax a clerk can type and read (docs/yaml-keys.md):
/// <code>
/// {rộng: 1,2cm | 6 | 3 | 3}
/// | TT | Nội dung công việc | Thời gian | Chủ trì |
/// |:--:|--------------------|:---------:|---------|
/// | 1  | Họp Ban Chỉ đạo    | 05/12     | Ban Thường trực |
/// | ^  | Thông báo kết quả  | 06/12     | &lt;       |
/// | **Tổng cộng** | &lt; | 12 | |
/// </code>
/// The optional line in braces gives the widths (a share, or cm); rows above the dashes are
/// header rows (bold, repeated on every page); colons in the dashes align the column (":--:"
/// centre, "--:" right, ":--" or "--" left); "&lt;" merges a cell into its left neighbour and "^"
/// into the cell above; a row that starts "Tổng cộng", "Tổng", "Cộng" or "Tổng số" is a bold total row.
/// </summary>
internal static class BodyTableSyntax
{
    static readonly Regex Separator = new(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$", RegexOptions.CultureInvariant);
    static readonly Regex WidthLine = new(@"^\{\s*(rộng|rong|độ rộng|do rong)\s*:(?<w>[^}]*)\}\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    static readonly string[] TotalLabels = ["tổng cộng", "tổng", "cộng", "tổng số", "cộng nhóm"];

    /// <summary>A table found in the body text: where it is (0-based lines, inclusive) and what it holds.</summary>
    public sealed record Found(int FirstLine, int LastLine, int SeparatorLine, IReadOnlyList<string>? Widths, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<CellAlign> Align, int HeaderRows);

    public static bool IsTableLine(string line)
    {
        var t = line.TrimStart();
        return line.Length - t.Length <= 3 && t.StartsWith('|');
    }

    public static bool IsWidthLine(string line) => WidthLine.IsMatch(line.Trim());

    /// <summary>Every table in <paramref name="lines"/>: a run of "|" lines with a dashes line, and the widths line just above it.</summary>
    public static List<Found> FindAll(IReadOnlyList<string> lines)
    {
        var found = new List<Found>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsTableLine(lines[i])) continue;
            var end = i;
            while (end + 1 < lines.Count && IsTableLine(lines[end + 1])) end++;
            var sep = -1;
            for (var k = i; k <= end; k++) if (Separator.IsMatch(lines[k].Trim())) { sep = k; break; }
            if (sep > i)
            {
                var first = i > 0 && IsWidthLine(lines[i - 1]) ? i - 1 : i;
                IReadOnlyList<string>? widths = first < i ? SplitWidths(WidthLine.Match(lines[first].Trim()).Groups["w"].Value) : null;
                var rows = new List<IReadOnlyList<string>>();
                for (var k = i; k <= end; k++) if (k != sep) rows.Add(Cells(lines[k]));
                found.Add(new Found(first, end, sep, widths, rows, Alignments(lines[sep]), sep - i));
            }
            i = end;
        }
        return found;
    }

    static List<string> SplitWidths(string text) =>
        text.Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(p => p.Contains(' ') && !p.Contains("cm") && !p.Contains("mm") ? p.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [p])
            .ToList();

    /// <summary>The cells of a "| a | b |" line; "\|" is a literal bar.</summary>
    public static List<string> Cells(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|")) t = t[..^1];
        var cells = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '\\' && i + 1 < t.Length && t[i + 1] == '|') { sb.Append('|'); i++; }
            else if (t[i] == '|') { cells.Add(sb.ToString().Trim()); sb.Clear(); }
            else sb.Append(t[i]);
        }
        cells.Add(sb.ToString().Trim());
        return cells;
    }

    static List<CellAlign> Alignments(string separator) => Cells(separator).Select(c =>
    {
        var left = c.StartsWith(':');
        var right = c.EndsWith(':');
        return left && right ? CellAlign.Center : right ? CellAlign.Right : CellAlign.Left;
    }).ToList();

    /// <summary>Builds the table block; <paramref name="inlines"/> reads a cell's markup.</summary>
    public static BodyTable Build(Found t, Func<string, IReadOnlyList<Inline>> inlines)
    {
        var columns = Math.Max(t.Rows.Max(r => r.Count), t.Align.Count);
        var grid = t.Rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? r[c] : "").ToArray()).ToList();

        // Origins: for each grid position, the (row, col) of the cell it belongs to.
        var origin = new (int Row, int Col)[grid.Count, columns];
        for (var r = 0; r < grid.Count; r++)
            for (var c = 0; c < columns; c++)
            {
                var text = grid[r][c];
                origin[r, c] = text == "<" && c > 0 ? origin[r, c - 1] : text == "^" && r > 0 ? origin[r - 1, c] : (r, c);
            }

        var rows = new List<BodyTableRow>();
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = new List<BodyTableCell>();
            var c = 0;
            while (c < columns)
            {
                var o = origin[r, c];
                var span = 1;
                while (c + span < columns && origin[r, c + span] == o) span++;
                if (o.Row == r)
                {
                    var rowSpan = 1;
                    while (r + rowSpan < grid.Count && origin[r + rowSpan, c] == o) rowSpan++;
                    cells.Add(new BodyTableCell(inlines(grid[r][c]), span) { RowSpan = rowSpan });
                }
                else cells.Add(new BodyTableCell([], span) { MergedAbove = true });
                c += span;
            }
            var kind = r < t.HeaderRows ? AnnexRowKind.Header : IsTotal(grid[r]) ? AnnexRowKind.Total : AnnexRowKind.Item;
            rows.Add(new BodyTableRow(kind, cells));
        }

        var widths = Widths(t, grid, columns);
        var align = Enumerable.Range(0, columns).Select(c => c < t.Align.Count ? t.Align[c] : CellAlign.Left).ToList();
        return new BodyTable(rows, widths, align);
    }

    static bool IsTotal(string[] row)
    {
        var first = row.FirstOrDefault(c => c.Length > 0 && c is not ("<" or "^"));
        if (first is null) return false;
        var plain = first.Replace("*", "").Trim().TrimEnd(':').Trim();
        return TotalLabels.Contains(Text.VietnameseText.Lower(plain));
    }

    /// <summary>As written in the widths line; otherwise shares from the longest text of each column (a TT column stays narrow).</summary>
    static List<ColumnWidth> Widths(Found t, List<string[]> grid, int columns)
    {
        var result = new List<ColumnWidth>();
        for (var c = 0; c < columns; c++)
        {
            if (t.Widths is { } w && c < w.Count && ColumnWidth.Parse(w[c]) is { } given) { result.Add(given); continue; }
            var longest = grid.Select(r => r[c]).Where(x => x is not ("<" or "^")).Select(x => x.Replace("*", "").Length).DefaultIfEmpty(4).Max();
            result.Add(ColumnWidth.Relative(Math.Clamp(longest, 4, 40)));
        }
        return result;
    }
}
