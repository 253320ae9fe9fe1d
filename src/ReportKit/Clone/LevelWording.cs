namespace ReportKit.Clone;

/// <summary>
/// Lời văn theo cấp: how a plan of one level is reworded for a unit of the level below, as data
/// (templates/cap/*.yaml, one file per organisation and pair of levels), never as code. A file
/// says which parent plans it is for (profile, words of the parent's level in its organ name) and
/// which units (their <c>cap</c>), and holds the phrases to change, the headings that name the
/// parent organ, the proper names to keep, the words a văn thư must still look at, the child's own
/// recipients and the defaults for identity fields the units file leaves empty.
/// </summary>
internal sealed record LevelWording
{
    /// <summary>The file's name without extension ("hoi-tinh-xa"), for messages.</summary>
    public required string Name { get; init; }
    public required string Path { get; init; }

    /// <summary>the_thuc: profiles this table is for; empty = every profile.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>cap_tren: words that show the parent's level in its organ names ("tỉnh", "Thành phố"), matched as whole words, case as written.</summary>
    public IReadOnlyList<string> ParentLevelWords { get; init; } = [];

    /// <summary>cap: the units' levels this table is for (xã, phường, đặc khu), compared without regard to case.</summary>
    public IReadOnlyList<string> ChildLevels { get; init; } = [];

    /// <summary>cap_duoi: each child level's own lower level ("các chi hội"), the value of {cap_duoi}.</summary>
    public IReadOnlyDictionary<string, string> LowerLevels { get; init; } = new Dictionary<string, string>();

    /// <summary>doi: phrase of the parent's level → phrase of the child's (placeholders allowed); an empty replacement removes the phrase.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Phrases { get; init; } = [];

    /// <summary>tieu_de: whole headings that name the parent organ → the child's ("Hội LHPN tỉnh" → "{chu_quan}").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headings { get; init; } = [];

    /// <summary>giu: proper names never rewritten ("{cha.chu_quan}", "Đảng bộ tỉnh").</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];

    /// <summary>con_lai: words of the parent's level that, if still there after rewording, a văn thư must look at.</summary>
    public IReadOnlyList<string> LeftOver { get; init; } = [];

    /// <summary>noi_nhan: the child's own recipients, after the parent organ "(để báo cáo)".</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>mac_dinh: identity defaults (chu_quan, ban_hanh, ten_day_du, ky_hieu, dia_danh, quyen_han, chuc_vu) for what the units file leaves empty.</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; init; } = new Dictionary<string, string>();

    public static readonly string[] DefaultKeys = ["chu_quan", "ban_hanh", "ten_day_du", "ky_hieu", "dia_danh", "quyen_han", "chuc_vu"];

    /// <summary>The unit's level as this table names it, or null when the table is not for this unit.</summary>
    public string? LevelOf(UnitIdentity unit)
    {
        if (unit.Level is { } given)
            return ChildLevels.FirstOrDefault(l => string.Equals(l, given.Trim(), StringComparison.OrdinalIgnoreCase));
        // No cap column: the name says it ("Xã Quảng Lâm", "Phường Thục Phán").
        return ChildLevels.OrderByDescending(l => l.Length)
            .FirstOrDefault(l => unit.Name.StartsWith(l + " ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the parent's organ names carry one of this table's parent-level words.</summary>
    public bool IsForParent(IEnumerable<string> organNames) =>
        organNames.Any(name => ParentLevelWords.Any(w => ContainsWord(name, w)));

    static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return true;
        }
        return false;
    }
}
