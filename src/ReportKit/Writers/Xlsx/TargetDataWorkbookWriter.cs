using ClosedXML.Excel;
using ReportKit.Model;

namespace ReportKit.Writers.Xlsx;

/// <summary>
/// Writes the input workbook a secretariat fills in (the layout <see cref="TargetWorkbookLayout"/>
/// reads, docs/annex.md): sheets chi_tieu, don_vi, phan_bo and a huong_dan sheet explaining them.
/// Blank for <c>reportgen new-data</c>, or filled from a plan's targets (<c>--from</c>), so YAML
/// data can move to Excel and back. Byte-reproducible for the same input.
/// </summary>
internal sealed class TargetDataWorkbookWriter
{
    static readonly string[] Help =
    [
        "Cách điền sổ chỉ tiêu (ReportKit, docs/annex.md)",
        "",
        "Sheet chi_tieu: mỗi dòng một chỉ tiêu. Dòng 1 là tên cột, giữ nguyên; thứ tự cột tùy ý.",
        "  ma: mã chỉ tiêu, ngắn, không trùng (vd. thoat_ngheo, CT01) — dùng làm tên cột ở sheet phan_bo.",
        "  noi_dung: nội dung chỉ tiêu.   don_vi_tinh: hộ, người, %, mô hình, ...",
        "  chi_tieu: chỉ tiêu giao (tổng). Số: 2700 (không gõ dấu chấm phân cách), 8,5; tỷ lệ: 80% hoặc ô định dạng %; chữ (≥ 90%, 1-2 mô hình) giữ nguyên.",
        "  tong_hop: sum (cộng các đơn vị, phải bằng tổng), rate (tỷ lệ, không cộng), norm (định mức cho mỗi đơn vị), none.",
        "  nhom: nhóm chỉ tiêu (đánh số I, II, ... theo thứ tự xuất hiện).   thoi_han, chu_tri, phoi_hop (ngăn bằng ;), ket_qua_nam_truoc, ghi_chu.",
        "  can_cu_de_xuat: căn cứ đề xuất, chỉ in ở bản dự thảo (phu_luc: du_thao: true).",
        "Sheet don_vi: mỗi dòng một đơn vị cấp dưới, theo thứ tự muốn in: ma (mã ĐVHC hoặc mã tự đặt), ten, cap (xã, phường, đặc khu, ...), nhom (cụm, để cộng theo nhóm).",
        "  Các cột sau chỉ dùng khi nhân bản kế hoạch cho từng đơn vị (reportgen clone, docs/clone-batch.md): ho_ten (họ tên người ký, bắt buộc), chuc_vu,",
        "  quyen_han, chu_quan, ban_hanh, ky_hieu, dia_danh; để trống thì lấy theo bảng lời văn theo cấp (templates/cap/), vd. \"Hội LHPN xã …\".",
        "Sheet phan_bo: mỗi dòng một đơn vị (cột ma_don_vi), mỗi cột một chỉ tiêu (tên cột = mã chỉ tiêu); ô trống = không giao. ten_don_vi chỉ để dễ đọc.",
        "",
        "Số liệu trong nội dung kế hoạch (noi_dung) lấy từ sổ này, đừng gõ tay: viết {{ ct.thoat_ngheo.hien_thi }} hộ (in 2.700 hộ; mỗi xã nhận bản sao",
        "  sẽ in đúng số được giao cho xã đó); {{ if co_chi_tieu \"thoat_ngheo\" }}…{{ end }} cho câu chỉ có ở đơn vị được giao chỉ tiêu đó.",
        "  Số gõ tay cạnh tên chỉ tiêu mà khác số trong sổ sẽ bị cảnh báo khi render (reportgen render, batch; --strict thì dừng).",
        "Gõ chữ Unicode (Times New Roman). Văn bản TCVN3 (.VnTime) hoặc VNI sẽ bị báo lỗi kèm địa chỉ ô: chuyển mã sang Unicode (Unikey) rồi chạy lại.",
    ];

