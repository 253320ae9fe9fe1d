using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Hashing;
using System.Security;
using System.Text;

namespace ReportKit.Writers;

/// <summary>
/// Writes an OPC package (DOCX, XLSX) part by part straight into a zip, in the order given and
/// stamped 1980-01-01 as Word and Excel do: deterministic by construction, and without
/// System.IO.Packaging's extra pass (which was most of a batch item's cost).
/// <para>
/// The zip container is written here rather than through <see cref="ZipArchive"/>, byte for byte
/// as ZipArchive writes it to a seekable stream (headers, attributes; a test compares the two at
/// ZipArchive's <see cref="CompressionLevel.Optimal"/>), so that a part shared by
/// every package of a batch (styles, settings, headers, relationships) is compressed once and its
/// compressed bytes reused: a national batch writes 3,321 × 17 parts, most of them the same, and
/// starting a deflate stream (zlib clears ~300 KB of tables) cost more than compressing a small part.
/// The bytes do not depend on the output stream either: ZipArchive writes data descriptors when
/// it cannot seek, this writer never needs to.
/// </para>
/// <para>
/// Parts are deflated at zlib level 2 (<see cref="Level"/>), not ZipArchive's Optimal (6): the
/// body of a commune's plan compresses 4× faster and comes out 16 % larger (3.0 → 3.5 KB of a
/// 26 KB document.xml), every package still one 4 KB block or two on disk. At level 6 deflate was
/// the largest single cost of a national batch (a sixth of its CPU time). The XML inside is the
/// same at any level.
/// </para>
/// </summary>
sealed class ZipParts : IDisposable
{
    static readonly UTF8Encoding Utf8 = new(false);

    // What ZipArchive writes on this platform: "version made by" 2.0 on Unix (3) or Windows/DOS (0),
    // and on Unix the external attributes of a regular file, mode 0644.
    static readonly ushort MadeBy = (ushort)(OperatingSystem.IsWindows() ? 20 : (3 << 8) | 20);
    static readonly uint ExternalAttributes = OperatingSystem.IsWindows() ? 0u : 0x81A4u << 16;
    const ushort VersionNeeded = 20; // deflate
    const ushort Deflate = 8;
    const ushort DosDate1980 = (0 << 9) | (1 << 5) | 1; // 1980-01-01, time 00:00

    /// <summary>A part compressed once, for every package that holds it (bounded: see <see cref="MaxShared"/>).</summary>
    sealed record Compressed(byte[] Data, uint Crc, int Length);

    /// <summary>zlib's level for every part (deflate_fast in zlib-ng): see the class remarks.</summary>
    public const int Level = 2;

    // Keyed by level too: tests write packages at ZipArchive's level beside ours.
    static readonly ConcurrentDictionary<(int Level, string Xml), Compressed> Shared = new();
    const int MaxShared = 256;
    const int MaxSharedChars = 256 * 1024;

    readonly Stream _output;
    readonly List<(string Name, uint Crc, long CompressedSize, long Length, long Offset)> _entries = [];
    readonly MemoryStream _deflated = new();
    long _written;
    bool _finished;

    readonly ZLibCompressionOptions _compression;

    public ZipParts(Stream output) : this(output, Level) { }

    /// <param name="level">zlib's compression level, 0–9 (6 is ZipArchive's Optimal).</param>
    internal ZipParts(Stream output, int level)
    {
        _output = output;
        _compression = new ZLibCompressionOptions { CompressionLevel = level };
    }

