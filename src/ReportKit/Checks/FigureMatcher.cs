namespace ReportKit.Checks;

/// <summary>A figure in the body that reads as a target's figure: the target it names and whether the value is right.</summary>
sealed record FigureMatch(Token Figure, TargetWords Target, double Score, bool Agrees);

/// <summary>
/// Decides which target, if any, a figure in the body speaks of. A figure belongs to a target when
/// <list type="bullet">
/// <item>its kind fits: a rate is written with "%", a count is followed by the target's unit of
/// measure ("161 hộ", "1.300 hội viên", "02 HTX");</item>
/// <item>what it counts is one of the target's words: the first meaningful word after a rate or
/// a unit-less count ("60% chi hội trưởng …", not "60% phụ nữ có mặt …");</item>
/// <item>most of the target's content words stand around it, in its own clause: the words
/// after it up to the next figure or clause end, and before it back to the clause start (or to
/// the comma after an earlier figure, whose words those are). Words are weighted by how rare
/// they are in this body, so "Hội" or "phụ nữ" count for little and "thoát nghèo" for much.</item>
/// </list>
/// Years, dates, document numbers, ordinals and figures of other things never reach here (see
/// <see cref="FigureText.IsQuantity"/>) or fail the unit test.
/// </summary>
sealed class FigureMatcher
{
    const double Threshold = 0.6;
    const int WordsAfter = 16, WordsBefore = 12;

    readonly IReadOnlyList<TargetWords> _targets;
    /// <summary>Words a target's figure is followed by: units and the first words of target names.</summary>
    readonly HashSet<string> _heads = new(StringComparer.Ordinal);
    // Word weights need every paragraph tokenised: done only when a figure gets as far as scoring.
    readonly Lazy<(Dictionary<string, double> Weights, double Unseen)> _weights;

    /// <param name="paragraphs">Every paragraph of the body, tokenised on demand: word weights come from how many clauses use a word.</param>
    public FigureMatcher(IReadOnlyList<TargetWords> targets, Func<IEnumerable<IReadOnlyList<Token>>> paragraphs)
    {
        _targets = targets;
        foreach (var t in targets)
        {
            _heads.Add(t.Keys[0]);
            if (t.UnitKeys.Count > 0) _heads.Add(t.UnitKeys[0]);
        }
        _weights = new(() => Weigh(paragraphs()));
    }

