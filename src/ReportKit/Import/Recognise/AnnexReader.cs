using System.Text.RegularExpressions;
using ReportKit.Localization;

namespace ReportKit.Import.Recognise;

/// <summary>
/// Annexes after the signature, each into an annex of the plan file (phu_luc): "Phụ lục …" starts
/// one, the title in capitals under it, the "(Kèm theo …)" line as written, the table, the notes
/// under it. A target annex as the writer lays one out becomes the plan's targets (chi_tieu,
/// don_vi, TargetAnnexReader); any other table a table annex (its columns with widths, alignment
/// and column groups; group rows "I. …"; hand-written total rows; merged cells). Every paragraph
/// of an annex is placed or reported.
/// </summary>
static class AnnexReader
{
    /// <param name="targets">The plan's targets, when an annex is a target annex (the first such; a plan has one set of targets).</param>
    public static List<ImportedAnnex> Read(IReadOnlyList<SourceBlock> blocks, SourceDocument doc, List<RoleLine> roles, Profiles.FormatProfile profile,
        List<string> corrections, out Model.TargetSet? targets)
    {
        targets = null;
        var annexes = new List<ImportedAnnex>();
        var groups = new List<List<SourceBlock>>();
        foreach (var b in blocks)
        {
            if (b is SourceParagraph p && StartsAnnex(p)) groups.Add([]);
            if (groups.Count == 0) groups.Add([]);
            groups[^1].Add(b);
        }
        foreach (var g in groups)
        {
            var marks = new List<RoleLine>();
            if (Read(g, doc, marks, profile, corrections, targets is null) is not { } a) continue;
            if (a.Targets is { } t) targets = t.Targets;
            annexes.Add(a);
            roles.AddRange(marks);
        }
        return annexes;
    }

