using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportKit.Tests.Robustness;

/// <summary>
/// Lays out a corpus case in a scratch folder: copies its files, packs <c>*.xlsx.d</c> folders into
/// workbooks, re-encodes files, builds the big and bomb inputs that are never committed, and
/// arranges the earlier state (outputs to keep, read-only files, symlinks).
/// </summary>
public static class CorpusInputs
{
    static CorpusInputs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The valid plan most cases vary (the same as tests' Plans.Minimal).</summary>
    public static string MinimalPlan => Support.Plans.Minimal + "\n";

    public static void Prepare(CorpusCase c, string work, string outside)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(c.Folder))
        {
            var name = Path.GetFileName(entry);
            if (name == "case.txt") continue;
            if (name == "outside") CopyTree(entry, outside);
            else if (Directory.Exists(entry) && name.EndsWith(".d", StringComparison.Ordinal)) PackWorkbook(entry, Path.Combine(work, name[..^2]));
            else if (Directory.Exists(entry)) CopyTree(entry, Path.Combine(work, name));
            else File.Copy(entry, Path.Combine(work, name));
        }
        foreach (var line in c.Encode)
        {
            var (file, encoding) = Split2(line);
            var path = Path.Combine(work, file);
            File.WriteAllBytes(path, EncodeAs(File.ReadAllText(path), encoding));
        }
        foreach (var line in c.Generate) Generate(line, work);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void Arrange(CorpusCase c, string work)
    {
        foreach (var line in c.Setup)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var path = parts.Length > 1 ? Path.Combine(work, parts[1]) : "";
            switch (parts[0])
            {
                case "earlier":
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, $"an earlier output ({parts[1]}) that a failed run must leave exactly as it is\n");
                    break;
                case "readonly":
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                    break;
                case "dir":
                    Directory.CreateDirectory(path);
                    File.WriteAllText(Path.Combine(path, "ghi-chu.txt"), "a folder where an output file would go\n");
                    break;
                case "symlink":
                    File.CreateSymbolicLink(path, parts[2]);
                    break;
                case "file-size-limit":
                    break; // applied when the command runs
                default:
                    throw new FormatException($"{c.Name}: unknown setup '{parts[0]}'");
            }
        }
    }

    /// <summary>The KiB limit of "setup: file-size-limit N", if any: every file the run writes is capped, as on a full disk.</summary>
    public static int? FileSizeLimit(CorpusCase c) =>
        c.Setup.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p[0] == "file-size-limit").Select(p => (int?)int.Parse(p[1])).FirstOrDefault();

    static (string, string) Split2(string line)
    {
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1].Trim());
    }

    static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
    }

    // ---- workbooks from text parts ----

    static string BaseWorkbook => Path.Combine(CorpusCase.Root, "_workbook");

    /// <summary>Zips the base workbook's parts with the case's parts laid over them, in a fixed order.</summary>
    public static void PackWorkbook(string overlay, string target)
    {
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(BaseWorkbook, "*", SearchOption.AllDirectories))
            parts[Path.GetRelativePath(BaseWorkbook, f).Replace('\\', '/')] = File.ReadAllBytes(f);
        foreach (var f in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(overlay, f).Replace('\\', '/');
            if (rel.EndsWith(".delete", StringComparison.Ordinal)) parts.Remove(rel[..^".delete".Length]);
            else parts[rel] = File.ReadAllBytes(f);
        }
        using var zip = ZipFile.Open(target, ZipArchiveMode.Create);
        // [Content_Types].xml first, as Office writes it.
        foreach (var (name, bytes) in parts.OrderBy(p => p.Key == "[Content_Types].xml" ? 0 : 1))
        {
            using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            s.Write(bytes);
        }
    }

    // ---- encodings ----

    public static byte[] EncodeAs(string text, string encoding) => encoding switch
    {
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        // The committed file holds the legacy bytes as Latin-1 characters ("Céng hoµ"): written back byte for byte.
        "latin1" => Encoding.Latin1.GetBytes(text),
        "windows-1258" => Windows1258(text),
        _ => throw new FormatException($"unknown encoding '{encoding}'"),
    };

    /// <summary>Vietnamese in Windows-1258: letters with a shape (â ê ô ơ ư ă) precomposed, tones as combining marks.</summary>
    static byte[] Windows1258(string text)
    {
        var cp = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            // Recompose base + shape mark (circumflex, breve, horn); keep tone marks combining.
            if (sb.Length > 0 && ch is '\u0302' or '\u0306' or '\u031B')
            {
                var composed = (sb[^1].ToString() + ch).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1) { sb[^1] = composed[0]; continue; }
            }
            if (sb.Length > 1 && ch is '\u0302' or '\u0306' or '\u031B' && CharUnicodeInfo.GetUnicodeCategory(sb[^1]) == UnicodeCategory.NonSpacingMark)
            {
                // A tone mark came first (o + dot below + circumflex): put the shape on the base letter.
                var composed = (sb[^2].ToString() + ch).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1) { sb[^2] = composed[0]; continue; }
            }
            sb.Append(ch);
        }
        return cp.GetBytes(sb.ToString());
    }

    // ---- generated inputs ----

    static void Generate(string line, string work)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kind = parts[0];
        var path = Path.Combine(work, parts[1]);
        var args = parts.Skip(2).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        int Arg(string name) => int.Parse(args[name], CultureInfo.InvariantCulture);
        switch (kind)
        {
            case "nested-flow":
                File.WriteAllText(path, MinimalPlan + "bien:\n  sau: " + new string('[', Arg("depth")) + new string(']', Arg("depth")) + "\n");
                break;
            case "nested-seq":
                File.WriteAllText(path, MinimalPlan + "bien:\n  sau:\n    " + string.Concat(Enumerable.Repeat("- ", Arg("depth"))) + "x\n");
                break;
            case "nested-block":
            {
                var sb = new StringBuilder(MinimalPlan).Append("bien:\n");
                for (var i = 0; i < Arg("depth"); i++) sb.Append(' ', 2 + i).Append("m:\n");
                sb.Append(' ', 2 + Arg("depth")).Append("x: 1\n");
                File.WriteAllText(path, sb.ToString());
                break;
            }
            case "nested-units":
            {
                var sb = new StringBuilder("don_vi:\n  - ma: X01\n    ten: Xã Một\n    bien:\n      sau: ");
                sb.Append('{', Arg("depth")).Append('}', Arg("depth")).Append('\n');
                File.WriteAllText(path, sb.ToString());
                break;
            }
            case "alias-bomb":
            {
                // "Billion laughs": each level lists the previous one ten times.
                var sb = new StringBuilder(MinimalPlan).Append("bien:\n  l0: &l0 [cuoi, cuoi, cuoi, cuoi, cuoi, cuoi, cuoi, cuoi, cuoi, cuoi]\n");
                for (var i = 1; i <= Arg("levels"); i++)
                    sb.Append($"  l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
                File.WriteAllText(path, sb.ToString());
                break;
            }
            case "big-file":
            {
                using var w = new StreamWriter(path, false, new UTF8Encoding(false));
                w.Write(MinimalPlan);
                var comment = "# " + new string('x', 1000);
                for (var i = 0; i < Arg("mb") * 1024; i++) w.WriteLine(comment);
                break;
            }
            case "many-sections":
            {
                var body = string.Concat(Enumerable.Range(1, Arg("count")).Select(i => $"  # Mục {i}\n  - Nội dung.\n"));
                File.WriteAllText(path, ReplaceBody(MinimalPlan, body));
                break;
            }
            case "deep-quotes":
                File.WriteAllText(path, ReplaceBody(MinimalPlan, "  # Mục\n  " + new string('>', Arg("depth")) + " trích dẫn\n"));
                break;
            case "deep-lists":
            {
                var body = new StringBuilder("  # Mục\n");
                for (var i = 0; i < Arg("depth"); i++) body.Append(' ', 2 + 2 * i).Append("- mục con\n");
                File.WriteAllText(path, ReplaceBody(MinimalPlan, body.ToString()));
                break;
            }
            case "deep-emphasis":
                File.WriteAllText(path, ReplaceBody(MinimalPlan, "  # Mục\n  " + string.Concat(Enumerable.Repeat("*a **b ", Arg("depth"))) + "\n"));
                break;
            case "repeat-in-paragraph":
                // One paragraph of many pieces: a text repeated, e.g. "[a](b " (links never closed).
                File.WriteAllText(path, ReplaceBody(MinimalPlan, "  # Mục\n  " + string.Concat(Enumerable.Repeat(args["text"].Replace('_', ' '), Arg("times"))) + "\n"));
                break;
            case "repeat-lines":
                File.WriteAllText(path, ReplaceBody(MinimalPlan, "  # Mục\n" + string.Concat(Enumerable.Repeat("  " + args["line"].Replace('_', ' ') + "\n", Arg("times")))));
                break;
            case "repeat-in-field":
            {
                // A one-line field (an organ's name, the trích yếu) made of a text repeated many times.
                var key = args["key"] + ": ";
                var lines = MinimalPlan.Split('\n');
                var i = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key, StringComparison.Ordinal));
                lines[i] = lines[i][..(lines[i].IndexOf(key, StringComparison.Ordinal) + key.Length)] + string.Concat(Enumerable.Repeat(args["text"].Replace('_', ' '), Arg("times"))).Trim();
                File.WriteAllText(path, string.Join('\n', lines));
                break;
            }
            case "long-line":
                File.WriteAllText(path, MinimalPlan.Replace("trich_yeu: Thực hiện công tác Hội năm 2021", "trich_yeu: " + string.Concat(Enumerable.Repeat("Thực hiện công tác Hội ", Arg("words")))));
                break;
            case "targets-rows":
                WriteTargetsWorkbook(path, Arg("units"), Arg("columns"), args.TryGetValue("value", out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : 1);
                break;
            case "units-rows":
                WriteUnitsWorkbook(path, Arg("rows"));
                break;
            case "zip-bomb":
                WriteBomb(path, args["part"], Arg("mb"), lie: false);
                break;
            case "zip-lying":
                WriteBomb(path, args["part"], Arg("mb"), lie: true);
                break;
            case "random-bytes":
            {
                var bytes = new byte[Arg("size")];
                new Random(Arg("seed")).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            }
            case "truncate":
            {
                // A committed or packed file cut short, as a failed copy or download leaves it.
                var bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..Math.Min(bytes.Length, Arg("bytes"))]);
                break;
            }
            case "break-byte":
            {
                // Replace the character at line:column with a lone UTF-8 continuation byte (0x80).
                var text = File.ReadAllText(path);
                var lines = text.Split('\n');
                var before = string.Join('\n', lines.Take(Arg("line") - 1)) + "\n" + lines[Arg("line") - 1][..(Arg("column") - 1)];
                var prefix = Encoding.UTF8.GetBytes(before);
                var rest = Encoding.UTF8.GetBytes(text[(before.Length + 1)..]);
                File.WriteAllBytes(path, [.. prefix, 0x80, .. rest]);
                break;
            }
            case "copy-example":
                File.Copy(Path.Combine(Support.Repo.Examples, args["from"]), path, overwrite: true);
                break;
            default:
                throw new FormatException($"unknown generator '{kind}'");
        }
    }

    static string ReplaceBody(string plan, string body)
    {
        var start = plan.IndexOf("noi_dung: |\n", StringComparison.Ordinal) + "noi_dung: |\n".Length;
        var end = plan.IndexOf("noi_nhan:", StringComparison.Ordinal);
        return plan[..start] + body + plan[end..];
    }

    /// <summary>A targets workbook with one target and <paramref name="units"/> units, each allocated <paramref name="allocation"/> in phan_bo; <paramref name="columns"/> extra note columns per unit row.</summary>
    static void WriteTargetsWorkbook(string path, int units, int columns, int allocation)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteSkeleton(zip, ["chi_tieu", "don_vi", "phan_bo"]);
        WriteSheet(zip, 1, w =>
        {
            Row(w, 1, ["ma", "noi_dung", "don_vi_tinh", "chi_tieu"]);
            Row(w, 2, ["hoi_vien", "Hội viên mới", "người", units * Math.Abs(allocation)]);
        });
        WriteSheet(zip, 2, w =>
        {
            Row(w, 1, ["ma", "ten", .. Enumerable.Range(1, columns).Select(i => (object)$"ghi_chu_{i}")]);
            for (var i = 1; i <= units; i++) Row(w, i + 1, [$"X{i:D6}", $"Xã số {i}", .. Enumerable.Range(1, columns).Select(_ => (object)"x")]);
        });
        WriteSheet(zip, 3, w =>
        {
            Row(w, 1, ["ma_don_vi", "hoi_vien"]);
            for (var i = 1; i <= units; i++) Row(w, i + 1, [$"X{i:D6}", allocation]);
        });
    }

    static void WriteUnitsWorkbook(string path, int rows)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteSkeleton(zip, ["don_vi"]);
        WriteSheet(zip, 1, w =>
        {
            Row(w, 1, ["ma", "ten", "cap", "ho_ten"]);
            for (var i = 1; i <= rows; i++) Row(w, i + 1, [$"X{i:D6}", $"Xã số {i}", "xã", $"Nguyễn Thị {i}"]);
        });
    }

    /// <summary>A small valid workbook whose <paramref name="part"/> inflates to <paramref name="mb"/> MB of blanks; with <paramref name="lie"/> its zip directory claims a few bytes.</summary>
    static void WriteBomb(string path, string part, int mb, bool lie)
    {
        PackWorkbook(Path.Combine(CorpusCase.Root, "_workbook"), path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(part)?.Delete();
            using var s = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            s.Write(head);
            var blanks = new byte[1 << 20];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < mb; i++) s.Write(blanks);
            s.Write("</sst>"u8);
        }
        if (!lie) return;
        // Rewrite the uncompressed size of that entry in both headers to 1,000 bytes.
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var sig = BitConverter.ToUInt32(bytes, i);
            if (sig == 0x04034b50 && Matches(bytes, i + 30, name, BitConverter.ToUInt16(bytes, i + 26))) BitConverter.GetBytes(1000u).CopyTo(bytes, i + 22);
            if (sig == 0x02014b50 && Matches(bytes, i + 46, name, BitConverter.ToUInt16(bytes, i + 28))) BitConverter.GetBytes(1000u).CopyTo(bytes, i + 24);
        }
        File.WriteAllBytes(path, bytes);
    }

    static bool Matches(byte[] bytes, int at, byte[] name, int length) =>
        length == name.Length && at + length <= bytes.Length && bytes.AsSpan(at, length).SequenceEqual(name);

    const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static void WriteSkeleton(ZipArchive zip, string[] sheets)
    {
        Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
        Entry(zip, "_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>"
            + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
        Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) + "</Relationships>");
    }

    static void Entry(ZipArchive zip, string name, string xml)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(Encoding.UTF8.GetBytes(xml));
    }

    static void WriteSheet(ZipArchive zip, int index, Action<StreamWriter> rows)
    {
        using var s = zip.CreateEntry($"xl/worksheets/sheet{index}.xml", CompressionLevel.Fastest).Open();
        using var w = new StreamWriter(s, new UTF8Encoding(false));
        w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
        rows(w);
        w.Write("</sheetData></worksheet>");
    }

    static string Address(int row, int col)
    {
        var letters = "";
        for (var c = col; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row;
    }

    static void Row(StreamWriter w, int row, object[] cells)
    {
        w.Write($"<row r=\"{row}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            var address = Address(row, i + 1);
            if (cells[i] is int n) w.Write($"<c r=\"{address}\"><v>{n}</v></c>");
            else w.Write($"<c r=\"{address}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape((string)cells[i])}</t></is></c>");
        }
        w.Write("</row>");
    }
}
