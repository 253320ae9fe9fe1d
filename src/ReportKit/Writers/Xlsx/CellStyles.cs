using System.Globalization;
using System.Text;
using ReportKit.Model;

namespace ReportKit.Writers.Xlsx;

/// <summary>What a cell looks like; equal looks share one cellXfs entry.</summary>
readonly record struct CellStyle(double Size, bool Bold, bool Italic, bool Border, bool Flagged, string? NumberFormat, CellAlign Align);

/// <summary>
/// The workbook's styles part, built from the cell looks the sheets ask for: Times New Roman
/// throughout, thin borders on table cells, Excel's "bad" red for flagged cells, centred and
/// wrapped unless a text cell is flush left.
/// </summary>
sealed class CellStyles
{
    const string Font = "Times New Roman";
    readonly List<CellStyle> _styles = [new(12, false, false, false, false, null, CellAlign.Center)];
    readonly Dictionary<CellStyle, int> _index = [];

    public CellStyles() => _index[_styles[0]] = 0;

    public int Index(CellStyle style)
    {
        if (_index.TryGetValue(style, out var i)) return i;
        _styles.Add(style);
        return _index[style] = _styles.Count - 1;
    }

    public string Xml()
    {
        var formats = _styles.Select(s => s.NumberFormat).OfType<string>().Distinct().ToList();
        var fonts = _styles.Select(s => (s.Size, s.Bold, s.Italic, s.Flagged)).Distinct().ToList();
        var sb = new StringBuilder(ZipParts.XmlDeclaration);
        sb.Append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (formats.Count > 0)
        {
            sb.Append($"<numFmts count=\"{formats.Count}\">");
            for (var i = 0; i < formats.Count; i++) sb.Append($"<numFmt numFmtId=\"{164 + i}\" formatCode=\"{ZipParts.Escape(formats[i])}\"/>");
            sb.Append("</numFmts>");
        }
        sb.Append($"<fonts count=\"{fonts.Count}\">");
        foreach (var f in fonts)
        {
            sb.Append("<font>");
            if (f.Bold) sb.Append("<b/>");
            if (f.Italic) sb.Append("<i/>");
            sb.Append($"<sz val=\"{f.Size.ToString(CultureInfo.InvariantCulture)}\"/>");
            sb.Append(f.Flagged ? "<color rgb=\"FF9C0006\"/>" : "<color rgb=\"FF000000\"/>");
            sb.Append($"<name val=\"{Font}\"/><family val=\"1\"/></font>");
        }
        sb.Append("</fonts>");
        sb.Append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        sb.Append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>");
        sb.Append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>");
        sb.Append("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right><top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>");
        sb.Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        sb.Append($"<cellXfs count=\"{_styles.Count}\">");
        foreach (var s in _styles)
        {
            var numFmt = s.NumberFormat is { } nf ? 164 + formats.IndexOf(nf) : 0;
            var font = fonts.IndexOf((s.Size, s.Bold, s.Italic, s.Flagged));
            sb.Append($"<xf numFmtId=\"{numFmt}\" fontId=\"{font}\" fillId=\"{(s.Flagged ? 2 : 0)}\" borderId=\"{(s.Border ? 1 : 0)}\" xfId=\"0\"");
            if (numFmt != 0) sb.Append(" applyNumberFormat=\"1\"");
            sb.Append(" applyFont=\"1\"");
            if (s.Flagged) sb.Append(" applyFill=\"1\"");
            if (s.Border) sb.Append(" applyBorder=\"1\"");
            sb.Append($" applyAlignment=\"1\"><alignment horizontal=\"{Horizontal(s.Align)}\" vertical=\"center\" wrapText=\"1\"/></xf>");
        }
        sb.Append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        return sb.Append("</styleSheet>").ToString();
    }

    static string Horizontal(CellAlign a) => a switch
    {
        CellAlign.Left => "left",
        CellAlign.Right => "right",
        CellAlign.Justify => "justify",
        _ => "center",
    };
}
