using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Text;
using YamlDotNet.RepresentationModel;

namespace ReportKit.Clone;

/// <summary>
/// Reads the units a plan is cloned for: a workbook (sheet <c>don_vi</c>, header row with
/// ma | ten | cap | nhom | chu_quan | ban_hanh | ky_hieu | dia_danh | quyen_han | chuc_vu | ho_ten, and any
/// number of <c>bien.&lt;name&gt;</c> columns whose values become the child plan's variables) or a
/// YAML file (<c>don_vi:</c> list with the same keys, and <c>bien:</c> as a mapping). A bad row is reported by cell and
/// unit name; the good rows are still returned, so one broken row does not stop the others.
/// </summary>
internal static class UnitDirectoryLoader
{
    static readonly string[] Columns = ["ma", "ten", "cap", "nhom", "chu_quan", "ban_hanh", "ky_hieu", "dia_danh", "quyen_han", "chuc_vu", "ho_ten"];

    public static List<UnitIdentity> Load(string path, DiagnosticBag bag)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            bag.Add(new Diagnostic(Severity.Error, path, null, CloneMessages.UnitsFileNotFound));
            return [];
        }
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" or ".xlsm" or ".xls" => FromWorkbook(path, bag),
            ".yaml" or ".yml" => FromYaml(path, bag),
            var ext => Fail(bag, path, UiLanguage.Format(CloneMessages.UnitsFileKindUnknown, ext)),
        };
    }

    static List<UnitIdentity> Fail(DiagnosticBag bag, string path, string message)
    {
        bag.Add(new Diagnostic(Severity.Error, path, null, message));
        return [];
    }

    static List<UnitIdentity> FromWorkbook(string path, DiagnosticBag bag)
    {
        var sheets = WorkbookGrid.Open(path, bag, name => Key(name) == "don_vi");
        if (sheets is null) return [];
        var ws = sheets.FirstOrDefault(s => Key(s.Name) == "don_vi");
        if (ws is null)
            return Fail(bag, path, UiLanguage.Format(CloneMessages.NoUnitsSheet, string.Join(", ", sheets.Select(w => w.Name))));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var variables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var col = 1; col <= ws.LastColumn; col++)
        {
            var cell = ws.Get(1, col);
            if (cell.IsEmpty) continue;
            var name = Text(cell) ?? "";
            if (Columns.Contains(name)) index[name] = col;
            else if (name.StartsWith("bien.", StringComparison.Ordinal) && name.Length > 5) variables[name[5..]] = col;
            else if (name.Length > 0)
            {
                var message = KeySuggester.Closest(name, Columns) is { } s
                    ? UiLanguage.Format(CloneMessages.UnknownColumnDidYouMean, name, s)
                    : UiLanguage.Format(CloneMessages.UnknownColumn, name, string.Join(", ", Columns));
                bag.Add(Diagnostic.CellError(path, ws.Name, SheetGrid.Address(1, col), message));
            }
        }
        foreach (var required in new[] { "ma", "ten" })
            if (!index.ContainsKey(required))
                bag.Add(Diagnostic.CellError(path, ws.Name, "A1", UiLanguage.Format(CloneMessages.HeaderRowLacksColumn, required)));
        if (!index.ContainsKey("ma") || !index.ContainsKey("ten")) return [];

        var units = new List<(UnitIdentity, SourceRef)>();
        for (var row = 2; row <= ws.LastRow; row++)
        {
            if (ws.RowIsEmpty(row)) continue;
            var problems = false;
            string? Get(string col)
            {
                if (!index.TryGetValue(col, out var c)) return null;
                var cell = ws.Get(row, c);
                if (cell.Problem is { } p) { bag.Add(Diagnostic.CellError(path, ws.Name, SheetGrid.Address(row, c), $"{col}: {p}")); problems = true; return null; }
                return Text(cell);
            }
            string Addr(string col) => SheetGrid.Address(row, index.GetValueOrDefault(col, 1));
            var values = Columns.ToDictionary(c => c, Get);
            if (problems) continue;
            if (values.Values.All(v => v is null) && variables.Count == 0) continue;
            var code = values["ma"];
            var name = values["ten"];
            if (code is null) { bag.Add(Diagnostic.CellError(path, ws.Name, Addr("ma"), UiLanguage.Format(CloneMessages.UnitRowCodeEmpty, name ?? "?", row))); continue; }
            if (name is null) { bag.Add(Diagnostic.CellError(path, ws.Name, Addr("ten"), UiLanguage.Format(CloneMessages.UnitRowNameEmpty, code, row))); continue; }
            var bien = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, c) in variables)
            {
                var cell = ws.Get(row, c);
                if (cell.Problem is { } p) { bag.Add(Diagnostic.CellError(path, ws.Name, SheetGrid.Address(row, c), $"bien.{k}: {p}")); problems = true; }
                else if (Text(cell) is { } v) bien[k] = v;
            }
            if (problems) continue;
            units.Add((Identity(values, bien, $"{Path.GetFileName(path)}!{ws.Name}!{row}"), new SourceRef(path, Sheet: ws.Name, Cell: Addr("ma"))));
        }
        return Deduplicate(units, bag);
    }

    /// <summary>A cell's text as the unit's value: trimmed, NFC; a blank cell is no value.</summary>
    static string? Text(GridCell cell)
    {
        var text = cell.Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : cell.Text;
        return string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Nfc(text.Trim());
    }

    static string Key(string sheetName) => VietnameseText.Slug(sheetName).Replace('-', '_');

    static UnitIdentity Identity(Dictionary<string, string?> v, Dictionary<string, string> bien, string source) => new()
    {
        Code = v["ma"]!, Name = v["ten"]!, Level = v["cap"], Group = v["nhom"], Parent = v["chu_quan"], Issuer = v["ban_hanh"],
        Symbol = v["ky_hieu"], Place = v["dia_danh"], Authority = v["quyen_han"], Position = v["chuc_vu"], SignerName = v["ho_ten"],
        Variables = bien, Source = source,
    };

    static List<UnitIdentity> FromYaml(string path, DiagnosticBag bag)
    {
        if (YamlFile.Read(path, bag, CloneMessages.UnitsYamlNotAMapping) is not var (root, text)) return [];
        var r = new YamlNodeReader(root, path, text.Split('\n'), bag);
        var seq = r.Sequence("don_vi", required: true);
        r.Finish();
        var units = new List<(UnitIdentity, SourceRef)>();
        if (seq is null) return [];
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Error(item, UiLanguage.Format(CloneMessages.UnitNotAMapping, YamlNodeReader.Describe(item)));
                continue;
            }
            var m = r.Child(map, "don_vi[]");
            var errors = bag.Items.Count;
            var values = Columns.ToDictionary(c => c, c => m.String(c));
            // A unit needs its code and name, blank or absent alike (reported at the value, or at the unit).
            if (values["ma"] is null) m.Error(m.Get("ma") ?? map, UiLanguage.Format(CloneMessages.UnitCodeEmpty, values["ten"] ?? "?"));
            else if (values["ten"] is null) m.Error(m.Get("ten") ?? map, UiLanguage.Format(CloneMessages.UnitNameEmpty, values["ma"]));
            // Any other key written with nothing after it is a blank left to fill, not a choice of the default.
            foreach (var c in Columns)
                if (c is not ("ma" or "ten") && m.Get(c) is { } node && YamlNodeReader.IsBlank(node))
                    m.Error(node, UiLanguage.Format(CloneMessages.UnitValueBlank, c));
            var bien = new Dictionary<string, string>(StringComparer.Ordinal);
            if (m.Map("bien") is { } vars)
            {
                foreach (var (k, v) in vars.Node.Children)
                    if (k is not YamlScalarNode { Value: { Length: > 0 } key }) vars.Error(k, UiLanguage.Format(CloneMessages.VariableNameNotAWord, YamlNodeReader.Describe(k)));
                    else if (v is YamlScalarNode { Value: { } val }) bien[key] = VietnameseText.Nfc(val);
                    else vars.Error(v, CloneMessages.VariableValueNotText);
            }
            m.Finish();
            if (bag.Items.Count > errors || values["ma"] is null || values["ten"] is null) continue;
            var code = m.Get("ma")!;
            units.Add((Identity(values, bien, $"{Path.GetFileName(path)}:{map.Start.Line}"), new SourceRef(path, (int)code.Start.Line, (int)code.Start.Column)));
        }
        return Deduplicate(units, bag);
    }

    /// <summary>Each code once: a second unit with a code already used is an error at its code, naming where the first is.</summary>
    static List<UnitIdentity> Deduplicate(List<(UnitIdentity Unit, SourceRef At)> units, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        var result = new List<UnitIdentity>();
        foreach (var (u, at) in units)
        {
            if (seen.TryAdd(u.Code, at)) { result.Add(u); continue; }
            var first = seen[u.Code];
            var where = first.Cell is not null ? first.Cell : UiLanguage.Format(CloneMessages.UnitCodeFirstLine, first.Line);
            bag.Add(at.At(Severity.Error, UiLanguage.Format(CloneMessages.UnitCodeUsedTwice, u.Name, u.Code, where)));
        }
        return result;
    }
}
