using System.Text.RegularExpressions;
using ReportKit.Text;

namespace ReportKit.Import.Recognise;

/// <summary>
/// The sentence the plan template adds before the closing for the annexes the plan's own text does
/// not mention ("Kèm theo Kế hoạch này có Phụ lục I (Chỉ tiêu …) và Phụ lục II."; templates/ke-hoach.sbn).
/// Import leaves it out of the body when the template would add it again — the same annexes, the
/// text without it mentioning none of them — so the plan stays right when its annexes change; and
/// it gives each annex's title as written, where the annex's heading has it only in capitals.
/// </summary>
static class AnnexSentence
{
    /// <summary>
    /// The titles as written, one per annex ("" for an annex without one), when <paramref name="sentence"/>
    /// is the template's sentence for these annexes and the other texts mention none it names; else null.
    /// </summary>
    public static string[]? Match(string sentence, string documentType, IReadOnlyList<ImportedAnnex> annexes, Profiles.AnnexStyle style, params string?[] otherTexts)
    {
        if (annexes.Count == 0) return null;
        var mentioned = Template.AnnexMentions.Mentioned(annexes.Count, style, otherTexts);
        var named = Enumerable.Range(0, annexes.Count).Where(i => !mentioned[i]).ToList();
        if (named.Count == 0) return null;
        var items = named.Select(i => Regex.Escape(style.LabelFor(i, annexes.Count)) + (annexes[i].Title is { Length: > 0 } ? $@" \((?<t{i}>.+)\)" : "")).ToList();
        var list = items.Count == 1 ? items[0] : string.Join(", ", items.SkipLast(1)) + " và " + items[^1];
        var type = VietnameseText.UpperFirst(VietnameseText.Lower(documentType));
        var m = Regex.Match(Patterns.Squash(sentence), $"^Kèm theo {Regex.Escape(type)} này có {list}\\.$", RegexOptions.CultureInvariant);
        if (!m.Success) return null;
        var titles = annexes.Select(a => a.Title ?? "").ToArray();
        foreach (var i in named)
        {
            if (annexes[i].Title is not { Length: > 0 } printed) continue;
            var written = m.Groups[$"t{i}"].Value;
            if (VietnameseText.Upper(written) != VietnameseText.Upper(printed)) return null;
            titles[i] = written;
        }
        return titles;
    }
}
