using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ReportKit.Import.Docx;

/// <summary>WordprocessingML names and small readers shared by the DOCX reader's parts.</summary>
static class WordXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    public static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>Strict OOXML (ISO 29500 strict) uses other namespaces; the reader names it instead of reading nothing.</summary>
    public static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    public static XDocument Load(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Safe);
        return XDocument.Load(reader);
    }

    public static string? Val(this XElement? e, string name = "val") => e?.Attribute(W + name)?.Value;

    public static int? Int(this XElement? e, string name = "val") =>
        e?.Attribute(W + name)?.Value is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : e?.Attribute(W + name)?.Value is { } d && double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out var dv) ? (int)Math.Round(dv) : null;

    /// <summary>An on/off property: present without val (or val true/1/on) is on; val false/0/off is off; absent is null.</summary>
    public static bool? OnOff(this XElement? e)
    {
        if (e is null) return null;
        var v = e.Attribute(W + "val")?.Value;
        return v is null || v is "1" or "true" or "on";
    }
}
