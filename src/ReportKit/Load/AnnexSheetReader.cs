using System.Globalization;
using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Text;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Rows of a table annex from a workbook sheet (<c>du_lieu: nhiem-vu.xlsx</c> or
/// <c>{tep: ..., trang: ...}</c>): row 1 names the columns by their code (ma) or their title,
/// in any order; a <c>nhom</c> column starts a group row ("I. ...") each time its value changes
/// (a row with only nhom filled is just the group row). Every problem names its cell.
/// </summary>
static class AnnexSheetReader
{
    public static (List<AnnexRowSpec> Rows, string? Source) Read(YamlNodeReader a, YamlNode node, IReadOnlyList<AnnexColumnSpec> columns, string planPath)
    {
        string? file = null, sheetName = null;
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } v }:
                file = VietnameseText.Nfc(v);
                break;
            case YamlMappingNode:
                var m = a.Map("du_lieu")!;
                file = m.String("tep", required: true);
                sheetName = m.String("trang");
                m.Finish();
                break;
            default:
                a.Error(node, UiLanguage.Format(LoadMessages.DataNotPathOrMapping, YamlNodeReader.Describe(node)));
                break;
        }
        if (file is null) return ([], null);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(planPath)!, file));
        if (!File.Exists(full))
        {
            a.Error(node, UiLanguage.Format(LoadMessages.DataWorkbookNotFound, file, full));
            return ([], null);
        }
        var sheets = WorkbookGrid.Open(full, a.Bag);
        if (sheets is null || sheets.Count == 0) return ([], null);
        var sheet = sheetName is null ? sheets[0] : sheets.FirstOrDefault(s => Same(s.Name, sheetName));
        if (sheet is null)
        {
            a.Error(node, UiLanguage.Format(LoadMessages.DataSheetNotFound, sheetName, file, string.Join(", ", sheets.Select(s => s.Name))));
            return ([], null);
        }
        var source = $"{Path.GetFileName(full)}!{sheet.Name}";
        return (Rows(new Cells(full, sheet, a.Bag), columns), source);
    }

    static List<AnnexRowSpec> Rows(Cells c, IReadOnlyList<AnnexColumnSpec> columns)
    {
        var rows = new List<AnnexRowSpec>();
        // Header: which sheet column feeds which annex column.
        var map = new int[columns.Count];
        var groupCol = 0;
        var known = columns.SelectMany(k => new[] { k.Key, k.Title }).OfType<string>().Append("nhom").ToList();
        for (var col = 1; col <= c.Sheet.LastColumn; col++)
        {
            var text = c.Text(1, col);
            if (text is null) continue;
            if (Same(text, "nhom")) { groupCol = col; continue; }
            var i = columns.ToList().FindIndex(k => (k.Key is not null && Same(text, k.Key)) || Same(text, k.Title));
            if (i < 0)
            {
                c.Error(1, col, KeySuggester.Closest(Key(text), known.Select(Key)) is { } s
                    ? UiLanguage.Format(LoadMessages.HeaderNotAnnexColumnDidYouMean, text, s)
                    : UiLanguage.Format(LoadMessages.HeaderNotAnnexColumn, text, string.Join(", ", columns.Select(k => k.Key ?? k.Title))));
            }
            else if (map[i] != 0) c.Error(1, col, UiLanguage.Format(LoadMessages.HeaderColumnTwice, text));
            else map[i] = col;
        }
        for (var i = 0; i < columns.Count; i++)
            if (map[i] == 0 && columns[i].Kind != AnnexColumnKind.RowNumber)
                c.Error(1, 1, columns[i].Key is { } k ? UiLanguage.Format(LoadMessages.HeaderColumnMissingWithCode, columns[i].Title, k) : UiLanguage.Format(LoadMessages.HeaderColumnMissing, columns[i].Title));

        string? group = null;
        for (var row = 2; row <= c.Sheet.LastRow; row++)
        {
            if (c.Sheet.RowIsEmpty(row)) continue;
            var at = new SourceRef(c.File, Sheet: c.Sheet.Name, Cell: SheetGrid.Address(row, 1));
            var cells = new TargetValue?[columns.Count];
            var any = false;
            for (var i = 0; i < columns.Count; i++)
            {
                if (map[i] == 0) continue;
                cells[i] = c.Value(row, map[i], columns[i]);
                any |= cells[i] is not null;
            }
            var groupTitle = groupCol == 0 ? null : c.Text(row, groupCol);
            if (groupTitle is not null && groupTitle != group)
            {
                group = groupTitle;
                rows.Add(new AnnexRowSpec(AnnexRowRole.Group, new TargetValue?[columns.Count], groupTitle, at));
            }
            if (any) rows.Add(new AnnexRowSpec(AnnexRowRole.Item, cells, At: at));
        }
        return rows;
    }

    static string Key(string s) => VietnameseText.Slug(s).Replace('-', '_');

    static bool Same(string a, string b) => Key(a) == Key(b);

    sealed class Cells(string file, SheetGrid sheet, DiagnosticBag bag)
    {
        public string File => file;
        public SheetGrid Sheet => sheet;
        public void Error(int row, int col, string message) =>
            bag.Add(Diagnostic.CellError(file, sheet.Name, SheetGrid.Address(row, col), message));

        public string? Text(int row, int col)
        {
            var cell = sheet.Get(row, col);
            if (cell.Problem is { } problem) { Error(row, col, problem); return null; }
            if (cell.Number is { } n) return n.ToString(CultureInfo.InvariantCulture);
            if (string.IsNullOrWhiteSpace(cell.Text)) return null;
            var text = VietnameseText.Nfc(cell.Text.Trim());
            if (LegacyEncoding.Detect(text, cell.Font) is { } enc)
            {
                Error(row, col, UiLanguage.Format(LoadMessages.CellLegacyEncodedText, text, enc));
                return null;
            }
            return text;
        }

        public TargetValue? Value(int row, int col, AnnexColumnSpec column)
        {
            var cell = sheet.Get(row, col);
            if (cell.Number is { } n && column.Kind is AnnexColumnKind.Number or AnnexColumnKind.Percent)
            {
                var (v, error) = TargetValueParser.FromNumber(n, cell.PercentFormat);
                if (v is null) { Error(row, col, $"{column.Title}: {error}"); return null; }
                return column.Kind == AnnexColumnKind.Percent ? TargetValueParser.ForRule(v, Aggregation.Rate) : v;
            }
            var text = Text(row, col);
            return text is null ? null : AnnexSpecReader.CellValue(text, column, message => Error(row, col, $"{column.Title}: {message}"));
        }
    }
}
