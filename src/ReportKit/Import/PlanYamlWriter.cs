using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Localization;

namespace ReportKit.Import;

/// <summary>
/// Writes an <see cref="ImportedPlan"/> as a plan file a person can read and edit: keys in the
/// order docs/yaml-keys.md lists them, the body and closing as literal block scalars in the light
/// markup, values quoted only where YAML needs it ("- Sở: Nội vụ"), and a comment above each value
/// the import had to guess. What it writes loads with the plan loader as it is.
/// </summary>
internal static class PlanYamlWriter
{
    public static string Write(ImportedPlan plan, string sourceName)
    {
        var sb = new StringBuilder();
        sb.Append(UiLanguage.Format(ImportMessages.YamlImportedFrom, sourceName)).Append('\n');
        if (plan.Unsure.Count > 0) sb.Append(ImportMessages.YamlGuessesNote).Append('\n');

        Key(sb, 0, "the_thuc", plan.Profile, plan.Unsure);
        if (plan.DocumentType != "KẾ HOẠCH") Key(sb, 0, "ten_loai", plan.DocumentType);
        if (plan.JointOrgans.Count == 0)
        {
            sb.Append("co_quan:\n");
            Comment(sb, 2, "co_quan", plan.Unsure);
            Organ(sb, "  ", plan.Parent, plan.Issuer, plan.FullName);
        }
        else
        {
            sb.Append("co_quan:\n");
            Comment(sb, 2, "co_quan", plan.Unsure);
            foreach (var organ in new[] { new ImportedOrgan(plan.Parent, plan.Issuer, plan.FullName) }.Concat(plan.JointOrgans))
            {
                var item = new StringBuilder();
                Organ(item, "    ", organ.Parent, organ.Issuer, organ.FullName);
                sb.Append("  - ").Append(item.ToString()[4..]);
            }
        }
        if (plan.DraftMark is { } draft) sb.Append("du_thao: ").Append(draft.Length == 0 ? "true" : Scalar(draft)).Append('\n');
        if (plan.Urgency is { } urgent) Key(sb, 0, "do_khan", ReportKit.Text.VietnameseText.Lower(urgent));
        if (plan.Secrecy is { } secret) Key(sb, 0, "do_mat", ReportKit.Text.VietnameseText.Lower(secret));
        if (plan.Number is { } n) sb.Append("so: ").Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Key(sb, 0, "ky_hieu", plan.Symbol, plan.Unsure);
        Key(sb, 0, "dia_danh", plan.Place, plan.Unsure);
        if (plan.Date is { } d) sb.Append("ngay: ").Append(d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append('\n');
        else if (plan.Year is { } y) { Comment(sb, 0, "nam", plan.Unsure); sb.Append("nam: ").Append(y.ToString(CultureInfo.InvariantCulture)).Append('\n'); }
        Key(sb, 0, "trich_yeu", plan.Subject, plan.Unsure);
        if (plan.Bases.Count > 0)
        {
            sb.Append("can_cu:\n");
            foreach (var b in plan.Bases) sb.Append("  - ").Append(Scalar(b)).Append('\n');
        }
        if (plan.Opening is { } o)
        {
            sb.Append("mo_dau:\n");
            if (o.Citations.Count > 0)
            {
                sb.Append("  thuc_hien:\n");
                foreach (var c in o.Citations) sb.Append("    - ").Append(Scalar(c)).Append('\n');
            }
            if (o.Separator != ",") Key(sb, 2, "phan_cach", o.Separator);
            Key(sb, 2, "chu_the", o.Actor);
            if (o.Verb != "xây dựng") Key(sb, 2, "dong_tu", o.Verb);
            Key(sb, 2, "xay_dung", o.Builds);
            if (o.Tail != "như sau:") Key(sb, 2, "cuoi_cau", o.Tail);
        }
        else if (plan.OpeningText is { Length: > 0 } opening) Block(sb, "mo_dau", opening);
        Block(sb, "noi_dung", plan.Body);
        if (plan.Closing is { Length: > 0 } closing) Block(sb, "ket_luan", closing);
        else if (plan.Closing is "") sb.Append("ket_luan: \"\"\n");
        if (plan.Recipients.Count > 0 || plan.ArchiveLine is not null)
        {
            sb.Append("noi_nhan:\n");
            foreach (var (name, note) in plan.Recipients)
            {
                if (note is null) sb.Append("  - ").Append(Scalar(name)).Append('\n');
                else sb.Append("  - ten: ").Append(Scalar(name)).Append("\n    ghi_chu: ").Append(Scalar(note)).Append('\n');
            }
            // The Lưu line as the organ writes it, when it is not the profile's form.
            if (plan.ArchiveLine is { } archiveLine) sb.Append("  - ").Append(Quoted(archiveLine)).Append('\n');
        }
        if (plan.Archive is { Length: > 0 } luu) Key(sb, 0, "luu", luu);
        var signers = new[] { new ImportedSigner(plan.Authority, plan.Position, plan.SignerName, plan.OtherPosition) }.Concat(plan.CoSigners).ToList();
        if (signers.Count == 1)
        {
            sb.Append("nguoi_ky:\n");
            Signer(sb, "  ", signers[0], plan.Unsure);
        }
        else
        {
            sb.Append("nguoi_ky:\n");
            foreach (var s in signers)
            {
                var item = new StringBuilder();
                Signer(item, "    ", s, plan.Unsure);
                sb.Append("  - ").Append(item.ToString()[4..]);
            }
        }
        if (plan.Numbering is { Count: > 0 } ds)
        {
            sb.Append(ImportMessages.YamlOwnNumbering).Append('\n');
            sb.Append("danh_so: [").Append(string.Join(", ", ds.Select(p => "\"" + p + "\""))).Append("]\n");
        }
        if (plan.Targets is { } targets) Targets(sb, targets);
        if (plan.Annexes.Count > 0)
        {
            sb.Append("phu_luc:\n");
            foreach (var a in plan.Annexes) Annex(sb, a, plan.Targets);
        }
        // The first line names the schema written beside the plan, for an editor's completion and checks.
        return Schemas.YamlSchemas.Line(Schemas.YamlSchemas.Plan) + sb.ToString();
    }

    /// <summary>don_vi and chi_tieu as docs/annex.md writes them: one unit a line, each target's allocations by unit code.</summary>
    static void Targets(StringBuilder sb, Model.TargetSet set)
    {
        if (set.Units.Count > 0)
        {
            sb.Append("don_vi:\n");
            foreach (var u in set.Units)
            {
                sb.Append("  - { ma: ").Append(u.Code).Append(", ten: ").Append(FlowItem(u.Name));
                if (u.Group is { } g) sb.Append(", nhom: ").Append(FlowItem(g));
                sb.Append(" }\n");
            }
        }
        sb.Append("chi_tieu:\n");
        foreach (var t in set.Targets)
        {
            sb.Append("  - ma: ").Append(t.Code).Append('\n');
            if (t.Group is { } g) sb.Append("    nhom: ").Append(Scalar(g)).Append('\n');
            sb.Append("    noi_dung: ").Append(Scalar(t.Content)).Append('\n');
            if (t.Unit is { } unit) sb.Append("    don_vi_tinh: ").Append(Scalar(unit)).Append('\n');
            sb.Append("    chi_tieu: ").Append(Value(t.Value)).Append('\n');
            if (t.Aggregation != Model.Aggregation.Sum) sb.Append("    tong_hop: ").Append(t.Aggregation.ToString().ToLowerInvariant()).Append('\n');
            if (t.Previous is { } previous) sb.Append("    ket_qua_nam_truoc: ").Append(Value(previous)).Append('\n');
            if (t.Note is { } note) sb.Append("    ghi_chu: ").Append(Scalar(note)).Append('\n');
            if (t.Basis is { } basis) sb.Append("    can_cu_de_xuat: ").Append(Scalar(basis)).Append('\n');
            if (t.Allocations.Count == 0) continue;
            // In the units' order, as a flow mapping wrapped to lines a reader can take in.
            var entries = set.Units.Where(u => t.Allocations.ContainsKey(u.Code)).Select(u => $"{u.Code}: {Value(t.Allocations[u.Code].Value)}").ToList();
            sb.Append("    phan_bo: {");
            var width = 14;
            for (var i = 0; i < entries.Count; i++)
            {
                var piece = " " + entries[i] + (i < entries.Count - 1 ? "," : " }");
                if (width + piece.Length > 100) { sb.Append("\n     "); width = 5; }
                sb.Append(piece);
                width += piece.Length;
            }
            sb.Append('\n');
        }
    }

    /// <summary>A target value as the plan file writes it: 1300, "8,5", 72%, "8,5%", text as written.</summary>
    static string Value(Model.TargetValue v)
    {
        var number = v.Number is { } n ? n.ToString("0.##########", CultureInfo.InvariantCulture).Replace('.', ',') : null;
        return v.Kind switch
        {
            Model.TargetValueKind.Integer => number!,
            Model.TargetValueKind.Decimal => "\"" + number + "\"",
            Model.TargetValueKind.Percent => number!.Contains(',') ? "\"" + number + "%\"" : number + "%",
            _ => FlowItem(v.Text ?? ""),
        };
    }

    /// <summary>An annex: its kind and layout, title, orientation, "(Kèm theo …)" line; a table annex's columns and rows (lists in column order); notes.</summary>
    static void Annex(StringBuilder sb, ImportedAnnex a, Model.TargetSet? targets)
    {
        var first = true;
        void Line(string key, string value)
        {
            sb.Append(first ? "  - " : "    ").Append(key).Append(": ").Append(value).Append('\n');
            first = false;
        }
        if (a.Targets is { Options: var options })
        {
            Line("loai", "chi_tieu");
            Line("bo_cuc", options.Layout == Model.AnnexLayout.Rows ? "dong" : "cot");
            if (options.Subtotals) Line("cong_nhom", "true");
            if (options.TotalFirst) Line("dong_tong", "dau");
            if (options.Draft) Line("du_thao", "true");
        }
        // A target annex whose title is the default one leaves it to the default.
        var defaultTitle = a.Targets is not null && targets is not null
            && ReportKit.Text.VietnameseText.Upper(new Model.TargetAnnexSpec().TitleFor(targets)) == ReportKit.Text.VietnameseText.Upper(a.Title ?? "");
        if (a.Title is { Length: > 0 } title && !defaultTitle) Line("tieu_de", Scalar(title));
        Line("huong", a.Landscape ? "ngang" : "doc");
        if (a.Reference is { Length: > 0 } reference) Line("kem_theo", Scalar(reference));
        if (a.TextSize is { } size) Line("co_chu", size.ToString("0.#", CultureInfo.InvariantCulture));
        if (a.Text is { Length: > 0 } text) Block(sb, "    noi_dung", text, "      ");
        if (a.Targets is not null || a.Columns.Count == 0)
        {
            Notes(sb, a);
            return;
        }
        if (a.ColumnNumbers) Line("so_cot", "true");
        if (a.GroupSums) Line("cong_nhom", "true");
        if (a.Total is { } total) Line("dong_tong", total);
        sb.Append(first ? "  - " : "    ").Append("cot:\n");
        foreach (var c in a.Columns)
        {
            var parts = new List<string> { "ten: " + FlowItem(c.Title) };
            if (c.Key is { } key) parts.Add("ma: " + key);
            if (c.Kind is { } kind) parts.Add("loai: " + kind);
            if (c.Sum) parts.Add("cong: true");
            if (c.Group is { } group) parts.Add("nhom: " + FlowItem(group));
            parts.Add("rong: " + c.Width);
            if (c.Align is { } align) parts.Add("can: " + align);
            sb.Append("      - { ").Append(string.Join(", ", parts)).Append(" }\n");
        }
        var numberCol = a.Columns.ToList().FindIndex(c => c.Kind == "stt");
        var labelCol = numberCol == 0 ? 1 : 0;
        if (a.Rows.Count > 0) sb.Append("    dong:\n");
        foreach (var r in a.Rows)
        {
            if (r.Group is { } group)
            {
                sb.Append("      - nhom: ").Append(Scalar(group)).Append('\n');
                continue;
            }
            if (r.Total is { } label)
            {
                var parts = new List<string> { (r.Subtotal ? "cong: " : "tong: ") + FlowItem(label) };
                for (var c = labelCol + 1; c < r.Cells.Count && c < a.Columns.Count; c++)
                    if (r.Cells[c] is { Length: > 0 } v && a.Columns[c].Key is { } key) parts.Add(key + ": " + Cell(v));
                sb.Append("      - { ").Append(string.Join(", ", parts)).Append(" }\n");
                continue;
            }
            var cells = r.Cells.Where((_, c) => c != numberCol || a.NumbersAsTyped).Select(Cell);
            sb.Append("      - [").Append(string.Join(", ", cells)).Append("]\n");
        }
        Notes(sb, a);
    }

    static void Notes(StringBuilder sb, ImportedAnnex a)
    {
        if (a.Notes.Count == 0) return;
        sb.Append("    ghi_chu:\n");
        foreach (var n in a.Notes) sb.Append("      - ").Append(Scalar(n)).Append('\n');
    }

    /// <summary>An organ's keys; a name over several lines is a list (chu_quan) or keeps its "\n" (ban_hanh).</summary>
    static void Organ(StringBuilder sb, string indent, string? parent, string issuer, string? fullName)
    {
        if (parent is { Length: > 0 })
        {
            var lines = parent.Split('\n');
            sb.Append(indent).Append("chu_quan: ").Append(lines.Length == 1 ? Scalar(parent) : "[" + string.Join(", ", lines.Select(FlowItem)) + "]").Append('\n');
        }
        sb.Append(indent).Append("ban_hanh: ").Append(issuer.Contains('\n') ? Quoted(issuer) : Scalar(issuer)).Append('\n');
        if (fullName is { Length: > 0 }) sb.Append(indent).Append("ten_day_du: ").Append(Scalar(fullName)).Append('\n');
    }

    static void Signer(StringBuilder sb, string indent, ImportedSigner s, IReadOnlyDictionary<string, string> unsure)
    {
        if (s.Authority.Count == 1) sb.Append(indent).Append("quyen_han: ").Append(Scalar(s.Authority[0])).Append('\n');
        else if (s.Authority.Count > 1) sb.Append(indent).Append("quyen_han: [").Append(string.Join(", ", s.Authority.Select(FlowItem))).Append("]\n");
        if (unsure.TryGetValue("nguoi_ky.chuc_vu", out var why) && indent == "  ") sb.Append(indent).Append("# import: ").Append(why).Append('\n');
        if (s.Position is { } position) sb.Append(indent).Append("chuc_vu: ").Append(Scalar(position)).Append('\n');
        if (unsure.TryGetValue("nguoi_ky.ho_ten", out var whyName) && indent == "  ") sb.Append(indent).Append("# import: ").Append(whyName).Append('\n');
        sb.Append(indent).Append("ho_ten: ").Append(Scalar(s.Name)).Append('\n');
        if (s.OtherPosition is { } other) sb.Append(indent).Append("chuc_vu_khac: ").Append(Scalar(other)).Append('\n');
    }

    /// <summary>A cell of an annex row: figures plain (the loader reads every cell as text first), empty as "".</summary>
    static string Cell(string value) =>
        value.Length == 0 ? "\"\"" : Regex.IsMatch(value, @"^\d[\d.]*$") ? value : FlowItem(value);

    /// <summary>An item of a [flow, list]: commas and brackets need quotes there.</summary>
    static string FlowItem(string value)
    {
        var scalar = Scalar(value);
        return scalar.IndexOfAny([',', '[', ']', '{', '}']) >= 0 && scalar[0] is not ('\'' or '"') ? Quoted(value) : scalar;
    }

    /// <summary>A double-quoted scalar, "\n" kept as a line break.</summary>
    static string Quoted(string value) => "\"" + Clean(value).Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    static void Key(StringBuilder sb, int indent, string key, string value, IReadOnlyDictionary<string, string>? unsure = null)
    {
        if (unsure is not null) Comment(sb, indent, key, unsure);
        sb.Append(' ', indent).Append(key).Append(": ").Append(Scalar(value)).Append('\n');
    }

    static void Comment(StringBuilder sb, int indent, string key, IReadOnlyDictionary<string, string> unsure)
    {
        if (!unsure.TryGetValue(key, out var why)) return;
        sb.Append(' ', indent).Append("# import: ").Append(why.Replace("\n", " ")).Append('\n');
    }

    /// <summary>A literal block scalar; a first line that starts with spaces gets an explicit indentation indicator.</summary>
    /// <param name="key">The key with the indentation it stands at.</param>
    /// <param name="indent">The indentation of the text's lines.</param>
    static void Block(StringBuilder sb, string key, string text, string indent = "  ")
    {
        var lines = Clean(text).TrimEnd('\n').Split('\n');
        var relative = indent.Length - (key.Length - key.TrimStart().Length);
        var indicator = lines.Length > 0 && lines[0].StartsWith(' ') ? "|" + relative : "|";
        sb.Append(key).Append(": ").Append(indicator).Append('\n');
        foreach (var line in lines)
        {
            if (line.Length == 0) sb.Append('\n');
            else sb.Append(indent).Append(line.TrimEnd()).Append('\n');
        }
    }

    /// <summary>A YAML scalar: plain when YAML reads it back as the same text, else quoted.</summary>
    public static string Scalar(string value)
    {
        var v = Clean(value).Replace("\n", " ");
        if (IsPlainSafe(v)) return v;
        if (!v.Contains('\'') ) return "'" + v + "'";
        return "\"" + v.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    static bool IsPlainSafe(string v)
    {
        if (v.Length == 0 || v != v.Trim()) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(v[0])) return false;
        if (v.Contains(": ") || v.Contains(" #") || v.EndsWith(':') || v.Contains('\t')) return false;
        // Values YAML would read as something other than text.
        if (Regex.IsMatch(v, @"^(true|false|yes|no|on|off|null|~|y|n)$", RegexOptions.IgnoreCase)) return false;
        if (Regex.IsMatch(v, @"^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$", RegexOptions.IgnoreCase)) return false;
        return true;
    }

    /// <summary>Control characters YAML cannot hold are dropped (they carry nothing a reader saw).</summary>
    static string Clean(string s) => new(s.Where(c => c == '\n' || c == '\t' || !char.IsControl(c)).ToArray());
}
