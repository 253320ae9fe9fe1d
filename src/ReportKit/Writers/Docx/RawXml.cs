using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace ReportKit.Writers.Docx;

/// <summary>
/// An element of the body already written as XML (<see cref="WordXml"/>), carried in the SDK's
/// tree so the rest of the writer need not know. Its text is exactly what the SDK writes for the
/// same element inside a document whose root declares <c>w:</c>, so <see cref="PartXml"/> copies
/// it and the SDK's own serialisation (OuterXml, kept for tests) writes it raw.
/// </summary>
/// <remarks>
/// A large annex table stays in its builder's chunks (each under the large-object heap's
/// threshold) until it is copied into the document's: as one string it cost a large-object
/// allocation, and the full collections those bring, for every plan.
/// </remarks>
sealed class RawXml : OpenXmlLeafElement
{
    readonly string _localName;
    readonly string? _text;
    readonly StringBuilder? _chunks;

    public RawXml(string localName, string xml) { _localName = localName; _text = xml; }

    public RawXml(string localName, StringBuilder xml) { _localName = localName; _chunks = xml; }

    /// <summary>The element's XML as one string (tests; the writer uses <see cref="AppendTo"/>).</summary>
    public string Xml => _text ?? _chunks!.ToString();

    public void AppendTo(StringBuilder sb)
    {
        if (_text is not null) sb.Append(_text);
        else sb.Append(_chunks);
    }

    public override string LocalName => _localName;

    public override void WriteTo(XmlWriter xmlWriter)
    {
        if (_text is not null) xmlWriter.WriteRaw(_text);
        else foreach (var chunk in _chunks!.GetChunks()) xmlWriter.WriteRaw(chunk.ToString());
    }

    public override OpenXmlElement CloneNode(bool deep) => _text is not null ? new RawXml(_localName, _text) : new RawXml(_localName, new StringBuilder().Append(_chunks));
}
