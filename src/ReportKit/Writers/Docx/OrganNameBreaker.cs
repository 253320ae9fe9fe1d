using ReportKit.Profiles;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Breaks an organ name (upper case) into the lines a clerk would choose for the header's left
/// column, measured with <see cref="TimesMetrics"/>:
/// <list type="bullet">
/// <item>as few lines as the column allows;</item>
/// <item>before an administrative or organisational word ("HỘI LHPN" / "TỈNH KHÁNH HÒA",
/// "ĐẢNG ỦY KHỐI" / "CÁC CƠ QUAN TỈNH") rather than anywhere else;</item>
/// <item>never inside a place name ("KHÁNH" / "HÒA"), never inside a two-syllable word
/// ("THƯỜNG" / "VỤ"), never before or after a dash ("BÀ RỊA -" / "VŨNG TÀU"), never a line of one
/// syllable ("TỈNH" / "KHÁNH"), unless the column leaves no other way;</item>
/// <item>lines of about equal width.</item>
/// </list>
/// A name written with line breaks ("Ủy ban nhân dân\nxã Lương Minh") breaks there; a given line
/// still too wide for the column is broken by the same rules.
/// </summary>
static class OrganNameBreaker
{
    /// <summary>How far a break may go from the clerk's first choice.</summary>
    public enum Tier
    {
        /// <summary>Only before a word that starts a unit ("TỈNH", "THÀNH PHỐ", "CÁC", "BAN", ...).</summary>
        BeforeUnit = 0,
        /// <summary>Also at any word boundary outside a place name and a two-syllable word.</summary>
        WordBoundary = 1,
        /// <summary>Also inside place names and two-syllable words: the last resort before letting the word processor wrap.</summary>
        Anywhere = 2,
    }

    public const int MaxLines = 3;

    /// <summary>The longest real organ names run to about twenty words; past this, breaks are not searched.</summary>
    const int MaxWordsToBreak = 60;

    /// <summary>
    /// The name's lines in <paramref name="widthTwips"/>: a break inside a place name or a word only
    /// when nothing else fits; then the fewest lines, the best breaks, the most even widths; null
    /// when no break set within <paramref name="maxLines"/> and <paramref name="tier"/> fits.
    /// </summary>
    public static IReadOnlyList<string>? Lines(string name, TextStyle style, int widthTwips, int maxLines = MaxLines, Tier tier = Tier.Anywhere)
    {
        var result = new List<string>();
        foreach (var given in name.Split('\n'))
        {
            var lines = LinesOfOne(given.Trim(), style, widthTwips, maxLines, tier);
            if (lines is null) return null;
            result.AddRange(lines);
        }
        return result;
    }

    /// <summary>
    /// The narrowest column (twips) in which the name lays out within <paramref name="maxLines"/>
    /// lines per given line, breaking no worse than <paramref name="tier"/>.
    /// </summary>
    public static int MinWidth(string name, TextStyle style, int maxLines, Tier tier) =>
        name.Split('\n').Max(given => Candidates(Words(given.Trim()), style, maxLines, tier).Select(c => c.Widest).DefaultIfEmpty(int.MaxValue).Min());

    static IReadOnlyList<string>? LinesOfOne(string text, TextStyle style, int width, int maxLines, Tier tier)
    {
        var words = Words(text);
        if (words.Length == 0) return [""];
        // A break inside a place name or a word only when no other way fits; then the fewest lines, the best breaks, the evenest lines.
        // One pass for the first best (as a stable sort's first would be): a header is laid out
        // several times over, and sorting every candidate cost more than making them.
        Candidate? best = null;
        foreach (var c in Candidates(words, style, maxLines, tier))
            if (c.Widest <= width && (best is null || Rank(c).CompareTo(Rank(best)) < 0)) best = c;
        return best?.Lines;

        static (bool, int, Tier, int, int) Rank(Candidate c) => (c.Tier == Tier.Anywhere, c.Lines.Count, c.Tier, c.Penalty, c.Widest - c.Narrowest);
    }

    sealed record Candidate(IReadOnlyList<string> Lines, Tier Tier, int Penalty, int Widest, int Narrowest);

