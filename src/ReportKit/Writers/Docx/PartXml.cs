using System.Text;
using DocumentFormat.OpenXml;

namespace ReportKit.Writers.Docx;

/// <summary>
/// Serialises an OpenXML SDK element tree to the exact text <see cref="OpenXmlElement.OuterXml"/>
/// gives (the SDK's XmlTextWriter: <c>&lt;w:b /&gt;</c>, a prefix declared where it is first
/// used, the same escaping), without going through XmlWriter: in a national batch the SDK's
/// serialisation was the largest single cost of a DOCX. Trees or text this writer is not sure
/// to reproduce byte for byte (characters XML escapes specially, elements the SDK does not know,
/// markup-compatibility attributes) go to <see cref="OpenXmlElement.OuterXml"/> as before.
/// </summary>
static class PartXml
{
    /// <summary>Tests set this: every part is also serialised by the SDK, and a difference throws.</summary>
    internal static bool CompareWithSdk { get; set; }

    public static string Write(OpenXmlElement root)
    {
        var sb = new StringBuilder(16 * 1024);
        Write(root, sb);
        return sb.ToString();
    }

    /// <summary>Appends the element's XML to <paramref name="sb"/> (a large part stays in the builder's chunks, never one large string).</summary>
    public static void Write(OpenXmlElement root, StringBuilder sb)
    {
        var start = sb.Length;
        var scope = new List<(string Prefix, string Uri)>(4);
        if (!TryWrite(root, sb, scope))
        {
            sb.Length = start;
            sb.Append(root.OuterXml);
        }
        if (CompareWithSdk && sb.ToString(start, sb.Length - start) != root.OuterXml)
            throw new InvalidOperationException($"PartXml differs from the SDK's OuterXml for <{root.LocalName}>");
    }

    const string WordprocessingMl = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// Appends an element of a document's body as the SDK writes it inside that document (whose
    /// root declares <c>w:</c>), for <see cref="RawXml"/> pieces.
    /// </summary>
    public static void WriteInDocument(OpenXmlElement element, StringBuilder sb)
    {
        var start = sb.Length;
        if (!TryWrite(element, sb, [("w", WordprocessingMl)]))
            throw new InvalidOperationException($"PartXml cannot write <{element.LocalName}> on its own");
        if (CompareWithSdk)
        {
            var alone = sb.ToString(start, sb.Length - start);
            var inDocument = new DocumentFormat.OpenXml.Wordprocessing.Body(element.CloneNode(true)).OuterXml;
            if ("<w:body xmlns:w=\"" + WordprocessingMl + "\">" + alone + "</w:body>" != inDocument)
                throw new InvalidOperationException($"PartXml differs from the SDK's OuterXml for <{element.LocalName}> in a document");
        }
    }

    /// <summary>A known element's name is its type's: asking the SDK element by element (through its feature collection) cost more than writing.</summary>
    sealed record ElementName(string Prefix, string LocalName, string NamespaceUri);

    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ElementName> Names = new();

    static ElementName NameOf(OpenXmlElement e) =>
        Names.TryGetValue(e.GetType(), out var n) ? n : Names.GetOrAdd(e.GetType(), _ => new ElementName(e.Prefix, e.LocalName, e.NamespaceUri));

    static bool TryWrite(OpenXmlElement e, StringBuilder sb, List<(string Prefix, string Uri)> scope)
    {
        if (e is RawXml raw)
        {
            raw.AppendTo(sb);
            return true;
        }
        if (e is OpenXmlUnknownElement or OpenXmlMiscNode || e.MCAttributes is not null || e.ExtendedAttributes.Any()) return false;
        var name = NameOf(e);
        var depth = scope.Count;
        sb.Append('<');
        Name(sb, name.Prefix, name.LocalName);
        foreach (var (prefix, uri) in e.NamespaceDeclarations)
        {
            sb.Append(" xmlns:").Append(prefix).Append("=\"");
            if (!Escape(sb, uri, attribute: true)) return false;
            sb.Append('"');
            scope.Add((prefix, uri));
        }
        if (name.Prefix.Length > 0) Declare(sb, name.Prefix, name.NamespaceUri, scope);
        List<(string Prefix, string Uri)>? late = null;
        // GetAttributes alone: asking HasAttributes first walked the element's attribute slots twice.
        var attributes = e.GetAttributes();
        for (var i = 0; i < attributes.Count; i++)
        {
            var a = attributes[i];
            sb.Append(' ');
            Name(sb, a.Prefix, a.LocalName);
            sb.Append("=\"");
            if (!Escape(sb, a.Value ?? "", attribute: true)) return false;
            sb.Append('"');
            // An attribute's prefix not yet in scope is declared after the attributes, as XmlTextWriter does.
            if (a.Prefix.Length > 0 && a.Prefix != "xml" && !InScope(scope, a.Prefix, a.NamespaceUri) && !(late?.Contains((a.Prefix, a.NamespaceUri)) ?? false))
                (late ??= []).Add((a.Prefix, a.NamespaceUri));
        }
        if (late is not null)
            foreach (var (prefix, uri) in late)
            {
                sb.Append(" xmlns:").Append(prefix).Append("=\"").Append(uri).Append('"');
                scope.Add((prefix, uri));
            }
        if (e is OpenXmlLeafTextElement leaf)
        {
            var text = leaf.Text;
            if (string.IsNullOrEmpty(text)) sb.Append(" />");
            else
            {
                sb.Append('>');
                if (!Escape(sb, text, attribute: false)) return false;
                End(sb, name);
            }
        }
        else if (e.HasChildren)
        {
            sb.Append('>');
            for (var child = e.FirstChild; child is not null; child = child.NextSibling())
                if (!TryWrite(child, sb, scope)) return false;
            End(sb, name);
        }
        else sb.Append(" />");
        scope.RemoveRange(depth, scope.Count - depth);
        return true;
    }

    static void Declare(StringBuilder sb, string prefix, string uri, List<(string Prefix, string Uri)> scope)
    {
        if (InScope(scope, prefix, uri)) return;
        sb.Append(" xmlns:").Append(prefix).Append("=\"").Append(uri).Append('"');
        scope.Add((prefix, uri));
    }

    static bool InScope(List<(string Prefix, string Uri)> scope, string prefix, string uri)
    {
        for (var i = scope.Count - 1; i >= 0; i--)
            if (scope[i].Prefix == prefix) return scope[i].Uri == uri;
        return false;
    }

    static void Name(StringBuilder sb, string prefix, string localName)
    {
        if (prefix.Length > 0) sb.Append(prefix).Append(':');
        sb.Append(localName);
    }

    static void End(StringBuilder sb, ElementName name)
    {
        sb.Append("</");
        Name(sb, name.Prefix, name.LocalName);
        sb.Append('>');
    }

    /// <summary>Escapes as XmlTextWriter does for the characters met in documents; false for any it might treat otherwise.</summary>
    static bool Escape(StringBuilder sb, string text, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? entity;
            switch (c)
            {
                case '<': entity = "&lt;"; break;
                case '>': entity = "&gt;"; break;
                case '&': entity = "&amp;"; break;
                case '"': entity = attribute ? "&quot;" : null; break;
                default:
                    // Control characters, line ends and tabs, lone surrogates and non-characters: the SDK's way.
                    if (c < 0x20 || char.IsSurrogate(c) || c >= 0xFFFE) return false;
                    entity = null;
                    break;
            }
            if (entity is null) continue;
            sb.Append(text, start, i - start).Append(entity);
            start = i + 1;
        }
        sb.Append(text, start, text.Length - start);
        return true;
    }
}