    /// <summary>
    /// One annex: its label, title and "(Kèm theo …)" line; then its content. The last table is the
    /// annex's table (a target annex or a table annex) and the paragraphs under it its notes;
    /// everything between the heading lines and that table — paragraphs, headings, lists, other
    /// tables — is the annex's own text (noi_dung). An annex without a table is text only.
    /// </summary>
    static ImportedAnnex? Read(List<SourceBlock> blocks, SourceDocument doc, List<RoleLine> roles, Profiles.FormatProfile profile, List<string> corrections,
        bool targetsWanted)
    {
        string? title = null, reference = null;
        var k = 0;
        var labelled = false;
        // The heading lines: "Phụ lục …", the title (centred, bold or in capitals), "(Kèm theo …)".
        for (; k < blocks.Count && blocks[k] is SourceParagraph p; k++)
        {
            var text = Patterns.Squash(p.Text);
            if (text.Length == 0) continue;
            if (!labelled && Patterns.IsAnnexLabel(text))
            {
                labelled = true;
                Mark([p], Role.AnnexLabel, roles);
                // "Phụ lục I: DANH MỤC …" on one line: the rest is the title.
                var rest = Regex.Match(text, @"^Phụ lục(\s+([IVXLC]+|\d+|số\s*\d+)\b)?\s*[:.\-–]?\s*(?<t>.*)$", RegexOptions.IgnoreCase).Groups["t"].Value;
                if (rest.Length > 0) title = rest;
                continue;
            }
            if (Patterns.IsAnnexReference(text))
            {
                reference = WriterSpaces.Plain(p.Text.Trim()); // the clerk's blanks kept
                Mark([p], Role.AnnexReference, roles);
                k++;
                break;
            }
            var heading = p.Alignment == Alignment.Center && (p.Runs.Where(r => r.Text.Trim().Length > 0).All(r => r.Bold) || Patterns.IsUpper(text));
            if (!heading) break;
            title = title is null ? text : title + " " + text;
            Mark([p], Role.AnnexTitle, roles);
        }
        if (!labelled && title is null && reference is null) return null;
        // The rule under the heading lines, drawn or typed ("-----").
        for (; k < blocks.Count && blocks[k] is SourceParagraph q && (q.IsBlank || Patterns.IsTypedRule(Patterns.Squash(q.Text))); k++)
            if (!q.IsBlank) Mark([q], Role.AnnexContent, roles);

        var content = blocks.Skip(k).ToList();
        var tableAt = content.FindLastIndex(b => b is SourceTable);
        var table = tableAt >= 0 ? (SourceTable)content[tableAt] : null;
        var textBlocks = tableAt >= 0 ? content.Take(tableAt).ToList() : content;
        var notes = new List<string>();
        if (table is not null)
        {
            Mark(table.Paragraphs(), Role.AnnexContent, roles);
            foreach (var p in content.Skip(tableAt + 1).OfType<SourceParagraph>())
            {
                var text = Patterns.Squash(p.Text);
                if (text.Length == 0) continue;
                Mark([p], Role.AnnexContent, roles);
                if (text is "./." or "/.") continue;
                notes.Add(BodyMarkup(p, text));
            }
        }
        // The writer closes the last note with "./." itself (inside its emphasis too: "*… giao./.*").
        if (notes.Count > 0) notes[^1] = Regex.Replace(notes[^1], @"\s*\.?/\.(?<marks>\**)$", "${marks}");

        // The annex's own text in the body's markup, numbered afresh; its "./." is the writer's.
        string? markup = null;
        var ink = textBlocks.Where(b => b is SourceTable || b is SourceParagraph p && Patterns.Squash(p.Text) is { Length: > 0 } t && t is not ("./." or "/.")).ToList();
        foreach (var p in textBlocks.OfType<SourceParagraph>().Where(p => Patterns.Squash(p.Text) is "./." or "/.")) Mark([p], Role.AnnexContent, roles);
        if (ink.Count > 0)
        {
            // Its lines are the annex's content to check, not the body's (whose end mark and styles are checked as the body's).
            var textRoles = new List<RoleLine>();
            var reader = new BodyReader(doc, profile.Numbering, corrections, textRoles, new Dictionary<int, int>(), template: false);
            var written = reader.Write(reader.Read(ink));
            roles.AddRange(textRoles.Select(r => r with { Role = Role.AnnexContent }));
            var footnotes = reader.Footnotes();
            markup = PlanRecogniser.StripEndMark(written);
            if (footnotes.Length > 0) markup = markup?.TrimEnd('\n') + "\n\n" + footnotes;
        }

        if (table is null)
            return markup is null && title is null ? null : new ImportedAnnex(title?.TrimEnd('.'), reference, Landscape(doc, blocks), [], []) { Text = markup, Notes = notes };

        var section = table.Section < doc.Sections.Count ? doc.Sections[table.Section] : null;
        var landscape = section?.Landscape == true;
        var size = table.Paragraphs().SelectMany(p => p.Runs).Where(r => r.Text.Trim().Length > 0)
            .GroupBy(r => r.SizePt).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var orientation = landscape ? Model.PageOrientation.Landscape : Model.PageOrientation.Portrait;
        var pageWidth = new Writers.Docx.AnnexSectionWriter(profile).TextWidth(orientation);
        ImportedAnnex annex;
        double? defaultSize;
        if (targetsWanted && TargetAnnexReader.Read(table, layout => Writers.Docx.BlockWriter.ColumnTwips(layout.Widths, pageWidth)) is { } read)
        {
            annex = new ImportedAnnex(null, null, landscape, [], []) { Targets = read };
            foreach (var m in read.Mismatched)
                corrections.Add(UiLanguage.Format(ImportMessages.AnnexFiguresMismatch, table.Number, Short(m)));
            // A target annex's text shrinks to fit its columns unless the plan sets a size.
            defaultSize = Writers.Docx.AnnexSectionWriter.AutoFontSize(read.Layout with { Orientation = orientation }, profile);
        }
        else
        {
            annex = Table(table, corrections);
            defaultSize = profile.Annex.TableSize;
        }
        return annex with
        {
            Title = title is null ? null : title.TrimEnd('.'),
            Reference = reference,
            Landscape = landscape,
            Text = markup,
            Notes = notes,
            TextSize = size is { } s && Math.Abs(s - defaultSize.Value) > 0.1 ? s : null,
        };
    }

