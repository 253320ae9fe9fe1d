using ClosedXML.Excel;

namespace ReportKit.Tests.Support;

/// <summary>Small targets workbooks for tests: each sheet given as rows of cells (header first), as a user would type them.</summary>
public static class Workbooks
{
    public static readonly object?[][] Targets =
    [
        ["ma", "noi_dung", "don_vi_tinh", "chi_tieu", "tong_hop"],
        ["thoat_ngheo", "Hộ phụ nữ thoát nghèo", "hộ", 300, "sum"],
        ["dao_tao", "Tỷ lệ lao động nữ qua đào tạo", "%", "80%", "rate"],
    ];

    public static readonly object?[][] Units =
    [
        ["ma", "ten", "cap"],
        ["X01", "Phường Thục Phán", "phường"],
        ["X02", "Xã Hòa An", "xã"],
    ];

    public static readonly object?[][] Allocations =
    [
        ["ma_don_vi", "ten_don_vi", "thoat_ngheo", "dao_tao"],
        ["X01", "Phường Thục Phán", 100, "85%"],
        ["X02", "Xã Hòa An", 200, "75%"],
    ];

    /// <summary>Writes chi_tieu, don_vi and phan_bo; <paramref name="edit"/> can change single cells (e.g. a wrong value in D3).</summary>
    public static string Write(string path, Action<XLWorkbook>? edit = null, object?[][]? targets = null, object?[][]? allocations = null)
    {
        using var wb = new XLWorkbook();
        Sheet(wb, "chi_tieu", targets ?? Targets);
        Sheet(wb, "don_vi", Units);
        Sheet(wb, "phan_bo", allocations ?? Allocations);
        edit?.Invoke(wb);
        wb.SaveAs(path);
        return path;
    }

    static void Sheet(XLWorkbook wb, string name, object?[][] rows)
    {
        var ws = wb.Worksheets.Add(name);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                if (rows[r][c] is { } v) ws.Cell(r + 1, c + 1).Value = v;
    }
}
