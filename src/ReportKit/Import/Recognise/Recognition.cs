namespace ReportKit.Import.Recognise;

/// <summary>The element of an administrative document a line of the input is (NĐ 30's ô số, by name).</summary>
internal enum Role
{
    ParentOrgan, IssuingOrgan, UnderIssuer, Motto, UnderMotto, Number, DateLine, Flag,
    DocumentType, Subject, UnderSubject, Basis, Opening, Salutation,
    Heading, Item, Dash, BodyText, BodyTable, Closing,
    RecipientsLabel, Recipient, ArchiveLine, Authority, Position, SignerName, OtherPosition, SignatureNote,
    AnnexLabel, AnnexTitle, AnnexReference, AnnexContent,
}

/// <summary>A line of the input with the element it was recognised as; <see cref="Level"/> for headings and items, <see cref="Index"/> for the n-th motto line.</summary>
internal sealed record RoleLine(DocLine Line, Role Role, int Level = 0, int Index = 0);

/// <summary>
/// What the recogniser found: the plan (as its file's keys), every recognised line with its role
/// (what <c>check</c> holds against the profile), what the import corrected or could not place,
/// and the document type and regime the header names.
/// </summary>
internal sealed record Recognition
{
    public required SourceDocument Source { get; init; }
    public required ImportedPlan Plan { get; init; }
    public required ImportReport Report { get; init; }
    public IReadOnlyList<RoleLine> Lines { get; init; } = [];

    /// <summary>"KẾ HOẠCH", "CÔNG VĂN", "QUYẾT ĐỊNH", ... as the header names it.</summary>
    public string DocumentType { get; init; } = "KẾ HOẠCH";

    /// <summary>The profile the document's own header points to, and why.</summary>
    public string DetectedProfile { get; init; } = "hoi";
    public RegimeEvidence Evidence { get; init; } = new(Recognise.Evidence.Nothing);
    public string ProfileReason => Evidence.ToString();

    /// <summary>Section numbers the source got wrong (two "III.", "2." after "3."): where, as typed, as printed.</summary>
    public IReadOnlyList<NumberingFix> NumberingFixes { get; init; } = [];

    public IEnumerable<RoleLine> Of(Role role) => Lines.Where(l => l.Role == role);
}

/// <summary>A section number the engine prints differently from the source.</summary>
internal sealed record NumberingFix(SourceParagraph At, string Typed, string Printed, string Words);
