using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportKit.Import;

/// <summary>
/// Writes an <see cref="ImportedPlan"/> as a plan file a person can read and edit: keys in the
/// order docs/yaml-keys.md lists them, the body and closing as literal block scalars in the light
/// markup, values quoted only where YAML needs it ("- Sở: Nội vụ"), and a comment above each value
/// the import had to guess. What it writes loads with the plan loader as it is.
/// </summary>
public static class PlanYamlWriter
{
    public static string Write(ImportedPlan plan, string sourceName)
    {
        var sb = new StringBuilder();
        sb.Append("# Imported from ").Append(sourceName).Append(" by reportgen import.\n");
        if (plan.Unsure.Count > 0) sb.Append("# Lines marked \"import:\" are guesses: check them before rendering.\n");

        Key(sb, 0, "the_thuc", plan.Profile, plan.Unsure);
        sb.Append("co_quan:\n");
        Comment(sb, 2, "co_quan", plan.Unsure);
        if (plan.Parent is { Length: > 0 }) Key(sb, 2, "chu_quan", plan.Parent);
        Key(sb, 2, "ban_hanh", plan.Issuer);
        if (plan.FullName is { Length: > 0 }) Key(sb, 2, "ten_day_du", plan.FullName);
        if (plan.Number is { } n) sb.Append("so: ").Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Key(sb, 0, "ky_hieu", plan.Symbol, plan.Unsure);
        Key(sb, 0, "dia_danh", plan.Place, plan.Unsure);
        if (plan.Date is { } d) sb.Append("ngay: ").Append(d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append('\n');
        else if (plan.Year is { } y) { Comment(sb, 0, "nam", plan.Unsure); sb.Append("nam: ").Append(y.ToString(CultureInfo.InvariantCulture)).Append('\n'); }
        if (plan.DocumentType != "KẾ HOẠCH") Key(sb, 0, "ten_loai", plan.DocumentType);
        Key(sb, 0, "trich_yeu", plan.Subject, plan.Unsure);
        if (plan.Bases.Count > 0)
        {
            sb.Append("can_cu:\n");
            foreach (var b in plan.Bases) sb.Append("  - ").Append(Scalar(b)).Append('\n');
        }
        if (plan.Opening is { } o)
        {
            sb.Append("mo_dau:\n");
            sb.Append("  thuc_hien:\n");
            foreach (var c in o.Citations) sb.Append("    - ").Append(Scalar(c)).Append('\n');
            if (o.Separator != ",") Key(sb, 2, "phan_cach", o.Separator);
            Key(sb, 2, "chu_the", o.Actor);
            Key(sb, 2, "xay_dung", o.Builds);
        }
        Block(sb, "noi_dung", plan.Body);
        if (plan.Closing is { } closing) Block(sb, "ket_luan", closing);
        if (plan.Recipients.Count > 0)
        {
            sb.Append("noi_nhan:\n");
            foreach (var (name, note) in plan.Recipients)
            {
                if (note is null) sb.Append("  - ").Append(Scalar(name)).Append('\n');
                else sb.Append("  - ten: ").Append(Scalar(name)).Append("\n    ghi_chu: ").Append(Scalar(note)).Append('\n');
            }
        }
        if (plan.Archive is { Length: > 0 } luu) Key(sb, 0, "luu", luu);
        sb.Append("nguoi_ky:\n");
        if (plan.Authority.Count == 1) Key(sb, 2, "quyen_han", plan.Authority[0]);
        else if (plan.Authority.Count > 1)
        {
            sb.Append("  quyen_han:\n");
            foreach (var a in plan.Authority) sb.Append("    - ").Append(Scalar(a)).Append('\n');
        }
        Comment(sb, 2, "nguoi_ky.chuc_vu", plan.Unsure);
        Key(sb, 2, "chuc_vu", plan.Position);
        Comment(sb, 2, "nguoi_ky.ho_ten", plan.Unsure);
        Key(sb, 2, "ho_ten", plan.SignerName);
        if (plan.Numbering is { Count: > 0 } ds)
        {
            sb.Append("# The document numbers its sections its own way; the engine keeps that scheme.\n");
            sb.Append("danh_so: [").Append(string.Join(", ", ds.Select(p => "\"" + p + "\""))).Append("]\n");
        }
        return sb.ToString();
    }

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
    static void Block(StringBuilder sb, string key, string text)
    {
        var lines = Clean(text).TrimEnd('\n').Split('\n');
        var indicator = lines.Length > 0 && lines[0].StartsWith(' ') ? "|2" : "|";
        sb.Append(key).Append(": ").Append(indicator).Append('\n');
        foreach (var line in lines)
        {
            if (line.Length == 0) sb.Append('\n');
            else sb.Append("  ").Append(line.TrimEnd()).Append('\n');
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
