using System.Collections.Concurrent;
using ReportKit.Model;

namespace ReportKit.Checks;

/// <summary>
/// What a target is called in prose, for finding its figure in the body: the words of its content
/// ("Hộ có phụ nữ thoát nghèo"), its unit of measure ("hộ"; a rate is a percent), and the figures
/// the plan gives it (its own value, its units' allocations).
/// </summary>
sealed class TargetWords
{
    /// <summary>Words that carry no meaning of their own in a target's name or around a figure.</summary>
    static readonly HashSet<string> StopWords =
    [
        "và", "của", "các", "những", "có", "được", "cho", "với", "tại", "trong", "trên", "dưới", "đến", "từ", "là",
        "một", "mỗi", "ít", "nhất", "trở", "lên", "tỷ", "tỉ", "lệ", "đạt", "hơn", "khoảng", "tối", "thiểu", "đa", "đã", "sẽ",
        "về", "theo", "này", "do", "bị", "vào", "ra", "hoặc", "cũng", "thì", "mà", "nhằm", "để", "ở", "phấn", "đấu", "giúp",
        "số", "lượng", "còn", "không", "hằng", "hàng", "năm", "toàn", "cấp", "tổng", "cộng", "thực", "hiện",
        "tất", "cả", "gồm", "như", "sau", "khi", "nữa", "thêm",
    ];

    public Target Target { get; }
    /// <summary>Folded content words, stop words removed, in order and without repeats.</summary>
    public IReadOnlyList<string> Keys { get; }
    /// <summary>Folded words of the unit of measure ("hội viên" → hoi, vien); empty for rates.</summary>
    public IReadOnlyList<string> UnitKeys { get; }
    /// <summary>Keys written as abbreviations in the target's name ("HTX", "BHYT").</summary>
    public IReadOnlySet<string> Acronyms { get; }
    public bool IsRate { get; }
    /// <summary>Figures that are right for this target in this plan.</summary>
    public IReadOnlySet<decimal> Figures { get; }
    /// <summary>The figure to name in a message, as the annex prints it.</summary>
    public string Shown { get; }

    TargetWords(Target t, IReadOnlyList<string> keys, IReadOnlySet<string> acronyms, IReadOnlyList<string> unitKeys, bool isRate, IReadOnlySet<decimal> figures, string shown)
    {
        Target = t; Keys = keys; Acronyms = acronyms; UnitKeys = unitKeys; IsRate = isRate; Figures = figures; Shown = shown;
    }

    /// <summary>Null when the target states no number the body could print (a text such as "Hằng năm").</summary>
    public static TargetWords? For(Target t)
    {
        var figures = new HashSet<decimal>();
        AddFigures(figures, t.Value);
        foreach (var a in t.Allocations.Values) AddFigures(figures, a.Value);
        if (figures.Count == 0) return null;
        var unit = t.Unit?.Trim() ?? "";
        var isRate = unit == "%" || t.Value.Kind == TargetValueKind.Percent || (t.Value.Kind == TargetValueKind.Text && (t.Value.Text ?? "").Contains('%'));
        var unitKeys = isRate ? [] : Remember(UnitWords, unit, u => FigureText.Tokenize(u).Where(w => w.Kind == TokenKind.Word).Select(w => w.Key).ToList());
        var name = Remember(NameWords, t.Content, ReadName);
        if (name.Keys.Count == 0) return null;
        return new TargetWords(t, name.Keys, name.Acronyms, unitKeys, isRate, figures, Show(t.Value, unit, isRate));
    }

    /// <summary>What a target's name gives for matching: its content words and its abbreviations.</summary>
    sealed record Name(IReadOnlyList<string> Keys, IReadOnlySet<string> Acronyms);

    static Name ReadName(string content)
    {
        var words = FigureText.Tokenize(content);
        var acronyms = words.Where(w => w.Kind == TokenKind.Word && w.Text.Length >= 2 && w.Text.All(char.IsUpper)).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        return new Name(ContentKeys(words), acronyms);
    }

    // A batch's plans share their targets' names and units (clones of one plan): their words are
    // read once. Only the name and unit are keys, never a plan's figures; both tables are bounded.
    static readonly ConcurrentDictionary<string, Name> NameWords = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<string, IReadOnlyList<string>> UnitWords = new(StringComparer.Ordinal);
    const int Remembered = 10_000;

    static T Remember<T>(ConcurrentDictionary<string, T> table, string key, Func<string, T> read)
    {
        if (table.TryGetValue(key, out var known)) return known;
        var value = read(key);
        if (table.Count < Remembered) table.TryAdd(key, value);
        return value;
    }

    static void AddFigures(HashSet<decimal> figures, TargetValue v)
    {
        if (v.Number is { } n) figures.Add(n);
        else if (v.Text is { } text) foreach (var x in FigureText.NumbersIn(text)) figures.Add(x);
    }

    static string Show(TargetValue v, string unit, bool isRate)
    {
        var value = v.Kind switch
        {
            TargetValueKind.Percent => Text.VietnameseNumber.Percent(v.Number!.Value),
            TargetValueKind.Integer or TargetValueKind.Decimal => Text.VietnameseNumber.Number(v.Number!.Value) + (isRate ? "%" : ""),
            _ => v.Text ?? "",
        };
        return isRate || unit.Length == 0 || value.EndsWith(unit, StringComparison.Ordinal) ? value : $"{value} {unit}";
    }

    /// <summary>The words that name the target; a qualifier in brackets ("(chuẩn nghèo giai đoạn 2021 – 2025)") is not its name.</summary>
    static List<string> ContentKeys(List<Token> words)
    {
        var keys = new List<string>();
        var depth = 0;
        foreach (var w in words)
        {
            if (w.Text is "(" or "[") depth++;
            else if (w.Text is ")" or "]") depth = Math.Max(0, depth - 1);
            else if (depth == 0 && w.Kind == TokenKind.Word && !IsStopWord(w) && !keys.Contains(w.Key)) keys.Add(w.Key);
        }
        return keys;
    }

    public static bool IsStopWord(Token w) => StopWords.Contains(w.Lower);
}