    public void Write(TargetSet? set, DateTime created, Stream output)
    {
        using var raw = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Style.Font.FontName = "Times New Roman";
            wb.Style.Font.FontSize = 12;
            wb.Properties.Created = created;
            wb.Properties.Modified = created;
            wb.Properties.Author = "ReportKit";
            wb.Properties.LastModifiedBy = "ReportKit";
            Targets(wb.Worksheets.Add(TargetWorkbookLayout.TargetsSheet), set);
            Units(wb.Worksheets.Add(TargetWorkbookLayout.UnitsSheet), set);
            Allocations(wb.Worksheets.Add(TargetWorkbookLayout.AllocationSheet), set);
            Instructions(wb.Worksheets.Add("huong_dan"));
            wb.SaveAs(raw);
        }
        raw.Position = 0;
        using var finished = XlsxPackage.Finish(raw, "Chỉ tiêu", "ReportKit", created);
        DeterministicPackage.Normalize(finished, output);
    }

    static void Targets(IXLWorksheet ws, TargetSet? set)
    {
        double[] widths = [16, 50, 12, 12, 10, 30, 10, 18, 18, 12, 20, 30];
        Header(ws, TargetWorkbookLayout.TargetColumns, widths);
        var row = 2;
        foreach (var t in set?.Targets ?? [])
        {
            string?[] text = [t.Code, t.Content, t.Unit, null, t.Aggregation.ToString().ToLowerInvariant(), t.Group, t.Deadline, t.Lead,
                string.Join("; ", t.Cooperating), null, t.Note, t.Basis];
            for (var c = 0; c < text.Length; c++) if (!string.IsNullOrEmpty(text[c])) Text(ws.Cell(row, c + 1), text[c]!);
            Value(ws.Cell(row, 4), t.Value);
            if (t.Previous is { } p) Value(ws.Cell(row, 10), p);
            ws.Row(row).Style.Alignment.WrapText = true;
            row++;
        }
    }

    static void Units(IXLWorksheet ws, TargetSet? set)
    {
        Header(ws, [.. TargetWorkbookLayout.UnitColumns, .. TargetWorkbookLayout.UnitIdentityColumns], [14, 32, 12, 24, 32, 16, 10, 16, 20, 12, 24]);
        var row = 2;
        foreach (var u in set?.Units ?? [])
        {
            string?[] text = [u.Code, u.Name, u.Level, u.Group];
            for (var c = 0; c < text.Length; c++) if (!string.IsNullOrEmpty(text[c])) Text(ws.Cell(row, c + 1), text[c]!);
            row++;
        }
    }

    static void Allocations(IXLWorksheet ws, TargetSet? set)
    {
        var targets = set?.Targets.Where(t => t.Allocations.Count > 0).ToList() ?? [];
        var columns = TargetWorkbookLayout.AllocationKeyColumns.Concat(targets.Select(t => t.Code)).ToArray();
        Header(ws, columns, [14, 32, .. targets.Select(t => Math.Max(12.0, t.Code.Length + 2))]);
        var row = 2;
        foreach (var u in set?.Units ?? [])
        {
            Text(ws.Cell(row, 1), u.Code);
            Text(ws.Cell(row, 2), u.Name);
            for (var i = 0; i < targets.Count; i++)
                if (targets[i].Allocations.TryGetValue(u.Code, out var a)) Value(ws.Cell(row, i + 3), a.Value);
            row++;
        }
        ws.SheetView.Freeze(1, 2);
    }

    static void Instructions(IXLWorksheet ws)
    {
        ws.Column(1).Width = 140;
        for (var i = 0; i < Help.Length; i++) Text(ws.Cell(i + 1, 1), Help[i]);
        ws.Cell(1, 1).Style.Font.Bold = true;
    }

    static void Header(IXLWorksheet ws, IReadOnlyList<string> names, IReadOnlyList<double> widths)
    {
        for (var c = 0; c < names.Count; c++)
        {
            Text(ws.Cell(1, c + 1), names[c]);
            ws.Column(c + 1).Width = c < widths.Count ? widths[c] : 12;
        }
        var header = ws.Range(1, 1, 1, Math.Max(1, names.Count));
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        ws.SheetView.Freeze(1, 0);
    }

    static void Text(IXLCell cell, string text)
    {
        cell.Value = text;
        cell.DataType = XLDataType.Text;
    }

    /// <summary>Numbers stay numbers; percentages as fractions shown with %, as Excel users type them.</summary>
    static void Value(IXLCell cell, TargetValue v)
    {
        switch (v.Kind)
        {
            case TargetValueKind.Percent:
                cell.Value = (double)(v.Number!.Value / 100);
                cell.Style.NumberFormat.Format = v.Number == decimal.Truncate(v.Number.Value) ? "0%" : "0.0%";
                break;
            case TargetValueKind.Integer or TargetValueKind.Decimal:
                cell.Value = (double)v.Number!.Value;
                break;
            default:
                Text(cell, v.Text ?? "");
                break;
        }
    }
}
