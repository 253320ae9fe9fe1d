using System.Globalization;
using System.Text;
using ReportKit.Template;
using Scriban.Runtime;

namespace ReportKit.Clone;

/// <summary>Functions the clone template uses to write a plan file: safe YAML scalars and blocks, shifted deadlines.</summary>
static class CloneFunctions
{
    public static ScriptObject Create()
    {
        var fn = new ScriptObject();
        fn["yaml"] = TemplateFunction.Of(new Func<object?, string>(v => Scalar(v?.ToString() ?? "")));
        fn["yaml_khoi"] = TemplateFunction.Of(new Func<string?, string>(Block));
        // A deadline some days earlier than the parent's, so the lower level can consolidate
        // before it reports up: "15/11/2024" | lui_ngay 5 → "10/11/2024".
        fn["lui_ngay"] = TemplateFunction.Of(new Func<string, int, string>((date, days) =>
            DateTime.ParseExact(date.Trim(), ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None)
                .AddDays(-days).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        fn["doi_cum"] = TemplateFunction.Of(new Func<string?, string, string, string>(ReplacePhrase));
        return fn;
    }

    /// <summary>
    /// Replaces a phrase of the level above with this level's; where the phrase starts a line, a
    /// heading, a dash item or a sentence, the replacement starts with a capital as well.
    /// </summary>
    public static string ReplacePhrase(string? text, string from, string to)
    {
        if (string.IsNullOrEmpty(text) || from.Length == 0) return text ?? "";
        var sb = new StringBuilder();
        var i = 0;
        while (true)
        {
            var at = text.IndexOf(from, i, StringComparison.Ordinal);
            if (at < 0) { sb.Append(text, i, text.Length - i); break; }
            sb.Append(text, i, at - i);
            sb.Append(StartsSentence(text, at) ? Text.VietnameseText.UpperFirst(to) : to);
            i = at + from.Length;
        }
        return sb.ToString();
    }

    static bool StartsSentence(string text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] == ' ') j--;
        while (j >= 0 && (text[j] == '#' || text[j] == '-' || text[j] == '+')) j--;
        while (j >= 0 && text[j] == ' ') j--;
        return j < 0 || text[j] is '\n' or '.' or ':' || (j > 0 && text[j] == ' ' && text[j - 1] == '.');
    }

    /// <summary>A double-quoted YAML scalar: nothing in the text can break the file.</summary>
    public static string Scalar(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append($"\\u{(int)c:X4}"); else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A literal block ("|") indented two spaces, for a top-level key; keeps the text as a person edits it.</summary>
    public static string Block(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "\"\"";
        var lines = s.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        // An indentation indicator is needed when the first line itself starts with a space.
        var sb = new StringBuilder(lines[0].StartsWith(' ') ? "|2" : "|");
        foreach (var line in lines) sb.Append('\n').Append(line.Length == 0 ? "" : "  " + line);
        return sb.ToString();
    }
}