    /// <summary>A part that may differ from one package to the next (the core properties).</summary>
    public void Add(string name, string xml)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(xml.Length));
        try
        {
            Write(name, buffer.AsSpan(0, Utf8.GetBytes(xml, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A part that is the same in many packages (a profile's styles, fixed relationships and
    /// settings): compressed the first time, then copied. Parts that turn out to differ are cached
    /// up to <see cref="MaxShared"/> of them, then compressed each time.
    /// </summary>
    public void AddShared(string name, string xml)
    {
        var key = (_compression.CompressionLevel, xml);
        if (Shared.TryGetValue(key, out var done)) { Add(name, done); return; }
        var compressed = Compress(xml);
        if (xml.Length <= MaxSharedChars && Shared.Count < MaxShared) Shared.TryAdd(key, compressed);
        Add(name, compressed);
    }

    /// <summary>
    /// A part built in a StringBuilder, encoded to UTF-8 into a pooled buffer: a document's body
    /// (100 K characters and more) never becomes one string and one byte array, each large enough
    /// for the large-object heap, whose collections are full ones. The bytes go to the compressor
    /// in one write, as <see cref="Add(string, string)"/> does: zlib's output depends on how its
    /// input is cut, and the package must stay byte for byte the same.
    /// </summary>
    public void Add(string name, StringBuilder xml)
    {
        var encoder = Utf8.GetEncoder();
        var size = 0;
        foreach (var chunk in xml.GetChunks()) size += encoder.GetByteCount(chunk.Span, flush: false);
        size += encoder.GetByteCount(ReadOnlySpan<char>.Empty, flush: true);
        encoder.Reset();
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            foreach (var chunk in xml.GetChunks()) written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            written += encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer.AsSpan(written), flush: true);
            Write(name, buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    Compressed Compress(string xml)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(xml.Length));
        try
        {
            var length = Utf8.GetBytes(xml, buffer);
            var data = buffer.AsSpan(0, length);
            return new Compressed(Deflated(data).ToArray(), Crc32.HashToUInt32(data), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    void Write(string name, ReadOnlySpan<byte> data)
    {
        var deflated = Deflated(data);
        Entry(name, Crc32.HashToUInt32(data), deflated, data.Length);
    }

    void Add(string name, Compressed part) => Entry(name, part.Crc, part.Data, part.Length);

    /// <summary>Raw deflate of <paramref name="data"/> in one write, as ZipArchive's entry stream gives it.</summary>
    ReadOnlySpan<byte> Deflated(ReadOnlySpan<byte> data)
    {
        _deflated.SetLength(0);
        using (var deflate = new DeflateStream(_deflated, _compression, leaveOpen: true)) deflate.Write(data);
        return _deflated.GetBuffer().AsSpan(0, (int)_deflated.Length);
    }

    /// <summary>The local file header and the compressed data; the central directory comes at <see cref="Dispose"/>.</summary>
    void Entry(string name, uint crc, ReadOnlySpan<byte> data, int length)
    {
        var nameBytes = Name(name);
        Span<byte> h = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], Deflate);
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(h[12..], DosDate1980);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[18..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[22..], (uint)length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0);
        _entries.Add((name, crc, data.Length, length, _written));
        _output.Write(h);
        _output.Write(nameBytes);
        _output.Write(data);
        _written += h.Length + nameBytes.Length + data.Length;
    }

    /// <summary>Part names are fixed ASCII paths: no UTF-8 flag, no zip64 (parts stay far below 4 GB).</summary>
    static byte[] Name(string name)
    {
        if (!Ascii.IsValid(name)) throw new ArgumentException($"part name '{name}' is not ASCII", nameof(name));
        return Encoding.ASCII.GetBytes(name);
    }

    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        var start = _written;
        Span<byte> h = stackalloc byte[46];
        foreach (var (name, crc, compressedSize, length, offset) in _entries)
        {
            var nameBytes = Name(name);
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(h[4..], MadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], VersionNeeded);
            BinaryPrimitives.WriteUInt16LittleEndian(h[8..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[10..], Deflate);
            BinaryPrimitives.WriteUInt16LittleEndian(h[12..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[14..], DosDate1980);
            BinaryPrimitives.WriteUInt32LittleEndian(h[16..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(h[20..], (uint)compressedSize);
            BinaryPrimitives.WriteUInt32LittleEndian(h[24..], (uint)length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[28..], (ushort)nameBytes.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[30..], 0); // extra
            BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 0); // comment
            BinaryPrimitives.WriteUInt16LittleEndian(h[34..], 0); // disk
            BinaryPrimitives.WriteUInt16LittleEndian(h[36..], 0); // internal attributes
            BinaryPrimitives.WriteUInt32LittleEndian(h[38..], ExternalAttributes);
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], (uint)offset);
            _output.Write(h);
            _output.Write(nameBytes);
            _written += h.Length + nameBytes.Length;
        }
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(_written - start));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        _output.Write(end);
        _output.Flush();
    }

    public const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /// <summary>docProps/core.xml from the plan's data (never the clock).</summary>
    public static string CoreProperties(string? title, string? author, DateTime created)
    {
        var when = created.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return XmlDeclaration +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{Escape(title)}</dc:title><dc:creator>{Escape(author)}</dc:creator><cp:lastModifiedBy>ReportKit</cp:lastModifiedBy>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>";
    }

    public static string Escape(string? text) => SecurityElement.Escape(text ?? "");
}
