using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportKit.Tests.Support;

/// <summary>
/// The plain text of (part of) a DOCX as a reader gets it: where the writer keeps a line from
/// breaking it writes w:noBreakHyphen and U+00A0, which read back as "-" and " ", so "Covid-19"
/// and "ngày 05/7/2023" come back as typed. Paragraphs are not separated.
/// </summary>
public static class DocxText
{
    public static string Plain(OpenXmlElement root) => string.Concat(root.Descendants().Select(e => e switch
    {
        DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text.Replace('\u00A0', ' '),
        NoBreakHyphen => "-",
        _ => "",
    }));
}