    /// <summary>Every way to break the words into 1..<paramref name="maxLines"/> lines allowed at <paramref name="tier"/>.</summary>
    static IEnumerable<Candidate> Candidates(string[] words, TextStyle style, int maxLines, Tier tier)
    {
        if (words.Length == 0) yield break;
        // No organ is named in this many words: such a text is left whole for the word processor to wrap,
        // rather than searched for breaks at a cost that grows with the square of its length.
        if (words.Length > MaxWordsToBreak)
        {
            var whole = string.Join(' ', words);
            var width = TimesMetrics.WidthTwips(whole, style);
            yield return new Candidate([whole], Tier.BeforeUnit, 0, width, width);
            yield break;
        }
        var (kinds, costs) = BreakKinds(words);
        var allowed = Enumerable.Range(1, words.Length - 1).Where(i => kinds[i] is { } k && k <= tier).ToArray();
        for (var lines = 1; lines <= Math.Min(maxLines, words.Length); lines++)
        {
            // Long names are rare; a few thousand combinations at most.
            if (allowed.Length > 40 && lines > 2) yield break;
            foreach (var breaks in Combinations(allowed, lines - 1))
            {
                var bounds = breaks.Prepend(0).Append(words.Length).ToArray();
                var parts = new List<string>();
                var lone = false;
                for (var j = 0; j + 1 < bounds.Length; j++)
                {
                    parts.Add(string.Join(' ', words[bounds[j]..bounds[j + 1]]));
                    lone |= bounds[j + 1] - bounds[j] == 1 && words.Length > 1 && OrganWords.IsShort(words[bounds[j]]);
                }
                if (lone) continue;
                var widths = parts.Select(p => TimesMetrics.WidthTwips(p, style)).ToList();
                var worst = breaks.Length == 0 ? Tier.BeforeUnit : breaks.Max(b => kinds[b]!.Value);
                // Among equal tiers, the breaks that read better: before a unit word, then at a word boundary,
                // then inside a place name, then inside a two-syllable word.
                var penalty = breaks.Sum(b => costs[b]);
                yield return new Candidate(parts, worst, penalty, widths.Max(), widths.Min());
            }
        }
    }

    static IEnumerable<int[]> Combinations(int[] items, int k)
    {
        if (k == 0) { yield return []; yield break; }
        for (var i = 0; i <= items.Length - k; i++)
            foreach (var rest in Combinations(items[(i + 1)..], k - 1))
                yield return [items[i], .. rest];
    }

    static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// For each position i (a break before words[i]): the tier that allows it (null where a break is
    /// never allowed), and its cost among breaks of one tier.
    /// </summary>
    static (Tier?[] Kinds, int[] Costs) BreakKinds(string[] w)
    {
        var kinds = new Tier?[w.Length];
        var costs = new int[w.Length];
        var inPlace = new bool[w.Length];
        // A place name runs from after a unit word ("TỈNH", "THÀNH PHỐ", "XÃ") to the next unit word or the
        // end: words that elsewhere start a part of a name ("TRƯỜNG", "HỘI") are the place's own there
        // ("PHƯỜNG XUÂN TRƯỜNG", "XÃ TÂN HỘI").
        for (var i = 0; i < w.Length; i++)
        {
            var unit = OrganWords.UnitLength(w, i);
            if (unit == 0) continue;
            for (var j = i + unit + 1; j < w.Length && OrganWords.UnitLength(w, j) == 0; j++)
                inPlace[j] = true;
        }
        for (var i = 1; i < w.Length; i++)
        {
            if (OrganWords.IsDash(w[i]) || OrganWords.IsDash(w[i - 1])) kinds[i] = null;
            else if (OrganWords.IsCompound(w[i - 1], w[i])) (kinds[i], costs[i]) = (Tier.Anywhere, 4);
            else if (inPlace[i]) (kinds[i], costs[i]) = (Tier.Anywhere, 3);
            else if (OrganWords.UnitLength(w, i) > 0 || OrganWords.StartsOrganPart(w, i)) (kinds[i], costs[i]) = (Tier.BeforeUnit, 0);
            else (kinds[i], costs[i]) = (Tier.WordBoundary, 1);
        }
        return (kinds, costs);
    }
}

