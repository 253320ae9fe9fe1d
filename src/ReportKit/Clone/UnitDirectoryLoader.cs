using ClosedXML.Excel;
using ReportKit.Diagnostics;
using ReportKit.Load;
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
public static class UnitDirectoryLoader
{
    static readonly string[] Columns = ["ma", "ten", "cap", "nhom", "chu_quan", "ban_hanh", "ky_hieu", "dia_danh", "quyen_han", "chuc_vu", "ho_ten"];

    public static List<UnitIdentity> Load(string path, DiagnosticBag bag)
    {
        if (!File.Exists(path))
        {
            bag.Add(new Diagnostic(Severity.Error, path, null, "file not found"));
            return [];
        }
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" or ".xlsm" => FromWorkbook(path, bag),
            ".yaml" or ".yml" => FromYaml(path, bag),
            var ext => Fail(bag, path, $"units must be an .xlsx workbook or a .yaml file, not '{ext}'"),
        };
    }

    static List<UnitIdentity> Fail(DiagnosticBag bag, string path, string message)
    {
        bag.Add(new Diagnostic(Severity.Error, path, null, message));
        return [];
    }

    static List<UnitIdentity> FromWorkbook(string path, DiagnosticBag bag)
    {
        using var wb = new XLWorkbook(path);
        if (!wb.TryGetWorksheet("don_vi", out var ws))
            return Fail(bag, path, $"no sheet named 'don_vi' (sheets: {string.Join(", ", wb.Worksheets.Select(w => w.Name))})");
        var header = ws.Row(1);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var variables = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in header.CellsUsed())
        {
            var name = VietnameseText.Nfc(cell.GetString().Trim());
            if (Columns.Contains(name)) index[name] = cell.Address.ColumnNumber;
            else if (name.StartsWith("bien.", StringComparison.Ordinal) && name.Length > 5) variables[name[5..]] = cell.Address.ColumnNumber;
            else if (name.Length > 0)
            {
                var hint = KeySuggester.Closest(name, Columns) is { } s ? $" (did you mean '{s}'?)" : $" (columns: {string.Join(", ", Columns)})";
                bag.Add(Diagnostic.CellError(path, "don_vi", cell.Address.ToString()!, $"unknown column '{name}'{hint}"));
            }
        }
        foreach (var required in new[] { "ma", "ten" })
            if (!index.ContainsKey(required))
                bag.Add(Diagnostic.CellError(path, "don_vi", "A1", $"the header row has no '{required}' column"));
        if (!index.ContainsKey("ma") || !index.ContainsKey("ten")) return [];

        var units = new List<UnitIdentity>();
        var last = ws.LastRowUsed()?.RowNumber() ?? 1;
        for (var row = 2; row <= last; row++)
        {
            string? Get(string col) => index.TryGetValue(col, out var c) && ws.Cell(row, c).GetString().Trim() is { Length: > 0 } v ? VietnameseText.Nfc(v) : null;
            string Addr(string col) => ws.Cell(row, index.GetValueOrDefault(col, 1)).Address.ToString()!;
            if (Columns.All(c => Get(c) is null)) continue;
            var code = Get("ma");
            var name = Get("ten");
            if (code is null) { bag.Add(Diagnostic.CellError(path, "don_vi", Addr("ma"), $"unit '{name ?? "?"}' (row {row}): ma is empty")); continue; }
            if (name is null) { bag.Add(Diagnostic.CellError(path, "don_vi", Addr("ten"), $"unit '{code}' (row {row}): ten is empty")); continue; }
            units.Add(new UnitIdentity
            {
                Code = code, Name = name, Level = Get("cap"), Group = Get("nhom"), Parent = Get("chu_quan"), Issuer = Get("ban_hanh"),
                Symbol = Get("ky_hieu"), Place = Get("dia_danh"), Authority = Get("quyen_han"), Position = Get("chuc_vu"), SignerName = Get("ho_ten"),
                Variables = variables.Select(v => (v.Key, Value: ws.Cell(row, v.Value).GetString().Trim()))
                    .Where(v => v.Value.Length > 0).ToDictionary(v => v.Key, v => VietnameseText.Nfc(v.Value)),
                Source = $"{Path.GetFileName(path)}!don_vi!{row}",
            });
        }
        return Deduplicate(units, bag, path);
    }

    static List<UnitIdentity> FromYaml(string path, DiagnosticBag bag)
    {
        var text = VietnameseText.Nfc(File.ReadAllText(path));
        var root = PlanLoader.ReadRoot(text, path, bag);
        if (root is null) return [];
        var r = new YamlNodeReader(root, path, text.Split('\n'), bag);
        var seq = r.Sequence("don_vi", required: true);
        r.Finish();
        var units = new List<UnitIdentity>();
        if (seq is null) return units;
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Error(item, $"don_vi: each unit is a mapping {{ma, ten, ...}}, found {YamlNodeReader.Describe(item)}");
                continue;
            }
            var m = r.Child(map, "don_vi[]");
            var values = Columns.ToDictionary(c => c, c => m.String(c));
            var bien = new Dictionary<string, string>(StringComparer.Ordinal);
            if (m.Map("bien") is { } vars)
            {
                foreach (var (k, v) in vars.Node.Children)
                    if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } val }) bien[key] = VietnameseText.Nfc(val);
                    else vars.Error(v, "bien: each value is text");
            }
            m.Finish();
            if (values["ma"] is null) { r.Error(map, $"unit '{values["ten"] ?? "?"}': ma is empty"); continue; }
            if (values["ten"] is null) { r.Error(map, $"unit '{values["ma"]}': ten is empty"); continue; }
            units.Add(new UnitIdentity
            {
                Code = values["ma"]!, Name = values["ten"]!, Level = values["cap"], Group = values["nhom"], Parent = values["chu_quan"],
                Issuer = values["ban_hanh"], Symbol = values["ky_hieu"], Place = values["dia_danh"], Authority = values["quyen_han"], Position = values["chuc_vu"],
                SignerName = values["ho_ten"], Variables = bien, Source = $"{Path.GetFileName(path)}:{map.Start.Line}",
            });
        }
        return Deduplicate(units, bag, path);
    }

    static List<UnitIdentity> Deduplicate(List<UnitIdentity> units, DiagnosticBag bag, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<UnitIdentity>();
        foreach (var u in units)
        {
            if (seen.Add(u.Code)) result.Add(u);
            else bag.Add(new Diagnostic(Severity.Error, path, null, $"unit '{u.Name}' ({u.Source}): code '{u.Code}' is used twice"));
        }
        return result;
    }
}
