using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using ReportKit.Diagnostics;
using ReportKit.Safety;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads .xlsx cells straight from the package (a zip of SpreadsheetML parts), streaming, with
/// every limit checked as it goes: the zip's directory before anything is unpacked (part count,
/// unpacked sizes, compression ratio), each part's real unpacked size while it is read, and the
/// rows, columns and cells that hold values. Only cells with a value are kept, so a sheet
/// formatted to XFD1048576 costs nothing. Cached results are read, never formulas; a formula
/// Excel never calculated is a cell problem. Every damage is reported with the part, and the
/// sheet and cell it was met at.
/// </summary>
static class XlsxGridReader
{
    const string OfficeDocument = "/officeDocument";

    public static IReadOnlyList<SheetGrid> Read(string path, Stream stream, Func<string, bool> wanted, DiagnosticBag bag, Limits limits)
    {
        using var package = ZipParts.Open(path, stream, limits);
        var workbookPart = WorkbookPart(package);
        if (workbookPart is null)
            throw Damaged(path, LoadMessages.XlsxNoWorkbookPart);
        var relsPart = RelsPathOf(workbookPart);
        if (!package.Has(relsPart))
            throw Damaged(path, UiLanguage.Format(LoadMessages.XlsxRelationshipsMissing, relsPart));
        var rels = ReadRelationships(package, relsPart);
        var sheets = ReadSheetList(package, workbookPart);
        var baseDir = workbookPart.Contains('/') ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : "";
        string? Target(string typeSuffix) => rels.Values.Where(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)).Select(r => Resolve(baseDir, r.Target)).FirstOrDefault();

