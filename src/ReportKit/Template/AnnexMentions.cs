using System.Text.RegularExpressions;
using ReportKit.Model;
using Scriban.Runtime;

namespace ReportKit.Template;

/// <summary>
/// NĐ 30 wants a plan to say that each annex exists (Phụ lục I, III.1: "phải có chỉ dẫn về phụ
/// lục đó"). The body usually does, where the annex belongs ("… tại Phụ lục II kèm theo"); when it
/// does not, the template adds its sentence for the annexes left unmentioned ("Kèm theo Kế hoạch
/// này có Phụ lục …"), so the plan is right without a hand edit and a clerk who writes the
/// mention where it belongs makes the sentence go away. This finds which annexes the rendered
/// text mentions: "Phụ lục" alone for a single annex; "Phụ lục II" (or "Phụ lục 2" under Arabic
/// numbering) for one of several, or "các Phụ lục" for all of them.
/// </summary>
static class AnnexMentions
{
    /// <summary>
    /// The template's <c>phu_luc</c> list: for each annex that prints, its label (<c>nhan</c>), its
    /// title as written (<c>tieu_de</c>, "" for none) and whether the text mentions it (<c>da_nhac</c>).
    /// </summary>
    public static List<ScriptObject> List(Plan plan, Profiles.AnnexStyle style, params string?[] texts)
    {
        var printed = plan.Printed();
        var mentioned = Mentioned(printed.Count, style, texts);
        return printed.Select((spec, i) =>
            new ScriptObject { ["nhan"] = style.LabelFor(i, printed.Count), ["tieu_de"] = plan.TitleOf(spec), ["da_nhac"] = mentioned[i] }).ToList();
    }

    /// <summary>For each of <paramref name="count"/> annexes, whether the texts mention it (import asks the same to know when the template would add its sentence).</summary>
    public static bool[] Mentioned(int count, Profiles.AnnexStyle style, params string?[] texts)
    {
        var text = string.Join("\n", texts.Where(t => t is not null));
        var all = Regex.IsMatch(text, $@"\bcác\s+{Regex.Escape(style.Label)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return Enumerable.Range(0, count).Select(i =>
            // "Phụ lục I" must not count as "Phụ lục II": the label ends where no numeral letter or digit follows.
            all || Regex.IsMatch(text, Regex.Escape(style.LabelFor(i, count)) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();
    }
}
