using System.Text.RegularExpressions;
using ReportKit.Document;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Text;

namespace ReportKit.Import.Recognise;

/// <summary>
/// A target annex (phụ lục chỉ tiêu) read back as the plan's targets: the chỉ tiêu with their
/// contents, units of measure, groups and totals, the units they are allocated to (with the
/// groups their subtotal rows name) and the allocations, in either layout the writer produces —
/// one column per unit (bố cục cột: STT | Chỉ tiêu | Đơn vị tính | [Thực hiện năm trước] | Chỉ
/// tiêu giao | Chia ra: units | Ghi chú | [Căn cứ đề xuất]) or one row per unit (bố cục dòng: STT |
/// Đơn vị | targets under their groups with the unit of measure beneath | Ghi chú; subtotal rows,
/// the total first or last, a draft's "Căn cứ đề xuất" row).
/// <para>
/// How each target adds up is read from its figures: a total that is the sum of the units' numbers
/// is <c>sum</c>; a rate (%) is <c>rate</c> and never summed; a value every unit shares (its own
/// where it differs) is <c>norm</c>; anything else is <c>none</c>. The table is taken as a target
/// annex only when what was read lays out, through the writer's own layout, to the very table in
/// the document; else it stays a table annex, every word kept.
/// </para>
/// </summary>
static class TargetAnnexReader
{
    public sealed record Result(TargetSet Targets, AnnexOptions Options, AnnexTable Layout)
    {
        /// <summary>Targets whose allocations do not add up to what was given (the writer flagged them).</summary>
        public IReadOnlyList<string> Mismatched { get; init; } = [];
    }

    /// <param name="columnTwips">The widths the writer gives a laid-out annex's columns on this page.</param>
    public static Result? Read(SourceTable table, Func<AnnexTable, int[]> columnTwips)
    {
        var grid = AnnexGrid.Of(table);
        if (grid.Length < 3 || grid[0].Length < 3 || grid[0][0] != "STT") return null;
        var result = grid[0][1] == "Đơn vị" ? ByRow(grid) : grid[0][1] == "Chỉ tiêu" ? ByColumn(grid) : null;
        if (result is null) return null;
        var layout = result.Options.Layout == AnnexLayout.Rows ? AnnexRowLayout.Build(result.Targets, result.Options) : AnnexColumnLayout.Build(result.Targets, result.Options);
        return AnnexGrid.Same(AnnexGrid.Of(layout), grid) && columnTwips(layout).SequenceEqual(table.GridTwips) ? result with { Layout = layout } : null;
    }

    // ---- one row per unit ------------------------------------------------------------------------

    static Result? ByRow(string[][] grid)
    {
        var n = grid[0].Length;
        if (grid[0][^1] != "Ghi chú" || n < 4) return null;
        var numbersAt = Array.FindIndex(grid, r => r[0] == "(1)");
        if (numbersAt is not (2 or 3)) return null;
        var grouped = numbersAt == 3;
        var contents = grid[grouped ? 1 : 0];
        var measures = grid[grouped ? 2 : 1];
        var targetCount = n - 3;

        var columns = new List<TargetColumn>();
        for (var c = 2; c < n - 1; c++)
        {
            string? group = null;
            if (grouped)
            {
                var title = SpanTitle(grid[0], c);
                if (title.Length > 0)
                {
                    var m = Regex.Match(title, @"^([IVXLC]+)\.\s+(.+)$");
                    if (!m.Success) return null;
                    group = m.Groups[2].Value;
                }
            }
            var measure = measures[c];
            if (measure.Length > 0 && !(measure.StartsWith('(') && measure.EndsWith(')'))) return null;
            columns.Add(new TargetColumn(contents[c], measure.Length > 0 ? measure[1..^1] : null, group));
        }

        // Rows: the total (first or last), subtotal rows naming a unit group, units, a draft's reasons.
        var units = new List<(string Name, string? Group)>();
        var unitRows = new List<string[]>();
        string[]? total = null, basis = null;
        var totalFirst = false;
        var subtotals = false;
        string? unitGroup = null;
        for (var r = numbersAt + 1; r < grid.Length; r++)
        {
            var row = grid[r];
            if (row[0] == "" && row[1] == "Tổng cộng" && total is null) { total = row; totalFirst = units.Count == 0; continue; }
            if (row[0] == "" && row[1] == "Căn cứ đề xuất" && r == grid.Length - 1) { basis = row; continue; }
            if (Marker.RomanValue(row[0]) is not null) { subtotals = true; unitGroup = row[1]; continue; }
            if (!Regex.IsMatch(row[0], @"^\d+$") || row[1].Length == 0 || row[^1].Length > 0) return null;
            units.Add((row[1], unitGroup));
            unitRows.Add(row);
        }
        if (total is null) return null;

        var mismatchNotes = Regex.Matches(total[^1], @"\((?<col>\d+)\): Chỉ tiêu giao (?<given>[^;]+); các đơn vị cộng lại (?<sum>[^;]+)")
            .ToDictionary(m => int.Parse(m.Groups["col"].Value) - 1, m => m.Groups["given"].Value);
        var figures = new List<TargetFigures>();
        for (var i = 0; i < targetCount; i++)
        {
            var c = 2 + i;
            figures.Add(new TargetFigures(total[c], unitRows.Select(r => r[c]).ToList(), mismatchNotes.GetValueOrDefault(c),
                basis is null ? null : basis[c]));
        }
        var options = new AnnexOptions { Layout = AnnexLayout.Rows, Subtotals = subtotals, TotalFirst = totalFirst, Draft = basis is not null };
        return Build(columns, figures, units, options, previous: null, notes: null);
    }