        var strings = Target("/sharedStrings") is { } sst && package.Has(sst) ? ReadSharedStrings(package, sst) : [];
        var styles = Target("/styles") is { } sty && package.Has(sty) ? ReadStyles(package, sty) : Styles.None;
        var cells = new CellBudget(limits);
        var result = new List<SheetGrid>();
        foreach (var (name, id) in sheets)
        {
            if (!wanted(name)) { result.Add(new SheetGrid(name, new Dictionary<(int, int), GridCell>())); continue; }
            if (!rels.TryGetValue(id, out var rel))
                throw Damaged(path, UiLanguage.Format(LoadMessages.XlsxSheetRelationshipMissing, name, id, relsPart));
            var part = Resolve(baseDir, rel.Target);
            if (!package.Has(part))
                throw Damaged(path, UiLanguage.Format(LoadMessages.XlsxSheetPartMissing, name, part));
            result.Add(ReadSheet(package, part, name, strings, styles, cells, bag));
        }
        return result;
    }

    // ---- package structure ----

    static string? WorkbookPart(ZipParts package)
    {
        if (package.Has("_rels/.rels"))
        {
            var rels = ReadRelationships(package, "_rels/.rels");
            var main = rels.Values.FirstOrDefault(r => r.Type.EndsWith(OfficeDocument, StringComparison.Ordinal));
            if (main is not null && package.Has(Resolve("", main.Target))) return Resolve("", main.Target);
        }
        // Without package relationships the workbook is where every producer puts it.
        return package.Has("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    static string RelsPathOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }

    /// <summary>A relationship target against the folder of its source part: "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../x.xml".</summary>
    static string Resolve(string baseDir, string target)
    {
        var full = target.StartsWith('/') ? target[1..] : baseDir + target;
        var parts = new List<string>();
        foreach (var p in full.Replace('\\', '/').Split('/'))
        {
            if (p is "" or ".") continue;
            if (p == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(p);
        }
        return Uri.UnescapeDataString(string.Join('/', parts));
    }

    sealed record Relationship(string Type, string Target);

    static Dictionary<string, Relationship> ReadRelationships(ZipParts package, string part)
    {
        var result = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        package.ReadXml(part, null, x =>
        {
            while (x.Read())
            {
                if (x.NodeType != XmlNodeType.Element || x.LocalName != "Relationship") continue;
                var id = x.GetAttribute("Id");
                var target = x.GetAttribute("Target");
                if (id is null || target is null || x.GetAttribute("TargetMode") == "External") continue;
                result[id] = new Relationship(x.GetAttribute("Type") ?? "", target);
            }
        });
        return result;
    }

    static List<(string Name, string Id)> ReadSheetList(ZipParts package, string part)
    {
        var result = new List<(string, string)>();
        package.ReadXml(part, null, x =>
        {
            while (x.Read())
            {
                if (x.NodeType != XmlNodeType.Element || x.LocalName != "sheet") continue;
                string? id = null;
                for (var i = 0; i < x.AttributeCount; i++)
                {
                    x.MoveToAttribute(i);
                    if (x.LocalName == "id" && x.NamespaceURI.Length > 0) id = x.Value;
                }
                x.MoveToElement();
                var name = x.GetAttribute("name");
                if (name is not null && id is not null) result.Add((VietnameseText.Nfc(name), id));
            }
        });
        return result;
    }

    // ---- shared strings and styles ----

    sealed record SharedString(string Text, string? Font);

    static List<SharedString> ReadSharedStrings(ZipParts package, string part)
    {
        var result = new List<SharedString>();
        package.ReadXml(part, null, x =>
        {
            x.Read();
            while (!x.EOF)
            {
                if (x.NodeType != XmlNodeType.Element || x.LocalName != "si") { x.Read(); continue; }
                string? font = null;
                var text = RichText(x, ref font);
                result.Add(new SharedString(text, font));
            }
        });
        return result;
    }

    /// <summary>Calls <paramref name="child"/> for each child element of the element the reader is on; each call reads past that child. Ends past the element.</summary>
    static void Children(XmlReader x, Action<XmlReader> child)
    {
        if (x.IsEmptyElement) { x.Read(); return; }
        var depth = x.Depth;
        x.Read();
        while (!x.EOF && !(x.NodeType == XmlNodeType.EndElement && x.Depth == depth))
        {
            if (x.NodeType == XmlNodeType.Element) child(x);
            else x.Read();
        }
        x.Read();
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt; element (plain &lt;t&gt; or rich-text runs; phonetic runs skipped), with the first run's font. Reads past the element.</summary>
    static string RichText(XmlReader x, ref string? font)
    {
        var sb = new StringBuilder();
        string? first = null;
        Children(x, c =>
        {
            switch (c.LocalName)
            {
                case "t": sb.Append(c.ReadElementContentAsString()); break;
                case "r":
                    Children(c, run =>
                    {
                        if (run.LocalName == "t") { sb.Append(run.ReadElementContentAsString()); return; }
                        if (run.LocalName != "rPr") { run.Skip(); return; }
                        Children(run, p =>
                        {
                            if (p.LocalName == "rFont") first ??= p.GetAttribute("val");
                            p.Skip();
                        });
                    });
                    break;
                default: c.Skip(); break;
            }
        });
        font ??= first;
        return Unescape(sb.ToString());
    }

    static readonly Regex Escaped = new("_x([0-9A-Fa-f]{4})_", RegexOptions.CultureInvariant);

    /// <summary>SpreadsheetML writes characters XML cannot hold as _xHHHH_ (a tab, a control character): decoded here, so the character check sees them.</summary>
    static string Unescape(string s) => s.Contains("_x", StringComparison.Ordinal)
        ? Escaped.Replace(s, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
        : s;

    sealed record Styles(List<(int NumFmt, int Font)> Xfs, Dictionary<int, string> Formats, List<string?> Fonts)
    {
        public static readonly Styles None = new([], [], []);
    }

    static Styles ReadStyles(ZipParts package, string part)
    {
        var xfs = new List<(int, int)>();
        var formats = new Dictionary<int, string>();
        var fonts = new List<string?>();
        package.ReadXml(part, null, x =>
        {
            var section = "";
            while (x.Read())
            {
                if (x.NodeType != XmlNodeType.Element) continue;
                switch (x.LocalName)
                {
                    case "numFmts" or "fonts" or "cellXfs" or "cellStyleXfs" or "dxfs":
                        section = x.LocalName;
                        break;
                    case "numFmt" when section == "numFmts":
                        if (int.TryParse(x.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id)) formats[id] = x.GetAttribute("formatCode") ?? "";
                        break;
                    case "font" when section == "fonts":
                        fonts.Add(null);
                        break;
                    case "name" when section == "fonts" && fonts.Count > 0:
                        fonts[^1] = x.GetAttribute("val");
                        break;
                    case "xf" when section == "cellXfs":
                        _ = int.TryParse(x.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var numFmt);
                        _ = int.TryParse(x.GetAttribute("fontId"), CultureInfo.InvariantCulture, out var font);
                        xfs.Add((numFmt, font));
                        break;
                }
            }
        });
        return new Styles(xfs, formats, fonts);
    }

    enum Shown { General, Percent, Date }

    static Shown FormatKind(Styles styles, int numFmt)
    {
        if (numFmt is 9 or 10) return Shown.Percent;
        if (numFmt is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58)) return Shown.Date;
        if (!styles.Formats.TryGetValue(numFmt, out var code)) return Shown.General;
        // Quoted text, [colours/locales] and escaped characters say nothing about the kind of value.
        var bare = Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*.", "");
        if (bare.Contains('%')) return Shown.Percent;
        var section = bare.Split(';')[0].ToLowerInvariant();
        return section.Contains('y') || section.Contains('d') ? Shown.Date : Shown.General;
    }

    // ---- sheets ----

    /// <summary>Counts cells with values across the workbook, against the limits.</summary>
    sealed class CellBudget(Limits limits)
    {
        int _count;
        public Limits Limits { get; } = limits;
        public bool Take() => ++_count <= Limits.WorkbookCells;
    }

    static SheetGrid ReadSheet(ZipParts package, string part, string sheet, List<SharedString> strings, Styles styles, CellBudget budget, DiagnosticBag bag)
    {
        var cells = new Dictionary<(int, int), GridCell>();
        var limits = budget.Limits;
        var file = package.File;
        string? at = null; // the last cell read, to say where damaged XML was met
        package.ReadXml(part, () => at is null ? sheet : $"{sheet}!{at}", x =>
        {
            var row = 0;
            var col = 0;
            x.Read();
            while (!x.EOF)
            {
                if (x.NodeType != XmlNodeType.Element || x.LocalName is not ("row" or "c")) { x.Read(); continue; }
                if (x.LocalName == "row")
                {
                    var r = x.GetAttribute("r");
                    row = r is null ? row + 1 : int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1_048_576 ? n : throw BadReference(file, sheet, part, x, LoadMessages.XlsxBadRowNumber, r);
                    col = 0;
                    x.Read();
                    continue;
                }
                var reference = x.GetAttribute("r");
                if (reference is null) { col++; if (row == 0) row = 1; }
                else if (ParseAddress(reference) is { } address) (row, col) = address;
                else throw BadReference(file, sheet, part, x, LoadMessages.XlsxBadCellReference, reference);
                if (col > 16_384) throw BadReference(file, sheet, part, x, LoadMessages.XlsxColumnBeyondSheet, col, row);
                at = SheetGrid.Address(row, col);
                var cell = ReadCell(x, strings, styles);
                if (cell is null || cell.IsEmpty) continue;
                if (row > limits.WorkbookRows)
                    throw new ReportKitException(Diagnostic.CellError(file, sheet, at, UiLanguage.Format(LoadMessages.ValueBelowLastRow, row, limits.Hint("workbook-rows"))));
                if (col > limits.WorkbookColumns)
                    throw new ReportKitException(Diagnostic.CellError(file, sheet, at, UiLanguage.Format(LoadMessages.ValueRightOfLastColumn, SheetGrid.ColumnName(col), limits.Hint("workbook-columns"))));
                if (!budget.Take())
                    throw new ReportKitException(Diagnostic.CellError(file, sheet, at, UiLanguage.Format(LoadMessages.TooManyCells, limits.WorkbookCells, limits.Hint("workbook-cells"))));
                if (!cells.TryAdd((row, col), cell))
                    bag.Add(Diagnostic.CellError(file, sheet, at, UiLanguage.Format(LoadMessages.XlsxCellTwice, at)));
            }
        });
        return new SheetGrid(sheet, cells);
    }

    static ReportKitException BadReference(string file, string sheet, string part, XmlReader x, string message, params object?[] values)
    {
        var (line, column) = Position(x);
        return new ReportKitException(new Diagnostic(Severity.Error, file, null,
            UiLanguage.Format(message, [.. values, part, line, column])) { Cell = sheet });
    }

    static (int Line, int Column) Position(XmlReader x) => x is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>"D7" → (7, 4); null when it is not an address within Excel's grid.</summary>
    static (int Row, int Col)? ParseAddress(string r)
    {
        var i = 0;
        var col = 0;
        while (i < r.Length && r[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
        {
            col = col * 26 + (char.ToUpperInvariant(r[i]) - 'A' + 1);
            if (col > 16_384) return null;
            i++;
        }
        if (col == 0 || i == r.Length || i > 3) return null;
        if (!int.TryParse(r.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row is < 1 or > 1_048_576) return null;
        return (row, col);
    }

    /// <summary>One &lt;c&gt;: its value as Excel shows it, or why it has none; null for a cell with no value. Reads past the cell.</summary>
    static GridCell? ReadCell(XmlReader x, List<SharedString> strings, Styles styles)
    {
        var type = x.GetAttribute("t") ?? "n";
        var style = x.GetAttribute("s");
        string? value = null, formula = null, inline = null, inlineFont = null;
        Children(x, c =>
        {
            switch (c.LocalName)
            {
                case "v": value = c.ReadElementContentAsString(); break;
                case "f": formula = c.ReadElementContentAsString(); break;
                case "is": inline = RichText(c, ref inlineFont); break;
                default: c.Skip(); break;
            }
        });
        (int NumFmt, int Font) xf = (0, 0);
        if (style is not null)
        {
            if (!int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || (styles.Xfs.Count > 0 || s > 0) && s >= styles.Xfs.Count)
                return Problem(UiLanguage.Format(LoadMessages.CellStyleUndefined, style));
            if (s < styles.Xfs.Count) xf = styles.Xfs[s];
        }
        var font = xf.Font >= 0 && xf.Font < styles.Fonts.Count ? styles.Fonts[xf.Font] : null;
        if (value is null && inline is null)
            return formula is null ? null : Problem(UiLanguage.Format(LoadMessages.FormulaNotCalculated, formula));
        switch (type)
        {
            case "s":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    return Problem(UiLanguage.Format(LoadMessages.SharedTextIndexNotANumber, value));
                if (index >= strings.Count)
                    return Problem(UiLanguage.Format(LoadMessages.SharedTextIndexOutOfRange, index, strings.Count));
                return TextCell(strings[index].Text, strings[index].Font ?? font);
            case "inlineStr":
                return TextCell(inline ?? Unescape(value ?? ""), inlineFont ?? font);
            case "str":
                return TextCell(Unescape(value ?? ""), font);
            case "b":
                return value switch { "1" => new GridCell("TRUE", null), "0" => new GridCell("FALSE", null), _ => Problem(UiLanguage.Format(LoadMessages.CellBadBoolean, value)) };
            case "e":
                return Problem(UiLanguage.Format(LoadMessages.CellShowsError, value));
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? new GridCell(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), null, Font: font)
                    : Problem(UiLanguage.Format(LoadMessages.CellBadDate, value));
            case "n":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                    return Problem(UiLanguage.Format(LoadMessages.CellBadNumber, Short(value ?? inline ?? "")));
                return FormatKind(styles, xf.NumFmt) switch
                {
                    Shown.Percent => new GridCell(null, number, PercentFormat: true, Font: font),
                    Shown.Date when number is >= 1 and < 2_958_466 => new GridCell(DateTime.FromOADate(number).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), null, Font: font),
                    _ => new GridCell(null, number, Font: font),
                };
            default:
                return Problem(UiLanguage.Format(LoadMessages.CellUnknownType, type));
        }
    }

    static GridCell TextCell(string text, string? font) =>
        ForbiddenCharacters.First(text) is { } f ? Problem(ForbiddenCharacters.Message(f)) : new GridCell(VietnameseText.Nfc(text), null, Font: font);

    static GridCell Problem(string message) => new(null, null, Problem: message);

    static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;

    static ReportKitException Damaged(string file, string message) => new(new Diagnostic(Severity.Error, file, null, message));
}

/// <summary>
/// The parts of an .xlsx, with the zip's directory checked before anything is unpacked (part
/// count, unpacked sizes, compression ratio: a zip bomb never gets inflated) and each part's
/// real unpacked size counted while it is read, since a crafted directory can understate it.
/// </summary>
sealed class ZipParts : IDisposable
{
    readonly ZipArchive _zip;
    readonly Dictionary<string, ZipArchiveEntry> _entries;
    readonly Limits _limits;

    public string File { get; }

    ZipParts(string file, ZipArchive zip, Limits limits)
    {
        File = file;
        _zip = zip;
        _limits = limits;
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in zip.Entries) _entries.TryAdd(e.FullName.Replace('\\', '/').TrimStart('/'), e);
    }

    public static ZipParts Open(string file, Stream stream, Limits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new ReportKitException(new Diagnostic(Severity.Error, file, null, UiLanguage.Format(LoadMessages.ZipDirectoryUnreadable, ex.Message)));
        }
        if (zip.Entries.Count > limits.ZipEntries)
            throw new ReportKitException(new Diagnostic(Severity.Error, file, null, UiLanguage.Format(LoadMessages.ZipTooManyParts, zip.Entries.Count, limits.Hint("zip-entries"))));
        foreach (var e in zip.Entries)
        {
            if (e.Length > limits.ZipEntrySize)
                throw new ReportKitException(new Diagnostic(Severity.Error, file, null, UiLanguage.Format(LoadMessages.ZipPartTooLarge, e.FullName, Limits.Size(e.Length), limits.Hint("zip-entry-size"))));
            if (e.Length > 1 << 20 && e.Length / Math.Max(1, e.CompressedLength) > limits.ZipRatio)
                throw new ReportKitException(new Diagnostic(Severity.Error, file, null, UiLanguage.Format(LoadMessages.ZipBomb, e.FullName, e.Length / Math.Max(1, e.CompressedLength), limits.Hint("zip-ratio"))));
        }
        return new ZipParts(file, zip, limits);
    }

    public bool Has(string part) => _entries.ContainsKey(part);

    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
        CloseInput = true,
    };

    /// <summary>Reads one XML part; damaged XML or a part that unpacks past its declared size is an error naming the part (and <paramref name="where"/>: a sheet and cell).</summary>
    public void ReadXml(string part, Func<string>? where, Action<XmlReader> read)
    {
        var entry = _entries[part];
        try
        {
            using var stream = new CountingStream(entry.Open(), Math.Min(entry.Length, _limits.ZipEntrySize), part);
            using var x = XmlReader.Create(stream, Settings);
            read(x);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw Located(where, UiLanguage.Format(LoadMessages.XlsxDtd, part));
        }
        catch (XmlException ex)
        {
            throw Located(where, UiLanguage.Format(LoadMessages.XlsxPartMalformedXml, part, ex.LineNumber, ex.LinePosition, ex.Message));
        }
        catch (InvalidDataException ex)
        {
            throw Located(where, UiLanguage.Format(LoadMessages.XlsxPartUnpackFailed, part, ex.Message));
        }
        catch (CountingStream.OverrunException)
        {
            throw Located(where, UiLanguage.Format(LoadMessages.XlsxPartLargerThanDeclared, part));
        }
    }

    ReportKitException Located(Func<string>? where, string message) =>
        new(new Diagnostic(Severity.Error, File, null, message) { Cell = where?.Invoke() });

    public void Dispose() => _zip.Dispose();

    /// <summary>Stops reading at the declared size: a part cannot unpack to more than the directory said.</summary>
    sealed class CountingStream(Stream inner, long limit, string part) : Stream
    {
        public sealed class OverrunException(string part) : IOException(part);

        long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > limit) throw new OverrunException(part);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
