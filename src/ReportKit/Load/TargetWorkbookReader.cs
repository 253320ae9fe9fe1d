using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads targets from the workbook a secretariat fills in (layout in docs/annex.md; a blank one
/// comes from <c>reportgen new-data</c>): sheet <c>chi_tieu</c> (one target per row), sheet
/// <c>don_vi</c> (one unit per row), sheet <c>phan_bo</c> (one row per unit, one column per
/// target code). Columns are found by their header in row 1, so their order is free. Every
/// problem names its cell: chi-tieu.xlsx!chi_tieu!D7.
/// </summary>
internal static class TargetWorkbookReader
{

    public static TargetSet Read(string path)
    {
        var bag = new DiagnosticBag();
        var set = Read(path, bag);
        bag.ThrowIfErrors();
        return set!;
    }

    public static TargetSet? Read(string path, DiagnosticBag bag)
    {
        string[] read = [TargetWorkbookLayout.TargetsSheet, TargetWorkbookLayout.UnitsSheet, TargetWorkbookLayout.AllocationSheet];
        var sheets = WorkbookGrid.Open(path, bag, name => read.Contains(Key(name)));
        if (sheets is null) return null;
        var ctx = new Context(path, bag);
        var targetSheet = ctx.Sheet(sheets, TargetWorkbookLayout.TargetsSheet, required: true);
        var unitSheet = ctx.Sheet(sheets, TargetWorkbookLayout.UnitsSheet, required: false);
        var allocSheet = ctx.Sheet(sheets, TargetWorkbookLayout.AllocationSheet, required: false);
        if (targetSheet is null) return null;

        var targets = ReadTargets(ctx, targetSheet);
        var units = unitSheet is null ? [] : ReadUnits(ctx, unitSheet);
        if (allocSheet is not null) targets = ReadAllocations(ctx, allocSheet, targets);
        var set = new TargetSet { Targets = targets, Units = units, Source = path };
        TargetSetValidator.Validate(set, bag, ctx.Failed);
        return set;
    }

    static List<Target> ReadTargets(Context ctx, SheetGrid sheet)
    {
        var cols = ctx.Header(sheet, TargetWorkbookLayout.TargetColumns, ["ma", "noi_dung", "chi_tieu"]);
        var list = new List<Target>();
        if (cols is null) return list;
        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (sheet.RowIsEmpty(row)) continue;
            var code = ctx.Text(sheet, row, cols, "ma", required: true);
            var content = ctx.Text(sheet, row, cols, "noi_dung", required: true);
            var ruleText = ctx.Text(sheet, row, cols, "tong_hop");
            var rule = Aggregation.Sum;
            if (ruleText is not null)
            {
                if (TargetValueParser.Aggregation(ruleText) is { } a) rule = a;
                else ctx.Error(sheet, row, cols["tong_hop"], UiLanguage.Format(LoadMessages.CellAggregationUnknown, ruleText));
            }
            var value = ctx.Value(sheet, row, cols.GetValueOrDefault("chi_tieu"), rule, required: true);
            var previous = ctx.Value(sheet, row, cols.GetValueOrDefault("ket_qua_nam_truoc"), rule == Aggregation.Sum ? Aggregation.None : rule);
            var cooperating = ctx.Text(sheet, row, cols, "phoi_hop");
            if (code is null || content is null || value is null)
            {
                if (code is not null) ctx.Failed.Add(code);
                continue;
            }
            list.Add(new Target
            {
                Code = code, Content = content, Value = value, Aggregation = rule, Previous = previous,
                Unit = ctx.Text(sheet, row, cols, "don_vi_tinh"),
                Group = ctx.Text(sheet, row, cols, "nhom"),
                Deadline = ctx.Text(sheet, row, cols, "thoi_han"),
                Lead = ctx.Text(sheet, row, cols, "chu_tri"),
                Cooperating = cooperating is null ? [] : cooperating.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Note = ctx.Text(sheet, row, cols, "ghi_chu"),
                Basis = ctx.Text(sheet, row, cols, "can_cu_de_xuat"),
                Source = ctx.Ref(sheet, row, cols["chi_tieu"]),
            });
        }
        return list;
    }

    static List<SubordinateUnit> ReadUnits(Context ctx, SheetGrid sheet)
    {
        // Other columns are allowed: the same don_vi sheet also feeds `reportgen clone` (chu_quan, ho_ten, ...).
        var cols = ctx.Header(sheet, TargetWorkbookLayout.UnitColumns, ["ma", "ten"], strict: false);
        var list = new List<SubordinateUnit>();
        if (cols is null) return list;
        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (sheet.RowIsEmpty(row)) continue;
            var code = ctx.Text(sheet, row, cols, "ma", required: true);
            var name = ctx.Text(sheet, row, cols, "ten", required: true);
            var level = ctx.Text(sheet, row, cols, "cap");
            var group = ctx.Text(sheet, row, cols, "nhom");
            if (code is not null && name is not null) list.Add(new SubordinateUnit { Code = code, Name = name, Level = level, Group = group });
            else if (code is not null) ctx.Failed.Add(code);
        }
        return list;
    }

    /// <summary>phan_bo: column A the unit code, then one column per target code; an empty cell is no allocation.</summary>
    static List<Target> ReadAllocations(Context ctx, SheetGrid sheet, List<Target> targets)
    {
        var unitCol = 0;
        var byColumn = new Dictionary<int, Target>();
        for (var col = 1; col <= sheet.LastColumn; col++)
        {
            var header = ctx.CellText(sheet, 1, col);
            if (header is null) continue;
            var key = Key(header);
            if (key == "ma_don_vi") { unitCol = col; continue; }
            if (TargetWorkbookLayout.AllocationKeyColumns.Contains(key)) continue;
            var target = targets.FirstOrDefault(t => t.Code == header) ?? targets.FirstOrDefault(t => Key(t.Code) == key);
            if (target is null && ctx.Failed.Contains(header)) continue; // its row in chi_tieu is already reported
            if (target is null)
            {
                ctx.Error(sheet, 1, col, KeySuggester.Closest(header, targets.Select(t => t.Code)) is { } s
                    ? UiLanguage.Format(LoadMessages.AllocationHeaderNotATargetDidYouMean, header, TargetWorkbookLayout.TargetsSheet, s)
                    : UiLanguage.Format(LoadMessages.AllocationHeaderNotATarget, header, TargetWorkbookLayout.TargetsSheet));
                continue;
            }
            byColumn[col] = target;
        }
        if (unitCol == 0)
        {
            ctx.Error(sheet, 1, 1, LoadMessages.AllocationUnitColumnMissing);
            return targets;
        }
        var allocations = targets.ToDictionary(t => t.Code, _ => new Dictionary<string, Allocation>(StringComparer.Ordinal));
        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (sheet.RowIsEmpty(row)) continue;
            var unit = ctx.CellText(sheet, row, unitCol);
            if (unit is null) { ctx.Error(sheet, row, unitCol, LoadMessages.AllocationUnitCodeMissing); continue; }
            foreach (var (col, target) in byColumn)
            {
                var value = ctx.Value(sheet, row, col, target.Aggregation);
                if (value is null) continue;
                if (!allocations[target.Code].TryAdd(unit, new Allocation(value, ctx.Ref(sheet, row, col))))
                    ctx.Error(sheet, row, unitCol, UiLanguage.Format(LoadMessages.AllocationUnitRowTwice, unit));
            }
        }
        return targets.Select(t => t with { Allocations = allocations[t.Code] }).ToList();
    }

    /// <summary>Header and sheet names compare without diacritics or case: "Đơn vị tính" matches don_vi_tinh.</summary>
    static string Key(string s) => VietnameseText.Slug(s).Replace('-', '_');

    sealed class Context(string file, DiagnosticBag bag)
    {
        readonly string _name = Path.GetFileName(file);

        /// <summary>Codes of targets and units whose rows had errors: what refers to them is not reported again.</summary>
        public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

        public SheetGrid? Sheet(IReadOnlyList<SheetGrid> sheets, string name, bool required)
        {
            var sheet = sheets.FirstOrDefault(s => Key(s.Name) == name);
            if (sheet is null && required)
                bag.Add(new Diagnostic(Severity.Error, file, null, UiLanguage.Format(LoadMessages.SheetNotFound, name, string.Join(", ", sheets.Select(s => s.Name)))));
            return sheet;
        }

        public Dictionary<string, int>? Header(SheetGrid sheet, string[] known, string[] required, bool strict = true)
        {
            var cols = new Dictionary<string, int>();
            for (var col = 1; col <= sheet.LastColumn; col++)
            {
                var text = CellText(sheet, 1, col);
                if (text is null) continue;
                var key = Key(text);
                if (known.Contains(key)) { if (!cols.TryAdd(key, col)) Error(sheet, 1, col, UiLanguage.Format(LoadMessages.HeaderColumnTwice, key)); }
                else if (strict)
                {
                    Error(sheet, 1, col, KeySuggester.Closest(key, known) is { } s
                        ? UiLanguage.Format(LoadMessages.HeaderColumnUnknownDidYouMean, text, s)
                        : UiLanguage.Format(LoadMessages.HeaderColumnUnknown, text, string.Join(", ", known)));
                }
            }
            var missing = required.Where(r => !cols.ContainsKey(r)).ToList();
            foreach (var m in missing) Error(sheet, 1, 1, UiLanguage.Format(LoadMessages.HeaderColumnRequired, m));
            return missing.Count > 0 ? null : cols;
        }

        public string? Text(SheetGrid sheet, int row, Dictionary<string, int> cols, string key, bool required = false)
        {
            if (!cols.TryGetValue(key, out var col)) return null;
            var text = CellText(sheet, row, col);
            // A cell already reported (a problem, legacy text) is not reported again as missing.
            if (text is null && required && sheet.Get(row, col).IsEmpty) Error(sheet, row, col, UiLanguage.Format(LoadMessages.CellRequired, key));
            return text;
        }

        /// <summary>A cell's text, NFC and trimmed; legacy-encoded text is reported at its cell and refused.</summary>
        public string? CellText(SheetGrid sheet, int row, int col)
        {
            var cell = sheet.Get(row, col);
            if (cell.Problem is { } problem) { Error(sheet, row, col, problem); return null; }
            if (cell.Number is { } n) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (string.IsNullOrWhiteSpace(cell.Text)) return null;
            var text = VietnameseText.Nfc(cell.Text.Trim());
            if (LegacyEncoding.Detect(text, cell.Font) is { } enc)
            {
                Error(sheet, row, col, cell.Font is { } f && (f.StartsWith(".Vn") || f.StartsWith("VNI"))
                    ? UiLanguage.Format(LoadMessages.CellLegacyEncodedTextInFont, text, enc, f)
                    : UiLanguage.Format(LoadMessages.CellLegacyEncodedText, text, enc));
                return null;
            }
            return text;
        }

        public TargetValue? Value(SheetGrid sheet, int row, int col, Aggregation rule, bool required = false)
        {
            if (col == 0) return null;
            var cell = sheet.Get(row, col);
            if (cell.Problem is { } cellProblem) { Error(sheet, row, col, cellProblem); return null; }
            TargetValue? value;
            if (cell.Number is { } n)
            {
                var (number, error) = TargetValueParser.FromNumber(n, cell.PercentFormat);
                if (error is not null) { Error(sheet, row, col, error); return null; }
                value = number;
            }
            else
            {
                var text = CellText(sheet, row, col);
                if (text is null)
                {
                    if (required && cell.IsEmpty) Error(sheet, row, col, LoadMessages.CellTargetValueRequired);
                    return null;
                }
                var (parsed, error) = TargetValueParser.Parse(text);
                if (error is not null) { Error(sheet, row, col, error); return null; }
                value = parsed;
            }
            if (value is null) return null;
            value = TargetValueParser.ForRule(value, rule);
            if (TargetValueParser.CheckRule(value, rule) is { } problem) { Error(sheet, row, col, problem); return null; }
            return value;
        }

        public SourceRef Ref(SheetGrid sheet, int row, int col) => new(file, Sheet: sheet.Name, Cell: SheetGrid.Address(row, col));

        public void Error(SheetGrid sheet, int row, int col, string message) =>
            bag.Add(Diagnostic.CellError(file, sheet.Name, SheetGrid.Address(row, col), message));
    }
}
