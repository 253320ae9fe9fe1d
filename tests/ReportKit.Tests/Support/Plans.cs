namespace ReportKit.Tests.Support;

/// <summary>A small valid plan in YAML, for tests to vary one field at a time.</summary>
public static class Plans
{
    public const string Minimal = """
        co_quan:
          chu_quan: Hội LHPN tỉnh Khánh Hòa
          ban_hanh: Ban Thường vụ
        so: 5
        ky_hieu: KH-BTV
        dia_danh: Khánh Hòa
        ngay: 08/06/2021
        trich_yeu: Thực hiện công tác Hội năm 2021
        mo_dau:
          thuc_hien:
            - Thực hiện Chương trình công tác năm 2021 của Trung ương Hội
          chu_the: Ban Thường vụ Hội LHPN tỉnh
          xay_dung: Kế hoạch thực hiện
        noi_dung: |
          # Mục đích, yêu cầu
          - Quán triệt đến cán bộ, hội viên.
          # Tổ chức thực hiện
          - Các cấp Hội triển khai.
        noi_nhan:
          - Thường trực Tỉnh ủy
          - ten: Trung ương Hội
            ghi_chu: để báo cáo
        luu: TC
        nguoi_ky:
          quyen_han: TM. BAN THƯỜNG VỤ
          chuc_vu: Chủ tịch
          ho_ten: Nguyễn Thị A
        """;

    /// <summary><see cref="Minimal"/> with its body (noi_dung) replaced by <paramref name="body"/>, indented as the block wants it.</summary>
    public static string WithBody(string body) =>
        Minimal.Replace("""
              # Mục đích, yêu cầu
              - Quán triệt đến cán bộ, hội viên.
              # Tổ chức thực hiện
              - Các cấp Hội triển khai.
            """, body);
}