    static (Dictionary<string, double>, double) Weigh(IEnumerable<IReadOnlyList<Token>> paragraphs)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clauses = 0;
        void EndClause()
        {
            if (seen.Count == 0) return;
            clauses++;
            foreach (var k in seen) df[k] = df.GetValueOrDefault(k) + 1;
            seen.Clear();
        }
        foreach (var tokens in paragraphs)
        {
            foreach (var t in tokens)
            {
                if (t.Kind == TokenKind.Word) seen.Add(t.Key);
                else if (t.Kind == TokenKind.Boundary) EndClause();
            }
            EndClause();
        }
        var weights = new Dictionary<string, double>(df.Count, StringComparer.Ordinal);
        foreach (var (k, n) in df) weights[k] = Math.Log(1 + (double)clauses / (1 + n));
        return (weights, Math.Log(1 + clauses));
    }

    double Weight(string key) => _weights.Value.Weights.TryGetValue(key, out var w) ? w : _weights.Value.Unseen;

    /// <summary>The target the figure at <paramref name="i"/> speaks of, or null when it reads as no target's figure.</summary>
    public FigureMatch? Match(IReadOnlyList<Token> tokens, int i)
    {
        var figure = tokens[i];
        if (figure.Kind != TokenKind.Figure || !FigureText.IsQuantity(tokens, i)) return null;
        var after = WordsAfterFigure(tokens, i);
        // Most figures (a date's day, "05 hộ gia đình" in a plan without such a target) stop here, before any weighing.
        var kinds = _targets.Where(t => t.IsRate == figure.Percent && KindFits(t, after)).ToList();
        if (kinds.Count == 0) return null;
        var before = WordsBeforeFigure(tokens, i);
        var around = new HashSet<string>(after.Concat(before).Select(w => w.Key), StringComparer.Ordinal);
        var acronyms = after.Concat(before).Where(IsAcronym).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        var initials = kinds.Any(t => t.Acronyms.Count > 0) ? Initials(after).Concat(Initials(before)).ToHashSet(StringComparer.Ordinal) : [];

        var candidates = new List<(TargetWords Target, double Score, HashSet<string> Matched)>();
        foreach (var target in kinds)
        {
            var matched = Matched(target, around, acronyms, initials);
            if (matched.Count < Math.Min(2, target.Keys.Count)) continue;
            var score = matched.Sum(Weight) / target.Keys.Sum(Weight);
            if (score >= Threshold) candidates.Add((target, score, matched.ToHashSet(StringComparer.Ordinal)));
        }
        // A target whose words are all inside another's is not what the figure speaks of: in
        // "161 hộ có phụ nữ thoát cận nghèo", "thoát nghèo" is part of "thoát cận nghèo".
        candidates.RemoveAll(c => candidates.Any(o => o.Matched.IsProperSupersetOf(c.Matched)));
        if (candidates.Count == 0) return null;
        var best = candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.Matched.Count).First();
        return new FigureMatch(figure, best.Target, best.Score, candidates.Any(c => c.Target.Figures.Contains(figure.Value)));
    }

    /// <summary>
    /// The target's words found around the figure. Abbreviations count for the words they stand
    /// for, either way round: "BHYT" for "bảo hiểm y tế", "hợp tác xã" for "HTX".
    /// </summary>
    static List<string> Matched(TargetWords target, HashSet<string> around, HashSet<string> acronyms, HashSet<string> initials)
    {
        var keys = target.Keys;
        var hit = keys.Select(k => around.Contains(k) || (target.Acronyms.Contains(k) && initials.Contains(k))).ToArray();
        for (var i = 0; i < keys.Count && acronyms.Count > 0; i++)
            for (var len = 2; len <= 5 && i + len <= keys.Count; len++)
                if (acronyms.Contains(string.Concat(keys.Skip(i).Take(len).Select(k => k[0]))))
                    for (var k = i; k < i + len; k++) hit[k] = true;
        return keys.Where((_, k) => hit[k]).ToList();
    }

    static bool IsAcronym(Token w) => w.Text.Length >= 2 && w.Text.All(char.IsUpper);

    /// <summary>First letters of every run of 2–5 consecutive words: "hợp tác xã" gives "htx".</summary>
    static IEnumerable<string> Initials(IReadOnlyList<Token> words)
    {
        for (var i = 0; i < words.Count; i++)
            for (var len = 2; len <= 5 && i + len <= words.Count; len++)
                yield return string.Concat(words.Skip(i).Take(len).Select(w => w.Key[0]));
    }

    /// <summary>
    /// A count is followed by its unit ("161 hộ") or by the thing it counts, the first word of the
    /// target's name ("57.000 lao động nữ …" for "Lao động nữ được tư vấn nghề"); what a rate or a
    /// unit-less count measures is named first after it, if anything follows it in its clause.
    /// </summary>
    static bool KindFits(TargetWords target, IReadOnlyList<Token> after)
    {
        var head = after.FirstOrDefault(w => !TargetWords.IsStopWord(w));
        if (target.UnitKeys.Count > 0)
            return StartsWith(after, target.UnitKeys) || (head is not null && head.Key == target.Keys[0]);
        return head is null || target.Keys.Contains(head.Key);
    }

    static bool StartsWith(IReadOnlyList<Token> words, IReadOnlyList<string> keys)
    {
        if (words.Count < keys.Count) return false;
        for (var k = 0; k < keys.Count; k++)
            if (words[k].Key != keys[k]) return false;
        return true;
    }

    /// <summary>Whether a figure could be a target's figure at all: a rate, or a count followed by a unit or a target's first word.</summary>
    bool CouldCount(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Percent) return true;
        var next = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word ? tokens[i + 1].Key : null;
        return next is not null && _heads.Contains(next);
    }

    static List<Token> WordsAfterFigure(IReadOnlyList<Token> tokens, int i)
    {
        var words = new List<Token>();
        for (var j = i + 1; j < tokens.Count && words.Count < WordsAfter; j++)
        {
            var t = tokens[j];
            if (t.Kind is TokenKind.Boundary or TokenKind.Figure) break;
            if (t.Kind == TokenKind.Word) words.Add(t);
        }
        return words;
    }

    List<Token> WordsBeforeFigure(IReadOnlyList<Token> tokens, int i)
    {
        var words = new List<Token>();
        var sinceComma = -1;
        for (var j = i - 1; j >= 0 && words.Count < WordsBefore; j--)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Boundary) break;
            if (t.Kind == TokenKind.Figure && CouldCount(tokens, j))
            {
                // The words between an earlier count and the comma after it are that count's
                // ("161 hộ … thoát nghèo, 161 hộ … thoát cận nghèo"); an age or a size is read past.
                if (sinceComma >= 0) words.RemoveRange(0, words.Count - sinceComma); else words.Clear();
                break;
            }
            if (t.Kind == TokenKind.Comma && sinceComma < 0) sinceComma = words.Count;
            if (t.Kind == TokenKind.Word) words.Insert(0, t);
        }
        return words;
    }
}