    /// <summary>
    /// "Phụ lục", "PHỤ LỤC II", "Phụ lục 2: Danh mục …" as a heading — not a sentence of an
    /// annex's text that starts with the word ("Phụ lục này gồm …").
    /// </summary>
    static bool StartsAnnex(SourceParagraph p) =>
        Patterns.IsAnnexLabel(p.Text) && (p.Alignment is Alignment.Center or Alignment.Right
            || Regex.IsMatch(Patterns.Squash(p.Text), @"^Phụ lục(\s+([IVXLC]+|\d+|số\s*\d+))?\s*([:.\-–]|$)", RegexOptions.IgnoreCase));

    /// <summary>An annex's page is landscape when the section holding its first block is.</summary>
    static bool Landscape(SourceDocument doc, List<SourceBlock> blocks) =>
        blocks.Count > 0 && blocks[0].Section < doc.Sections.Count && doc.Sections[blocks[0].Section].Landscape;

    /// <summary>A note in light markup: its bold and italic runs kept.</summary>
    static string BodyMarkup(SourceParagraph p, string text)
    {
        var runs = p.Runs.Where(r => r.Text.Length > 0).ToList();
        if (runs.Count == 0 || runs.All(r => !r.Bold && !r.Italic)) return text;
        var sb = new System.Text.StringBuilder();
        foreach (var r in runs)
        {
            var t = r.Text;
            var core = t.Trim();
            if (core.Length == 0 || (!r.Bold && !r.Italic)) { sb.Append(t); continue; }
            var mark = r.Bold && r.Italic ? "***" : r.Bold ? "**" : "*";
            sb.Append(t[..(t.Length - t.TrimStart().Length)]).Append(mark).Append(core).Append(mark).Append(t[t.TrimEnd().Length..]);
        }
        var result = Patterns.Squash(sb.ToString());
        return result.Replace("**", "").Replace("*", "") == text ? result : text;
    }

    static void Mark(IEnumerable<SourceParagraph> paras, Role role, List<RoleLine> roles)
    {
        foreach (var p in paras) foreach (var l in DocLine.Of(p, false)) roles.Add(new RoleLine(l, role));
    }

