using System.Xml;
using DocumentFormat.OpenXml;

namespace ReportKit.Writers.Docx;

/// <summary>
/// An element of the body already written as XML (<see cref="WordXml"/>), carried in the SDK's
/// tree so the rest of the writer need not know. Its text is exactly what the SDK writes for the
/// same element inside a document whose root declares <c>w:</c>, so <see cref="PartXml"/> copies
/// it and the SDK's own serialisation (OuterXml, kept for tests) writes it raw.
/// </summary>
sealed class RawXml(string localName, string xml) : OpenXmlLeafElement
{
    public string Xml { get; } = xml;

    public override string LocalName => localName;

    public override void WriteTo(XmlWriter xmlWriter) => xmlWriter.WriteRaw(Xml);

    public override OpenXmlElement CloneNode(bool deep) => new RawXml(localName, Xml);
}
