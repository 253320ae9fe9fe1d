namespace ReportKit.Writers.Docx;

/// <summary>Paragraph and character styles the writer defines; users restyle a plan in Word through these.</summary>
static class StyleIds
{
    public const string Normal = "Normal";
    public const string Body = "RkNoiDung";
    public const string Basis = "RkCanCu";
    public const string HeaderCell = "RkDauVanBan";
    public const string HeaderLine = "RkDuongKe";
    public const string DocumentType = "RkTenLoai";
    public const string Subject = "RkTrichYeu";
    public const string Recipients = "RkNoiNhan";
    public const string Signature = "RkChuKy";
    public const string TableCell = "RkOBang";
    public const string AnnexTitle = "RkTieuDePhuLuc";
    public const string PageHeader = "Header";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 9);
}
