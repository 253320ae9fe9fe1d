namespace ReportKit.Import;

/// <summary>
/// A plan as the recogniser found it in a document, shaped like the plan file's keys
/// (docs/yaml-keys.md) so the YAML writer emits it in the documented order. Values are the
/// document's own words; <see cref="Unsure"/> says where the import had to guess, keyed by the
/// YAML key, and becomes comments in the written file.
/// </summary>
public sealed record ImportedPlan
{
    public string Profile { get; init; } = "hoi";
    public string? Parent { get; init; }
    public string Issuer { get; init; } = "";
    public string? FullName { get; init; }
    public int? Number { get; init; }
    public string Symbol { get; init; } = "";
    public string Place { get; init; } = "";
    public DateOnly? Date { get; init; }
    public int? Year { get; init; }
    public string DocumentType { get; init; } = "KẾ HOẠCH";
    public string Subject { get; init; } = "";
    public IReadOnlyList<string> Bases { get; init; } = [];
    public ImportedOpening? Opening { get; init; }

    /// <summary>The body in the project's light markup (Markdown): headings, numbered and dash items, tables, footnotes.</summary>
    public string Body { get; init; } = "";

    /// <summary>The closing paragraph(s), in light markup; null when the document has none.</summary>
    public string? Closing { get; init; }

    public IReadOnlyList<(string Name, string? Note)> Recipients { get; init; } = [];
    public string? Archive { get; init; }
    public IReadOnlyList<string> Authority { get; init; } = [];
    public string Position { get; init; } = "";
    public string SignerName { get; init; } = "";

    /// <summary>The document's own numbering scheme when it differs from the profile's (danh_so).</summary>
    public IReadOnlyList<string>? Numbering { get; init; }

    /// <summary>YAML key → why the value is a guess (written as a comment above the key).</summary>
    public IReadOnlyDictionary<string, string> Unsure { get; init; } = new Dictionary<string, string>();
}

/// <summary>Mở đầu in the plan file's parts: "{thuc_hien}{phan_cach} {chu_the} xây dựng {xay_dung} như sau:".</summary>
public sealed record ImportedOpening(IReadOnlyList<string> Citations, string Separator, string Actor, string Builds);

/// <summary>What happened on the way in, for the user: each line names where in the input.</summary>
public sealed record ImportReport
{
    /// <summary>What the reader converted (legacy encodings, NFD).</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];

    /// <summary>What the import corrected: numbering, punctuation forms the profile prints its own way.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>Input paragraphs that landed nowhere in the plan ("paragraph 57: '…' not placed").</summary>
    public IReadOnlyList<string> NotPlaced { get; init; } = [];

    /// <summary>Values the import could not find and filled with a guess (also commented in the YAML).</summary>
    public IReadOnlyList<string> Guesses { get; init; } = [];
}
