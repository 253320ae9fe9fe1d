using ReportKit.Profiles;

namespace ReportKit.Import.Recognise;

/// <summary>Section numbering schemes (danh_so) between a document and a profile.</summary>
internal static class NumberingScheme
{
    /// <summary>
    /// The document's scheme written the profile's way: each level keeps its kind (Roman, 1., 1.1.,
    /// 1.1.1., a)) and its punctuation where the profile accepts it ("I-" under the Party profile,
    /// danh_so_cho_phep), else takes the profile's ("I-" → "I." under NĐ 30). Null when the result
    /// is what the profile prints anyway, so the plan needs no danh_so. What fix lays out.
    /// </summary>
    public static IReadOnlyList<string>? ToProfile(IReadOnlyList<string>? scheme, FormatProfile profile)
    {
        if (scheme is null) return null;
        var own = profile.Numbering.Select(p => Marker.Parse(p + " X", out _)).Where(m => m is not null).ToList();
        var accepted = profile.DocumentCheck.AcceptedNumbering;
        var result = scheme.Select(p =>
        {
            if (accepted.Contains(p)) return p;
            var k = Marker.Parse(p + " X", out _);
            var match = k is null ? null : own.FirstOrDefault(o => o!.Rank == k.Rank);
            return match?.Pattern ?? (k is null ? p : k.Pattern.TrimEnd('-', ')', '.') + (own.FirstOrDefault(o => o!.Kind == k.Kind)?.Suffix ?? k.Suffix));
        }).ToList();
        for (var level = 1; level <= result.Count; level++)
            if (result[level - 1] != profile.Numbering[Math.Min(level, profile.Numbering.Count) - 1]) return result;
        return null;
    }
}