/// <summary>
/// The words that shape how an organ name breaks, in one place. They are Vietnamese words, the same
/// under every regime (an Ủy ban, a Đảng ủy and a Hội name their units alike), so they are not
/// profile data; a name that needs another break is written with "\n" where it should break.
/// </summary>
static class OrganWords
{
    /// <summary>Administrative units: a place name follows them ("TỈNH KHÁNH HÒA", "THÀNH PHỐ HỒ CHÍ MINH", "TP. HUẾ").</summary>
    static readonly HashSet<string> Units = ["TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "TP.", "TX.", "TT.", "H."];

    /// <summary>Two-word units ("THÀNH PHỐ", "THỊ XÃ") and Party and Đoàn committees named for their place ("TỈNH ỦY", "THÀNH ĐOÀN").</summary>
    static readonly HashSet<string> TwoWordUnits = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU",
        "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "TỈNH ĐOÀN", "THÀNH ĐOÀN", "HUYỆN ĐOÀN", "QUẬN ĐOÀN"];

    /// <summary>Words that start a part of an organ's name: a good place to break ("ĐẢNG ỦY KHỐI" / "CÁC CƠ QUAN TỈNH").</summary>
    static readonly HashSet<string> OrganParts = ["CÁC", "KHỐI", "BAN", "ĐẢNG", "CHI", "SỞ", "PHÒNG", "VĂN PHÒNG", "TRUNG TÂM",
        "ỦY BAN", "HỘI", "CÔNG ĐOÀN", "ĐOÀN", "BỘ", "CỤC", "VIỆN", "TRƯỜNG", "LIÊN ĐOÀN"];

    /// <summary>Two-syllable words a line break must not split (besides place names and the units above).</summary>
    static readonly HashSet<string> Compounds = ["THƯỜNG VỤ", "THƯỜNG TRỰC", "CHẤP HÀNH", "LIÊN HIỆP", "PHỤ NỮ", "ĐẢNG ỦY", "ĐẢNG BỘ",
        "CƠ QUAN", "NHÂN DÂN", "MẶT TRẬN", "TỔ QUỐC", "VIỆT NAM", "THANH NIÊN", "CỘNG SẢN", "NÔNG DÂN", "CỰU CHIẾN", "CHIẾN BINH",
        "ỦY BAN", "TRUNG ƯƠNG", "DOANH NGHIỆP", "CHỈ ĐẠO", "VĂN PHÒNG", "TƯ PHÁP", "GIÁO DỤC", "ĐÀO TẠO", "Y TẾ", "NỘI VỤ",
        "TÀI CHÍNH", "KẾ HOẠCH", "ĐẦU TƯ", "CÔNG AN", "QUÂN SỰ", "DÂN VẬN", "TUYÊN GIÁO", "TỔ CHỨC", "KIỂM TRA", "LAO ĐỘNG",
        "THƯƠNG BINH", "XÃ HỘI", "NÔNG NGHIỆP", "PHÁT TRIỂN", "NÔNG THÔN", "CÔNG ĐOÀN", "LIÊN ĐOÀN", "TRUNG TÂM", "SỰ NGHIỆP",
        "KINH TẾ", "CHÍNH TRỊ", "HÀNH CHÍNH", "XÂY DỰNG", "VĂN HÓA", "THỂ THAO", "DU LỊCH", "KHOA HỌC", "CÔNG NGHỆ", "TÀI NGUYÊN",
        "MÔI TRƯỜNG", "CÔNG THƯƠNG", "GIAO THÔNG", "VẬN TẢI", "THÔNG TIN", "TRUYỀN THÔNG", "THANH TRA", "DÂN TỘC", "TÔN GIÁO",
        "HỘI ĐỒNG", "CHỦ TỊCH", "BÍ THƯ", "THI ĐUA", "KHEN THƯỞNG", "HỌC SINH", "SINH VIÊN", "HỒ CHÍ", "CHÍ MINH"];

    public static bool IsDash(string word) => word is "-" or "–" or "—";

    public static bool IsCompound(string a, string b) => Compounds.Contains(a + " " + b) || TwoWordUnits.Contains(a + " " + b);

    /// <summary>How many words the administrative unit starting at <paramref name="i"/> has (0 when none starts there).</summary>
    public static int UnitLength(string[] w, int i)
    {
        if (i + 1 < w.Length && TwoWordUnits.Contains(w[i] + " " + w[i + 1])) return 2;
        // "XÃ HỘI" is society, not a commune; "THỊ XÃ" was taken above.
        if (w[i] == "XÃ" && i + 1 < w.Length && w[i + 1] == "HỘI") return 0;
        if (w[i] == "XÃ" && i > 0 && w[i - 1] == "THỊ") return 0;
        return Units.Contains(w[i]) ? 1 : 0;
    }

    /// <summary>Whether an organisational part ("CÁC", "BAN", "ỦY BAN", ...) starts at <paramref name="i"/>.</summary>
    public static bool StartsOrganPart(string[] w, int i) =>
        OrganParts.Contains(w[i]) && !(i > 0 && IsCompound(w[i - 1], w[i])) ||
        i + 1 < w.Length && OrganParts.Contains(w[i] + " " + w[i + 1]);

    /// <summary>
    /// A word too short to stand alone on a line: a syllable ("KHÁNH", "MINH", "TỈNH") or a short
    /// abbreviation ("TP."). A long abbreviation ("LHPN", "MTTQ", "UBND") may: it is a name of its own.
    /// </summary>
    public static bool IsShort(string word) => word.Length < 4 || Syllable.IsMatch(Unmarked(word));

    /// <summary>"KHÁNH" → "KHANH", "ĐỒNG" → "DONG": the letters without tone and vowel marks.</summary>
    static string Unmarked(string word)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in word.Replace('Đ', 'D').Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD))
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    // A Vietnamese syllable without its tone and vowel marks: an onset, vowels, a coda.
    static readonly System.Text.RegularExpressions.Regex Syllable = new(
        "^(NGH|CH|GH|GI|KH|NG|NH|PH|QU|TH|TR|[BCDGHKLMNPRSTVX])?[AEIOUY]+(CH|NG|NH|[CMNPT])?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
