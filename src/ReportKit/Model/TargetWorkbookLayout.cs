namespace ReportKit.Model;

/// <summary>
/// The targets workbook a secretariat fills in (docs/annex.md): sheet names and header keys.
/// One contract for the reader (Load/TargetWorkbookReader) and the blank-workbook writer
/// (Writers/Xlsx/TargetDataWorkbookWriter), so what new-data writes is what render reads.
/// </summary>
internal static class TargetWorkbookLayout
{
    public const string TargetsSheet = "chi_tieu", UnitsSheet = "don_vi", AllocationSheet = "phan_bo";

    /// <summary>Header keys of the chi_tieu sheet, in the blank template's order.</summary>
    public static readonly string[] TargetColumns =
        ["ma", "noi_dung", "don_vi_tinh", "chi_tieu", "tong_hop", "nhom", "thoi_han", "chu_tri", "phoi_hop", "ket_qua_nam_truoc", "ghi_chu", "can_cu_de_xuat"];

    public static readonly string[] UnitColumns = ["ma", "ten", "cap", "nhom"];

    /// <summary>
    /// Further don_vi columns that render ignores and <c>reportgen clone</c> reads (each unit's
    /// own plan: its organ, place and signer), so one workbook serves both.
    /// </summary>
    public static readonly string[] UnitIdentityColumns = ["chu_quan", "ban_hanh", "ky_hieu", "dia_danh", "quyen_han", "chuc_vu", "ho_ten"];

    /// <summary>The phan_bo sheet's leading columns; every further column is headed by a target code.</summary>
    public static readonly string[] AllocationKeyColumns = ["ma_don_vi", "ten_don_vi"];
}
