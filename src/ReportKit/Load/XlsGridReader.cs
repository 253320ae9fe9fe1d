using System.Text;
using ExcelDataReader;

namespace ReportKit.Load;

/// <summary>
/// Reads legacy .xls (BIFF) with ExcelDataReader. BIFF text may be stored in a Windows code page,
/// which .NET only decodes once the code-pages provider is registered. Fonts are not exposed, so
/// legacy-text detection relies on the character heuristics alone.
/// </summary>
static class XlsGridReader
{
    static XlsGridReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<SheetGrid> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
        var sheets = new List<SheetGrid>();
        do
        {
            var cells = new Dictionary<(int, int), GridCell>();
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var col = 0; col < reader.FieldCount; col++)
                {
                    var v = reader.GetValue(col);
                    GridCell? cell = v switch
                    {
                        null => null,
                        double d => new GridCell(null, d, reader.GetNumberFormatString(col)?.Contains('%') == true),
                        int i => new GridCell(null, i),
                        bool b => new GridCell(b ? "TRUE" : "FALSE", null),
                        DateTime dt => new GridCell(dt.ToString("dd/MM/yyyy"), null),
                        _ => new GridCell(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture), null),
                    };
                    if (cell is { IsEmpty: false }) cells[(row, col + 1)] = cell;
                }
            }
            sheets.Add(new SheetGrid(reader.Name, cells));
        } while (reader.NextResult());
        return sheets;
    }
}
