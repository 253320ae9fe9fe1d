using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportKit.Tests.Layout;

/// <summary>One line of a PDF page as pdftotext -bbox-layout reads it: its words and its box, in points from the top left.</summary>
public sealed record PdfLine(int Page, IReadOnlyList<string> Words, double XMin, double YMin, double XMax, double YMax)
{
    public string Text => string.Join(' ', Words);
    public override string ToString() => $"p{Page} [{XMin:0},{YMin:0}–{XMax:0},{YMax:0}] {Text}";
}

public sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfLine> Lines)
{
    public bool Landscape => Width > Height;

    /// <summary>Lines of the text area, without the page number in the top margin.</summary>
    public IEnumerable<PdfLine> Body => Lines.Where(l => l.YMin > TopMarginPt - 2);

    /// <summary>A4 margins of the bundled profiles: 20 mm at the top; 20 mm (portrait) or 15 mm (landscape annex) at the bottom.</summary>
    public const double TopMarginPt = 20 * 72 / 25.4;
    public double BottomMarginPt => (Landscape ? 15 : 20) * 72 / 25.4;

    /// <summary>How much of the text area's height the text reaches down to, 0–1.</summary>
    public double Fullness => Body.Any() ? (Body.Max(l => l.YMax) - TopMarginPt) / (Height - TopMarginPt - BottomMarginPt) : 0;
}

/// <summary>
/// A PDF's pages as lines with positions, read with poppler's pdftotext -bbox-layout (installed with
/// the PDF tests' other tools), so layout tests can assert where things landed: which page, which
/// line, how full a page is.
/// </summary>
public static class PdfPages
{
    public static IReadOnlyList<PdfPage> Read(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in new[] { "-bbox-layout", "-enc", "UTF-8", pdf, "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return Parse(output.Result);
    }

    static IReadOnlyList<PdfPage> Parse(string xhtml)
    {
        var pages = new List<PdfPage>();
        using var reader = XmlReader.Create(new StringReader(xhtml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        double width = 0, height = 0;
        List<PdfLine>? lines = null;
        List<string>? words = null;
        (double X0, double Y0, double X1, double Y1) box = default;
        // ReadElementContentAsString leaves the reader on the node after the word: look at that node before reading on.
        var onNext = false;
        while (onNext || reader.Read())
        {
            onNext = false;
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "page":
                        width = D(reader, "width");
                        height = D(reader, "height");
                        lines = [];
                        break;
                    case "line":
                        words = [];
                        box = (D(reader, "xMin"), D(reader, "yMin"), D(reader, "xMax"), D(reader, "yMax"));
                        break;
                    case "word":
                        words?.Add(reader.ReadElementContentAsString().Normalize(NormalizationForm.FormC));
                        onNext = true;
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "line" && words is not null && lines is not null)
                    lines.Add(new PdfLine(pages.Count + 1, words, box.X0, box.Y0, box.X1, box.Y1));
                else if (reader.LocalName == "page" && lines is not null)
                    pages.Add(new PdfPage(pages.Count + 1, width, height, lines.OrderBy(l => Math.Round(l.YMin)).ThenBy(l => l.XMin).ToList()));
            }
        }
        return pages;
    }

    static double D(XmlReader r, string attribute) => double.Parse(r.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