    /// <summary>The text of the header cell that spans column <paramref name="c"/> ("&lt;" marks the columns it covers).</summary>
    static string SpanTitle(string[] row, int c)
    {
        while (c > 0 && row[c] == "<") c--;
        return row[c];
    }

    // ---- one column per unit ---------------------------------------------------------------------

    static Result? ByColumn(string[][] grid)
    {
        var top = grid[0];
        var n = top.Length;
        if (top[2] != "Đơn vị tính" || grid.Length < 3 || grid[2][0] != "(1)") return null;
        var c = 3;
        var hasPrevious = top[c] == "Thực hiện năm trước";
        if (hasPrevious) c++;
        if (top[c] != "Chỉ tiêu giao") return null;
        var totalCol = c++;
        var firstUnit = c;
        var unitNames = new List<string>();
        if (top[c] == "Chia ra")
        {
            do { unitNames.Add(grid[1][c]); c++; } while (c < n && top[c] == "<");
        }
        if (c >= n || top[c] != "Ghi chú") return null;
        var noteCol = c++;
        var draft = c < n && top[c] == "Căn cứ đề xuất";
        if (draft) c++;
        if (c != n) return null;

        var columns = new List<TargetColumn>();
        var figures = new List<TargetFigures>();
        var previous = new List<string>();
        var notes = new List<string?>();
        string? group = null;
        for (var r = 3; r < grid.Length; r++)
        {
            var row = grid[r];
            if (Marker.RomanValue(row[0]) is not null && row.Skip(2).All(x => x == "<")) { group = row[1]; continue; }
            if (!Regex.IsMatch(row[0], @"^\d+$") || row[1].Length == 0) return null;
            var note = row[noteCol];
            string? given = null;
            var m = Regex.Match(note, @"(^|\. )Chỉ tiêu giao (?<given>[^;]+); các đơn vị cộng lại [^;]+$");
            if (m.Success)
            {
                given = m.Groups["given"].Value;
                note = note[..m.Index];
            }
            columns.Add(new TargetColumn(row[1], row[2].Length > 0 ? row[2] : null, group));
            figures.Add(new TargetFigures(row[totalCol], row.Skip(firstUnit).Take(unitNames.Count).ToList(), given, draft ? row[noteCol + 1] : null));
            previous.Add(hasPrevious ? row[3] : "");
            notes.Add(note.Length > 0 ? note : null);
        }
        var options = new AnnexOptions { Layout = AnnexLayout.Columns, Draft = draft };
        return Build(columns, figures, unitNames.Select(u => (u, (string?)null)).ToList(), options, hasPrevious ? previous : null, notes);
    }

    // ---- targets from their figures --------------------------------------------------------------

    /// <summary>What the header says about a target: its content, unit of measure and group.</summary>
    sealed record TargetColumn(string Content, string? Unit, string? Group);

    /// <summary>What the body says: the total as printed, each unit's cell, the figure given when the writer flagged a mismatch, a draft's reason.</summary>
    sealed record TargetFigures(string Total, IReadOnlyList<string> Units, string? Given, string? Basis);

