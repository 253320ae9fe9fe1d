using ReportKit.Writers.Docx;

namespace ReportKit.Import.Recognise;

/// <summary>
/// The no-break spaces (U+00A0) ReportKit's DOCX writer puts where a line must not break
/// ("2020 – 2025", "số 12/KH-BTV", "ngày 05/7/2023", "năm 2024"), read back as the plain spaces
/// the plan was written with: the writer puts them back by the same rule (<see cref="NoBreak"/>),
/// so the plan file stays free of invisible characters and renders to the same document. A
/// U+00A0 the rule would not put there (typed by a clerk) is kept.
/// </summary>
static class WriterSpaces
{
    public static string Plain(string text)
    {
        if (text.IndexOf(NoBreak.Space) < 0) return text;
        var marked = NoBreak.Mark(text.Replace(NoBreak.Space, ' '));
        // The rule joins a run of spaces into one; text with such runs is left as it is.
        if (marked.Length != text.Length) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] == NoBreak.Space && marked[i] == NoBreak.Space) chars[i] = ' ';
        return new string(chars);
    }
}
