using DocumentFormat.OpenXml;

namespace ReportKit.Writers.Docx;

/// <summary>
/// The package plumbing of a DOCX: content types and relationships with fixed ids (rId1 styles,
/// rId2 settings, rId3 footnotes, rId4 the page-number header, rId5 the empty first-page header;
/// the section properties refer to rId4 and rId5).
/// </summary>
static class DocxParts
{
    const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    // Seen by the NativeAOT compiler, never called: see OpenXmlEnums.
    internal static readonly Func<Array[]> SdkEnums = OpenXmlEnums.All;

    // Parts that depend on the profile alone (styles) or on nothing (headers, settings) are
    // serialised once: a batch renders thousands of plans with one profile.
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Profiles.FormatProfile, string> StylesByProfile = new();
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FixedParts = new(StringComparer.Ordinal);

    /// <summary>word/styles.xml for <paramref name="profile"/>, built and serialised the first time it is asked for.</summary>
    public static string Styles(Profiles.FormatProfile profile) => StylesByProfile.GetValue(profile, p => Xml(StyleSheet.Build(p)));

    /// <summary>A part that is the same in every document, built and serialised once.</summary>
    public static string Fixed(string part, Func<OpenXmlElement> build) => FixedParts.GetOrAdd(part, _ => Xml(build()));

    /// <summary>Writes a part that is different in every document (the body, the footnotes) straight into the package.</summary>
    public static void Add(ZipParts zip, string name, OpenXmlElement root)
    {
        var sb = new System.Text.StringBuilder(ZipParts.XmlDeclaration, 16 * 1024);
        PartXml.Write(root, sb);
        zip.Add(name, sb);
    }

    public static string Xml(OpenXmlElement root) => ZipParts.XmlDeclaration + PartXml.Write(root);

    public static string ContentTypes(bool footnotes) =>
        ZipParts.XmlDeclaration +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"/word/document.xml\" ContentType=\"{Wml}document.main+xml\"/>" +
        $"<Override PartName=\"/word/styles.xml\" ContentType=\"{Wml}styles+xml\"/>" +
        $"<Override PartName=\"/word/settings.xml\" ContentType=\"{Wml}settings+xml\"/>" +
        (footnotes ? $"<Override PartName=\"/word/footnotes.xml\" ContentType=\"{Wml}footnotes+xml\"/>" : "") +
        $"<Override PartName=\"/word/header1.xml\" ContentType=\"{Wml}header+xml\"/>" +
        $"<Override PartName=\"/word/header2.xml\" ContentType=\"{Wml}header+xml\"/>" +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "</Types>";

    public static readonly string PackageRelationships =
        ZipParts.XmlDeclaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        $"<Relationship Id=\"rId1\" Type=\"{Rel}officeDocument\" Target=\"word/document.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "</Relationships>";

    public static string DocumentRelationships(bool footnotes) =>
        ZipParts.XmlDeclaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        $"<Relationship Id=\"rId1\" Type=\"{Rel}styles\" Target=\"styles.xml\"/>" +
        $"<Relationship Id=\"rId2\" Type=\"{Rel}settings\" Target=\"settings.xml\"/>" +
        (footnotes ? $"<Relationship Id=\"rId3\" Type=\"{Rel}footnotes\" Target=\"footnotes.xml\"/>" : "") +
        $"<Relationship Id=\"rId4\" Type=\"{Rel}header\" Target=\"header1.xml\"/>" +
        $"<Relationship Id=\"rId5\" Type=\"{Rel}header\" Target=\"header2.xml\"/>" +
        "</Relationships>";
}
