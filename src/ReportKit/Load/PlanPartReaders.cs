using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Readers for the parts of a plan whose YAML has more than one shape: organs (one, or a list for
/// a co-issued plan; a name as text with "\n" breaks or as a list of lines), the opening
/// (structured or free), signers (one or several), Nơi nhận (with the Lưu line as the organ
/// writes it), draft and urgency marks. Each reports at the node it reads.
/// </summary>
static class PlanPartReaders
{
    /// <summary>co_quan: a mapping, or a list of mappings for a co-issued (liên tịch) plan, the lead first.</summary>
    public static List<Organ>? Organs(YamlNodeReader r)
    {
        var node = r.Get("co_quan");
        if (node is YamlSequenceNode seq)
        {
            if (seq.Children.Count == 0) { r.Error(seq, LoadMessages.OrgansEmpty); return null; }
            var list = new List<Organ>();
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    r.Error(item, UiLanguage.Format(LoadMessages.OrganNotAMapping, YamlNodeReader.Describe(item)));
                    continue;
                }
                if (Organ(r.Child(map, "co_quan[]")) is { } o) list.Add(o);
            }
            return list.Count == seq.Children.Count ? list : null;
        }
        var m = r.Map("co_quan", required: true);
        return m is null ? null : Organ(m) is { } organ ? [organ] : null;
    }

    static Organ? Organ(YamlNodeReader m)
    {
        var parent = Lines(m, "chu_quan");
        var issuer = Lines(m, "ban_hanh", required: true);
        var full = m.String("ten_day_du");
        m.Finish();
        return issuer is null ? null : new Organ { Parent = parent, Issuer = issuer, FullNameOverride = full };
    }

    /// <summary>An organ name: text ("\n" keeps a line break) or a list of lines, joined with "\n".</summary>
    static string? Lines(YamlNodeReader m, string key, bool required = false)
    {
        if (m.Get(key) is YamlSequenceNode)
        {
            var lines = m.StringList(key).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            return lines.Count == 0 ? null : string.Join('\n', lines);
        }
        var text = m.String(key, required);
        return text is null ? null : string.Join('\n', text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>mo_dau: a mapping of the sentence's parts, or text (the free form, in light markup).</summary>
    public static (Opening? Structured, TextSource? Free) Opening(YamlNodeReader r)
    {
        var node = r.Get("mo_dau");
        if (node is YamlScalarNode { Value: { Length: > 0 } })
            return (null, r.Text("mo_dau"));
        var m = r.Map("mo_dau");
        if (m is null) return (null, null);
        var citations = TextItems.Read(m, "thuc_hien", "mo_dau.thuc_hien");
        var actor = m.String("chu_the", required: true);
        var builds = m.String("xay_dung", required: true);
        var sep = m.String("phan_cach") ?? ",";
        var verb = m.String("dong_tu") ?? "xây dựng";
        var tail = m.String("cuoi_cau") ?? "như sau:";
        m.Finish();
        if (actor is null || builds is null) return (null, null);
        return (new Opening { Citations = citations, Actor = actor, Builds = builds, Separator = sep, Verb = verb, Tail = tail }, null);
    }

    /// <summary>ket_luan: text; "" (or false, không) for a plan without a closing paragraph.</summary>
    public static TextSource? Closing(YamlNodeReader r)
    {
        var node = r.Get("ket_luan");
        if (node is YamlScalarNode { Value: "", Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted }
            or YamlScalarNode { Value: "false" or "khong" or "không", Style: ScalarStyle.Plain })
            return new TextSource("", r.File, (int)node.Start.Line, (int)node.Start.Column);
        return r.Text("ket_luan");
    }

    /// <summary>
    /// noi_nhan: text items or {ten, ghi_chu}. A last item that starts with "Lưu" is the Lưu line
    /// as the organ writes it, not a recipient.
    /// </summary>
    public static (List<Recipient> Recipients, string? ArchiveLine, SourceRef? ArchiveLineAt) Recipients(YamlNodeReader r)
    {
        var list = new List<Recipient>();
        var seq = r.Sequence("noi_nhan");
        if (seq is null) return (list, null, null);
        string? archive = null;
        SourceRef? archiveAt = null;
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            if (item is YamlMappingNode map && IsRecipientMapping(map))
            {
                var m = r.Child(map, "noi_nhan[]");
                var name = m.String("ten", required: true);
                var note = m.String("ghi_chu");
                m.Finish();
                if (name is not null) list.Add(new Recipient(name, note));
                continue;
            }
            var last = i == seq.Children.Count - 1;
            // "- Lưu: VT, TC." unquoted is a mapping to YAML; as the last line it is read as meant, without the quoting warning.
            var text = last && item is YamlMappingNode lm && TextItems.Recover(lm) is { } l && IsArchiveLine(l) ? l : TextItems.Item(r, item, "noi_nhan");
            if (text is null) continue;
            if (last && IsArchiveLine(text))
            {
                archive = text;
                archiveAt = r.SpanOf(item);
            }
            else list.Add(new Recipient(text));
        }
        return (list, archive, archiveAt);
    }

    static bool IsRecipientMapping(YamlMappingNode map) =>
        map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value is "ten" or "ghi_chu");

    /// <summary>"Lưu: VT, TC.", "- Lưu Ban xây dựng Đảng." — a line that files the document rather than sending it.</summary>
    public static bool IsArchiveLine(string text)
    {
        var t = text.TrimStart('-', ' ', '\t');
        return t.StartsWith("Lưu", StringComparison.Ordinal) && (t.Length == 3 || !char.IsLetter(t[3]));
    }

    /// <summary>nguoi_ky: a mapping, or a list of mappings for a co-signed plan (in the order of co_quan).</summary>
    public static List<Signer>? Signers(YamlNodeReader r)
    {
        var node = r.Get("nguoi_ky");
        if (node is YamlSequenceNode seq)
        {
            if (seq.Children.Count == 0) { r.Error(seq, LoadMessages.SignersEmpty); return null; }
            var list = new List<Signer>();
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    r.Error(item, UiLanguage.Format(LoadMessages.SignerNotAMapping, YamlNodeReader.Describe(item)));
                    continue;
                }
                if (Signer(r.Child(map, "nguoi_ky[]"), map) is { } s) list.Add(s);
            }
            return list.Count == seq.Children.Count ? list : null;
        }
        var m = r.Map("nguoi_ky", required: true);
        return m is null ? null : Signer(m, m.Node) is { } signer ? [signer] : null;
    }

    static Signer? Signer(YamlNodeReader m, YamlMappingNode node)
    {
        var authority = m.StringList("quyen_han");
        var position = m.String("chuc_vu");
        // Written but left blank is a blank to fill, not the choice to have no position line.
        if (m.Get("chuc_vu") is { } blank && YamlNodeReader.IsBlank(blank)) m.Error(blank, UiLanguage.Format(LoadMessages.RequiredEmpty, m.Path("chuc_vu")));
        var name = m.String("ho_ten", required: true);
        var other = m.String("chuc_vu_khac");
        // "Q. GIÁM ĐỐC" names the position itself; any other block needs its chức vụ.
        if (position is null && authority.Count == 0)
            m.Error(m.Get("chuc_vu") ?? node, LoadMessages.PositionMissing);
        m.Finish();
        if (name is null || (position is null && authority.Count == 0)) return null;
        return new Signer
        {
            Authority = authority, AuthorityAt = m.SpansOf("quyen_han"),
            Position = position, PositionAt = m.SpansOf("chuc_vu").FirstOrDefault(),
            Name = name, OtherPosition = other,
        };
    }

    /// <summary>du_thao: true/false, or the mark's own text ("Dự thảo lần 2").</summary>
    public static DraftMark? Draft(YamlNodeReader r)
    {
        var text = r.String("du_thao");
        if (text is null) return null;
        return Flag(text) switch
        {
            true => new DraftMark(),
            false => null,
            null => new DraftMark(VietnameseText.Upper(text.Trim())),
        };
    }

    /// <summary>true/false in English or Vietnamese; null when the text is neither.</summary>
    public static bool? Flag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "co" or "có" => true,
        "false" or "no" or "khong" or "không" => false,
        _ => null,
    };

    static readonly (string[] Spellings, string Printed)[] UrgencyLevels =
    [
        (["khan", "khẩn"], "KHẨN"),
        (["thuong khan", "thượng khẩn", "thuong_khan"], "THƯỢNG KHẨN"),
        (["hoa toc", "hỏa tốc", "hoả tốc", "hoa_toc"], "HỎA TỐC"),
    ];

    static readonly (string[] Spellings, string Printed)[] SecrecyLevels =
    [
        (["mat", "mật"], "MẬT"),
        (["toi mat", "tối mật", "toi_mat"], "TỐI MẬT"),
        (["tuyet mat", "tuyệt mật", "tuyet_mat"], "TUYỆT MẬT"),
    ];

    /// <summary>do_khan (khẩn, thượng khẩn, hỏa tốc) and do_mat (mật, tối mật, tuyệt mật), printed in capitals.</summary>
    public static (string? Urgency, string? Secrecy) Marks(YamlNodeReader r) =>
        (Level(r, "do_khan", UrgencyLevels, LoadMessages.UrgencyUnknown), Level(r, "do_mat", SecrecyLevels, LoadMessages.SecrecyUnknown));

    static string? Level(YamlNodeReader r, string key, (string[] Spellings, string Printed)[] levels, string unknownMessage)
    {
        var node = r.Get(key);
        var text = r.String(key);
        if (text is null) return null;
        var t = VietnameseText.Lower(text.Trim());
        foreach (var (spellings, printed) in levels)
            if (spellings.Contains(t)) return printed;
        r.Error(node!, UiLanguage.Format(unknownMessage, text));
        return null;
    }
}