    /// <summary>Columns from the header rows; rows in the plan file's form (items, groups, totals written by hand).</summary>
    static ImportedAnnex Table(SourceTable t, List<string> corrections)
    {
        var grid = AnnexGrid.Of(t).ToList();
        var n = grid.Count > 0 ? grid[0].Length : 0;

        var headerRows = t.Rows.TakeWhile(r => r.IsHeader).Count();
        if (headerRows == 0)
            headerRows = grid.Count > 2 && grid[0].Contains("<") && grid[1].Contains("^") ? 2 : 1;
        headerRows = Math.Min(headerRows, grid.Count);
        // A "(1) (2) …" row under the header numbers the columns (so_cot); it may repeat with the header.
        static bool Numbers(string[] row) => row.Any(c => Regex.IsMatch(c, @"^\(\d+\)$")) && row.All(c => Regex.IsMatch(c, @"^\(\d+\)$|^[<^]?$"));
        if (headerRows > 1 && Numbers(grid[headerRows - 1])) headerRows--;
        var numbersRow = headerRows < grid.Count && Numbers(grid[headerRows]) ? 1 : 0;
        var top = grid[0];
        var bottom = grid[headerRows - 1];
        var stt = n > 1 && Regex.IsMatch(top[0], @"^(STT|TT|Số TT|Số thứ tự)$", RegexOptions.IgnoreCase);
        var labelCol = stt ? 1 : 0;

        // Rows: groups ("I" in the STT column and the title across, or "I. title" across all), totals, items.
        var rows = new List<ImportedAnnexRow>();
        var itemRows = new List<int>();
        var sums = new SortedSet<int>();
        int? firstSumSpan = null;
        for (var r = headerRows + numbersRow; r < grid.Count; r++)
        {
            var row = grid[r];
            string? group = null;
            if (stt && Marker.RomanValue(row[0]) is not null && row[1] is not ("" or "<" or "^")) group = row[1];
            else if (!stt && Regex.Match(row[0], @"^([IVXLC]+)\.\s+(.+)$") is { Success: true } gm && Marker.RomanValue(gm.Groups[1].Value) is not null) group = gm.Groups[2].Value;
            if (group is not null)
            {
                var j = labelCol + 1;
                while (j < n && row[j] == "<") j++;
                var rest = row.Skip(j).ToList();
                if (j == n || ((j > labelCol + 1 || stt) && rest.All(x => x.Length == 0 || Number(x) is not null)))
                {
                    var cells = new string[n];
                    for (var c = 0; c < n; c++) cells[c] = c >= j ? row[c] : "";
                    for (var c = j; c < n; c++) if (row[c].Length > 0) sums.Add(c);
                    if (rest.Any(x => x.Length > 0)) firstSumSpan ??= j;
                    rows.Add(new ImportedAnnexRow(cells, Group: group));
                    continue;
                }
            }
            var label = row.Skip(labelCol).FirstOrDefault(x => x is not ("" or "<" or "^")) ?? "";
            var labelAt = Array.IndexOf(row, label, labelCol);
            if (labelAt == labelCol && Regex.IsMatch(label, @"^(Tổng cộng|Tổng|Tổng số|Cộng|Cộng nhóm)$", RegexOptions.IgnoreCase)
                && row.Take(labelCol).All(x => x.Length == 0))
            {
                rows.Add(new ImportedAnnexRow(row, Total: label, Subtotal: label.StartsWith("Cộng", StringComparison.OrdinalIgnoreCase)));
                continue;
            }
            itemRows.Add(r);
            rows.Add(new ImportedAnnexRow(row));
        }

        // The STT column is left out when it counts 1, 2, … in each group, as the writer numbers it.
        var typed = false;
        if (stt)
        {
            var k = 0;
            foreach (var row in rows)
            {
                if (row.Group is not null) { k = 0; continue; }
                if (row.Total is not null) continue;
                if (row.Cells[0] != (++k).ToString()) typed = true;
            }
        }

        // Group sums: kept when every group row's figure is the sum of its items (else reported, and the writer's sum stands).
        var groupSums = sums.Count > 0;
        foreach (var c in sums)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Group is null) continue;
                var items = rows.Skip(i + 1).TakeWhile(x => x.Group is null).Where(x => x.Total is null).Select(x => Number(x.Cells[c]) ?? 0).Sum();
                var written = Number(rows[i].Cells[c]);
                if (written is { } w && w != items)
                    corrections.Add(UiLanguage.Format(ImportMessages.GroupSumRecomputed, t.Number, Short(rows[i].Group!), c + 1, rows[i].Cells[c], items));
            }
        }

        // A "Tổng cộng" row first or last that sums every item is the writer's computed total (dong_tong).
        string? total = null;
        foreach (var (at, where) in new[] { (rows.Count - 1, "true"), (0, "dau") })
        {
            if (total is not null || at < 0 || at >= rows.Count || rows[at] is not { Total: { } label } tr || tr.Subtotal) continue;
            if (!Regex.IsMatch(label, @"^Tổng cộng$", RegexOptions.IgnoreCase)) continue;
            var items = rows.Where(x => x.Group is null && x.Total is null).ToList();
            var figures = Enumerable.Range(labelCol + 1, Math.Max(0, n - labelCol - 1)).Where(c => tr.Cells[c].Length > 0).ToList();
            if (figures.Count == 0 || (groupSums && !figures.ToHashSet().SetEquals(sums))) continue;
            if (!figures.All(c => Number(tr.Cells[c]) is { } w && items.All(x => x.Cells[c].Length == 0 || Number(x.Cells[c]) is not null)
                    && items.Sum(x => Number(x.Cells[c]) ?? 0) == w)) continue;
            if (rows.Count(x => x.Total is not null) > 1) continue;
            total = where;
            rows.RemoveAt(at);
            foreach (var c in figures) sums.Add(c);
        }

        // Figures in summed columns as the plan file writes them.
        if (groupSums || total is not null)
            for (var i = 0; i < rows.Count; i++)
                rows[i] = rows[i] with { Cells = rows[i].Cells.Select((x, c) => sums.Contains(c) ? Figure(x) : x).ToList() };

        var columns = new List<ImportedColumn>();
        for (var c = 0; c < n; c++)
        {
            // A header cell of the top row across several columns is their group; the rows under it
            // make the column's title (a third header row, such as units, joins the title).
            // In a header of two rows, a title with another under it is a group, even over one column.
            var spans = headerRows > 1 && (top[c] == "<" || (c + 1 < n && top[c + 1] == "<") || headerRows == 2 && grid[1][c] is not ("^" or "" or "<"));
            var group = spans ? GroupTitle(top, c) : null;
            var parts = new List<string>();
            for (var r = spans ? 1 : 0; r < headerRows; r++)
            {
                var text = grid[r][c] == "<" ? GroupTitle(grid[r], c) ?? "" : grid[r][c];
                if (text is not ("^" or "") && !parts.Contains(text)) parts.Add(text);
            }
            var name = parts.Count > 0 ? string.Join(" ", parts) : group ?? "";
            if (parts.Count == 0) group = null;
            var width = c < t.GridTwips.Count ? Centimetres(t.GridTwips[c]) : "1";
            var kind = c == 0 && stt ? "stt" : sums.Contains(c) ? "so" : null;
            columns.Add(new ImportedColumn(name, width, Align(t, itemRows, c), kind)
            {
                Group = group,
                Sum = (groupSums || total is not null) && sums.Contains(c),
            });
        }
        // Totals written by hand name their columns by code.
        if (rows.Any(r => r.Total is not null && r.Cells.Skip(labelCol + 1).Any(x => x.Length > 0)))
        {
            var used = new HashSet<string>();
            for (var c = 0; c < n; c++)
            {
                if (c == 0 && stt) continue;
                var key = Code(columns[c].Title, c);
                while (!used.Add(key)) key += "_" + (c + 1);
                columns[c] = columns[c] with { Key = key };
            }
        }
        return new ImportedAnnex(null, null, false, columns, rows)
        {
            GroupSums = groupSums,
            Total = total,
            ColumnNumbers = numbersRow == 1,
            NumbersAsTyped = typed,
        };
    }

    static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>A figure as the writer reads it ("1.200", "8,5"); null when the cell is not one.</summary>
    static decimal? Number(string text) =>
        text.Length == 0 ? null : ReportKit.Load.TargetValueParser.Parse(Figure(text)) is ({ IsNumber: true } v, null) ? v.Number : null;

    /// <summary>A figure as the plan file writes it: "1.300" (grouped as printed) is written 1300.</summary>
    static string Figure(string text) => Regex.IsMatch(text, @"^\d{1,3}(\.\d{3})+(,\d+)?$") ? text.Replace(".", "") : text;

    /// <summary>A column code from its title: "Kinh phí (triệu đồng)" → kinh_phi.</summary>
    static string Code(string title, int c)
    {
        var words = ReportKit.Text.VietnameseText.Slug(Regex.Replace(title, @"\(.*?\)", " ")).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(3).ToList();
        var key = string.Join("_", words);
        return key.Length == 0 || !char.IsLetter(key[0]) ? $"cot_{c + 1}" : key;
    }

    static string? GroupTitle(string[] top, int c)
    {
        for (var k = c; k >= 0; k--) if (top[k] != "<") return top[k];
        return null;
    }

    /// <summary>The alignment of the column's first written cell among the items.</summary>
    static string? Align(SourceTable t, List<int> itemRows, int c)
    {
        foreach (var r in itemRows)
        {
            var col = 0;
            foreach (var cell in t.Rows[r].Cells)
            {
                if (col == c && cell.VMerge != VerticalMerge.Continue && cell.GridSpan <= 1 && cell.Blocks.OfType<SourceParagraph>().FirstOrDefault() is { } p && p.Text.Trim().Length > 0)
                    return p.Alignment switch { Alignment.Center => "giua", Alignment.Right => "phai", Alignment.Justify => "deu", _ => "trai" };
                col += Math.Max(1, cell.GridSpan);
            }
        }
        return null;
    }

    /// <summary>A width in cm that the writer turns back into the same twips.</summary>
    static string Centimetres(int twips)
    {
        foreach (var decimals in new[] { 1, 2, 3, 4 })
        {
            var cm = Math.Round(twips * 2.54 / 1440, decimals);
            if ((int)Math.Round(cm * 10 * 1440 / 25.4) == twips) return cm.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "cm";
        }
        return (twips * 2.54 / 1440).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) + "cm";
    }
}
