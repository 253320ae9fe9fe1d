using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportKit.Load;
using ReportKit.Profiles;

namespace ReportKit.Tests.Schemas;

/// <summary>
/// schemas/the-thuc.schema.json is generated from ProfileLoader's key tables (names, kinds,
/// bounds, fixed values), so the schema an editor uses and the loader cannot disagree; the
/// Vietnamese description of each key is the one thing written here, the English after it is
/// the table's own help. A key added to the tables without a description here fails the test.
/// </summary>
static class ProfileSchema
{
    public static string Generate(List<string> missing)
    {
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "Thể thức văn bản (ReportKit)",
            ["description"] = "Hồ sơ thể thức cho the_thuc: cỡ chữ, lề, dòng số, nơi nhận, chữ ký… (docs/profiles.md) — a format profile, generated from ProfileLoader's key tables",
        };
        foreach (var (k, v) in Mapping(ProfileLoader.Keys, "", missing)) root[k] = v?.DeepClone();
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    static JsonObject Mapping(KeyTable table, string path, List<string> missing)
    {
        var properties = new JsonObject();
        foreach (var key in table.Keys) properties[key.Name] = Key(key, path + key.Name, missing);
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    static JsonObject Key(YamlKey key, string path, List<string> missing)
    {
        var schema = key.Kind switch
        {
            KeyKind.Text when key.Choices is { } choices => new JsonObject { ["enum"] = Array(choices) },
            KeyKind.Text => new JsonObject { ["type"] = Array("string", "number") },
            // Taken exactly as written: an empty value ("", or nothing after the colon) is a value.
            KeyKind.Literal => new JsonObject { ["type"] = Array("string", "number", "null") },
            KeyKind.Number => Bounded("number", key),
            KeyKind.Integer => Bounded("integer", key),
            KeyKind.Bool => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["enum"] = Array("true", "false", "yes", "no", "co", "có", "khong", "không") }) },
            KeyKind.TextList => WithMin(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = Array("string", "number") } }, key),
            KeyKind.Map => Mapping(key.Children!, path + ".", missing),
            KeyKind.MapList => WithMin(new JsonObject { ["type"] = "array", ["items"] = Mapping(key.Children!, path + "[].", missing) }, key),
            KeyKind.Range => Range(key),
            KeyKind.RangeMap => RangeMap(key, path, missing),
            KeyKind.RangeList => new JsonObject { ["type"] = "array", ["items"] = Range(key) },
            _ => throw new InvalidOperationException($"{path}: no schema for {key.Kind}"),
        };
        var vietnamese = Vietnamese(path, key.Name);
        if (vietnamese is null) missing.Add(path);
        var described = new JsonObject { ["description"] = $"{vietnamese ?? "?"} — {key.Help}" };
        foreach (var (k, v) in schema) described[k] = v?.DeepClone();
        return described;
    }

    static JsonObject Bounded(string type, YamlKey key) => new() { ["type"] = type, ["minimum"] = key.Min, ["maximum"] = key.Max };

    static JsonObject WithMin(JsonObject schema, YamlKey key)
    {
        if (key.Min is > 0) schema["minItems"] = key.Min;
        return schema;
    }

    static JsonObject Range(YamlKey key) => new()
    {
        ["type"] = "array", ["minItems"] = 2, ["maxItems"] = 2,
        ["items"] = new JsonObject { ["type"] = "number", ["minimum"] = key.Min, ["maximum"] = key.Max },
    };

    static JsonObject RangeMap(YamlKey key, string path, List<string> missing)
    {
        var properties = new JsonObject();
        foreach (var name in key.Choices!)
        {
            var vietnamese = Vietnamese($"{path}.{name}", name);
            if (vietnamese is null) missing.Add($"{path}.{name}");
            var range = Range(key);
            range["description"] = $"{vietnamese ?? "?"}: khoảng chấp nhận [nhỏ nhất, lớn nhất] — accepted range [min, max]";
            properties[name] = range;
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    static JsonArray Array(params IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    /// <summary>The key's meaning in Vietnamese: by its full path first (a name that means different things in different places), else by its name.</summary>
    static string? Vietnamese(string path, string name) =>
        ByPath.TryGetValue(path, out var p) ? p : ByName.GetValueOrDefault(name);

    static readonly Dictionary<string, string> ByPath = new(StringComparer.Ordinal)
    {
        ["danh_so"] = "Mẫu đánh số đề mục theo cấp (I., 1., 1.1., a))",
        ["tieu_de"] = "Các dòng Quốc hiệu và Tiêu ngữ",
        ["so"] = "Dòng số, ký hiệu",
        ["ngay"] = "Kiểu chữ dòng địa danh, ngày tháng",
        ["ten_loai"] = "Kiểu chữ tên loại văn bản",
        ["trich_yeu"] = "Kiểu chữ trích yếu",
        ["can_cu"] = "Kiểu chữ các dòng căn cứ",
        ["noi_nhan"] = "Nơi nhận",
        ["noi_nhan.nhan"] = "Nhãn (Nơi nhận:)",
        ["chu_ky.quyen_han"] = "Kiểu chữ dòng quyền hạn",
        ["chu_ky.chuc_vu"] = "Kiểu chữ dòng chức vụ",
        ["chu_ky.ho_ten"] = "Kiểu chữ họ tên người ký",
        ["chu_ky.chuc_vu_khac"] = "Kiểu chữ chức vụ khác của người ký",
        ["phu_luc"] = "Phụ lục",
        ["phu_luc.nhan"] = "Nhãn (Phụ lục)",
        ["phu_luc.danh_so"] = "Đánh số phụ lục khi có nhiều: roman (I, II) hoặc arabic (1, 2)",
        ["phu_luc.ket_thuc"] = "Ký hiệu kết thúc mỗi phụ lục (./.)",
        ["du_thao"] = "Dấu dự thảo trên phần đầu",
        ["du_thao.chu"] = "Chữ của dấu dự thảo",
        ["kiem_tra.ky_hieu"] = "Biểu thức chính quy mà ký hiệu phải khớp",
        ["kiem_tra_van_ban.tieu_de"] = "Cỡ chữ chấp nhận của các dòng tiêu đề, theo thứ tự",
        ["kiem_tra_van_ban.thut_dau_dong_cm"] = "Thụt đầu dòng chấp nhận, cm",
        ["kiem_tra_van_ban.gian_dong"] = "Giãn dòng chấp nhận, lần",
        ["kiem_tra_van_ban.gian_dong_chinh_xac_pt"] = "Giãn dòng chính xác chấp nhận, pt",
        ["kiem_tra_van_ban.danh_so_cho_phep"] = "Mẫu đánh số cũng được chấp nhận",
    };

    static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["ten"] = "Tên thể thức", ["mo_ta"] = "Thể thức dùng cho văn bản nào", ["trang"] = "Lề trang",
        ["phong_chu"] = "Phông chữ", ["co_quan_chu_quan"] = "Kiểu chữ cơ quan chủ quản",
        ["co_quan_ban_hanh"] = "Kiểu chữ cơ quan ban hành",
        ["duoi_co_quan"] = "Dưới tên cơ quan ban hành: gach (đường kẻ) hoặc chữ như *",
        ["duoi_trich_yeu"] = "Dưới trích yếu: gach (đường kẻ) hoặc chữ", ["than"] = "Phần nội dung",
        ["muc"] = "Kiểu chữ đề mục theo cấp", ["gach_dau_dong"] = "Ký tự gạch đầu dòng theo cấp (-, +)",
        ["ket_thuc"] = "Ký hiệu kết thúc phần nội dung (./.)", ["chu_ky"] = "Khối chữ ký",
        ["so_trang"] = "Kiểu chữ số trang", ["dau_chi_dan"] = "Kiểu chữ dấu độ khẩn, độ mật",
        ["kiem_tra"] = "Kiểm tra giữ các thể thức không lẫn vào nhau",
        ["kiem_tra_van_ban"] = "Những gì reportgen check chấp nhận khi quy định cho một khoảng",
        ["co"] = "Cỡ chữ, pt", ["dam"] = "Chữ đậm", ["nghieng"] = "Chữ nghiêng", ["gach_chan"] = "Gạch chân",
        ["in_hoa"] = "In hoa", ["co_toi_thieu"] = "Cỡ chữ nhỏ nhất dòng ngày được dùng để đứng trên một dòng",
        ["chu"] = "Chữ của dòng", ["tren"] = "Lề trên, mm", ["duoi"] = "Lề dưới, mm", ["trai"] = "Lề trái, mm",
        ["phai"] = "Lề phải, mm", ["dau_trang"] = "Khoảng cách từ số trang tới mép trên, mm",
        ["mau"] = "Dòng số ở phần đầu, với {so} và {ky_hieu}", ["trich_dan"] = "Cách câu văn trích số văn bản, với {so} và {ky_hieu}",
        ["them_so_0"] = "Thêm số 0 trước số nhỏ hơn 10 (05)", ["cho_trong"] = "Chỗ trống thay cho số chưa cấp",
        ["thut_dau_dong_cm"] = "Thụt đầu dòng, cm", ["cach_truoc_pt"] = "Cách đoạn trước, pt", ["cach_sau_pt"] = "Cách đoạn sau, pt",
        ["gian_dong"] = "Giãn dòng, lần", ["gian_dong_chinh_xac_pt"] = "Giãn dòng chính xác, pt",
        ["kieu_nhan"] = "Kiểu chữ của nhãn", ["kieu_dong"] = "Kiểu chữ các dòng", ["dau_dong"] = "Ký tự đầu mỗi dòng",
        ["cuoi_dong"] = "Ký tự cuối mỗi dòng", ["dong_luu"] = "Dòng lưu cuối cùng, với {luu}",
        ["dong_luu_mac_dinh"] = "Dòng lưu khi kế hoạch không nêu gì sau VT", ["ghi_chu_nghieng"] = "Ghi chú của nơi nhận in nghiêng",
        ["dong_trong"] = "Số dòng trống để ký và đóng dấu", ["tien_to"] = "Tiền tố quyền hạn của thể thức (TM., KT., …)",
        ["vi_tri_chuc_vu_khac"] = "Vị trí chức vụ khác: tren_ten (trên tên) hoặc duoi_ten (dưới tên)",
        ["khung"] = "Đóng khung", ["co_bang"] = "Cỡ chữ trong bảng, pt", ["huong"] = "Hướng trang: ngang hoặc doc (dọc)",
        ["tien_to_cam"] = "Tiền tố quyền hạn không được dùng trong thể thức này", ["ky_hieu_vi_du"] = "Ví dụ ký hiệu, hiện khi ký hiệu không khớp",
        ["luu_cam"] = "Những từ dòng lưu không được bắt đầu bằng", ["le"] = "Lề chấp nhận, mm, theo từng phía",
        ["co_chu"] = "Cỡ chữ chấp nhận, pt, theo từng thành phần", ["cach_doan_toi_thieu_pt"] = "Khoảng cách đoạn tối thiểu, pt",
        ["cong_van_trich_yeu"] = "Cỡ chữ chấp nhận của dòng V/v trong công văn, pt",
        // Elements whose size `reportgen check` measures.
        ["can_cu"] = "Căn cứ", ["chuc_vu"] = "Chức vụ", ["ho_ten"] = "Họ tên", ["noi_nhan_dong"] = "Các dòng nơi nhận",
        ["noi_nhan_nhan"] = "Nhãn nơi nhận", ["phu_luc"] = "Phụ lục", ["quyen_han"] = "Quyền hạn", ["so"] = "Số, ký hiệu",
        ["ten_loai"] = "Tên loại", ["trich_yeu"] = "Trích yếu", ["ngay"] = "Địa danh, ngày tháng",
    };
}