    static Result? Build(List<TargetColumn> columns, List<TargetFigures> figures, List<(string Name, string? Group)> units,
        AnnexOptions options, List<string>? previous, List<string?>? notes)
    {
        var unitCodes = Codes(units.Select(u => UnitCodeBase(u.Name)).ToList());
        var targetCodes = TargetCodes(columns.Select(c => c.Content).ToList());
        var targets = new List<Target>();
        var mismatched = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var f = figures[i];
            if (Infer(f) is not var (rule, value, allocations)) return null;
            if (f.Given is not null) mismatched.Add(columns[i].Content);
            TargetValue? prev = null;
            if (previous is not null && previous[i].Length > 0 && (prev = Value(previous[i])) is null) return null;
            targets.Add(new Target
            {
                Code = targetCodes[i],
                Group = columns[i].Group,
                Content = columns[i].Content,
                Unit = columns[i].Unit,
                Value = value,
                Aggregation = rule,
                Previous = prev,
                Note = notes?[i],
                Basis = f.Basis is { Length: > 0 } b ? b : null,
                Allocations = allocations.ToDictionary(a => unitCodes[a.Key], a => new Allocation(a.Value)),
            });
        }
        var set = new TargetSet
        {
            Targets = targets,
            Units = units.Select((u, i) => new SubordinateUnit { Code = unitCodes[i], Name = u.Name, Group = u.Group }).ToList(),
        };
        return new Result(set, options, null!) { Mismatched = mismatched };
    }

    /// <summary>
    /// The rule, the value given and the allocations a target's figures show: the writer prints a
    /// sum's total as the units' sum, a rate's and a norm's as given, a norm in every unit without
    /// one of its own.
    /// </summary>
    static (Aggregation, TargetValue, Dictionary<int, TargetValue>)? Infer(TargetFigures f)
    {
        var cells = f.Units.Select((text, i) => (i, text)).Where(x => x.text.Length > 0).ToList();
        var values = cells.ToDictionary(x => x.i, x => Value(x.text));
        if (values.Values.Any(v => v is null)) return null;
        var allocated = values.ToDictionary(x => x.Key, x => x.Value!);
        if (Value(f.Given ?? f.Total) is not { } total) return null;

        var numbers = allocated.Values.All(v => v.Kind is TargetValueKind.Integer or TargetValueKind.Decimal);
        if (total.Kind is TargetValueKind.Integer or TargetValueKind.Decimal && numbers && allocated.Count > 0)
        {
            var sum = allocated.Values.Sum(v => v.Number!.Value);
            var shown = Value(f.Total)?.Number;
            if (shown == sum && (f.Given is not null || sum == total.Number)) return (Aggregation.Sum, total, allocated);
        }
        if (total.Kind == TargetValueKind.Percent && allocated.Values.All(v => v.Kind == TargetValueKind.Percent))
            return (Aggregation.Rate, total, allocated);
        if (allocated.Count > 0 && allocated.Count == f.Units.Count && allocated.Values.Any(v => v == total))
            return (Aggregation.Norm, total, allocated.Where(a => a.Value != total).ToDictionary(a => a.Key, a => a.Value));
        if (allocated.Count == 0)
            return total.Kind switch
            {
                TargetValueKind.Integer or TargetValueKind.Decimal => (Aggregation.Sum, total, allocated),
                TargetValueKind.Percent => (Aggregation.Rate, total, allocated),
                _ => (Aggregation.None, total, allocated),
            };
        return (Aggregation.None, total, allocated);
    }

    /// <summary>A figure as printed ("1.300", "8,5", "72%") or a text ("ít nhất 01"), as a target value.</summary>
    static TargetValue? Value(string printed)
    {
        var text = Regex.IsMatch(printed, @"^\d{1,3}(\.\d{3})+(,\d+)?%?$") ? printed.Replace(".", "") : printed;
        return TargetValueParser.Parse(text) is ({ } v, null) ? v : null;
    }

    // ---- codes -----------------------------------------------------------------------------------

    static readonly string[] LevelWords = ["xa", "phuong", "thi-tran", "dac-khu", "huyen", "quan", "thi-xa", "thanh-pho", "tinh"];

    /// <summary>A unit's code from its name, without its level word: "Phường Thục Phán" → thuc_phan.</summary>
    static string UnitCodeBase(string name)
    {
        var slug = VietnameseText.Slug(name);
        foreach (var w in LevelWords)
            if (slug.StartsWith(w + "-", StringComparison.Ordinal) && slug.Length > w.Length + 1) { slug = slug[(w.Length + 1)..]; break; }
        return Words(slug, 4, "dv");
    }

    // Words that tell targets apart no better than the words around them.
    static readonly HashSet<string> Filler = ["co", "cua", "va", "duoc", "cho", "cac", "nhung", "mot", "so", "o", "tai", "trong", "la", "de", "voi", "nay", "ve", "tren"];

    /// <summary>
    /// Targets' codes from their contents: the fewest leading words (at least three, filler words
    /// left out) that tell each target from the others: "Hộ có phụ nữ thoát nghèo" and "Hộ có phụ
    /// nữ thoát cận nghèo" → ho_phu_nu_thoat_ngheo, ho_phu_nu_thoat_can.
    /// </summary>
    static List<string> TargetCodes(IReadOnlyList<string> contents)
    {
        var words = contents.Select(c => VietnameseText.Slug(Regex.Replace(c, @"\(.*?\)", " ")).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w)).ToArray()).ToList();
        string Prefix(int i, int n) => string.Join("_", words[i].Take(n));
        var bases = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var n = 3;
            while (n < 6 && n < words[i].Length && Enumerable.Range(0, words.Count).Any(j => j != i && Prefix(j, n) == Prefix(i, n))) n++;
            var code = Prefix(i, n);
            bases.Add(code.Length == 0 || !char.IsLetter(code[0]) ? "ct_" + code : code);
        }
        return Codes(bases);
    }

    static string Words(string slug, int count, string fallback)
    {
        var code = string.Join("_", slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Take(count));
        return code.Length == 0 || !char.IsLetter(code[0]) ? fallback + "_" + code : code;
    }

    /// <summary>Codes made unique: a repeated one gets the next free number ("ho_co_phu_nu_2").</summary>
    static List<string> Codes(List<string> bases)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var b in bases)
        {
            var code = b.TrimEnd('_');
            for (var k = 2; !used.Add(code); k++) code = $"{b.TrimEnd('_')}_{k}";
            result.Add(code);
        }
        return result;
    }
}
