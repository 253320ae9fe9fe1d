using System.IO.Compression;
using System.Text;
using ReportKit.Diagnostics;
using ReportKit.Localization;

namespace ReportKit.Import.Docx;

/// <summary>
/// Decides whether a file can be read as DOCX before anything is parsed, and hands the reader a
/// copy of the package it can open safely. A file that is not a DOCX is named for what it is (an
/// old .doc, a password-protected file, RTF, empty); sizes are checked on disk and again from the
/// zip's own directory before anything is inflated, and inflation itself is bounded, so a huge or
/// forged file is refused in a sentence instead of exhausting memory.
/// </summary>
internal static class DocxGuard
{
    /// <summary>Largest file accepted. Real plans are well under 10 MB, pictures included.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Largest inflated XML part (document.xml of a 1,000-page document is about 20 MB).</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Largest total of inflated XML parts.</summary>
    public const long MaxXmlBytes = 160L * 1024 * 1024;

    static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>What a file is, judged from its first bytes.</summary>
    public enum Kind { Empty, Zip, Ole, Rtf, Other }

    public static Kind Sniff(string path)
    {
        using var fs = File.OpenRead(path);
        if (fs.Length == 0) return Kind.Empty;
        var head = new byte[8];
        var n = fs.Read(head, 0, head.Length);
        if (n >= 4 && head.AsSpan(0, 4).SequenceEqual(ZipMagic)) return Kind.Zip;
        if (n >= 8 && head.AsSpan(0, 8).SequenceEqual(OleMagic)) return Kind.Ole;
        if (n >= 5 && Encoding.ASCII.GetString(head, 0, 5) == "{\\rtf") return Kind.Rtf;
        return Kind.Other;
    }

    /// <summary>
    /// A package that is safe to give the Open XML SDK: the file's XML parts, inflated with limits,
    /// in an in-memory zip; media and other binary parts are kept as empty entries (nothing reads
    /// them). Throws <see cref="ReportKitException"/> naming the file and what is wrong with it.
    /// </summary>
    public static MemoryStream OpenPackage(string path)
    {
        if (!File.Exists(path)) throw Fail(path, ImportMessages.FileNotFound);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            throw Fail(path, UiLanguage.Format(ImportMessages.WordFileTooLarge, Megabytes(length), Megabytes(MaxFileBytes)));
        switch (Sniff(path))
        {
            case Kind.Empty:
                throw Fail(path, ImportMessages.WordFileEmpty);
            case Kind.Ole:
                if (IsEncrypted(path))
                    throw Fail(path, ImportMessages.PasswordProtectedDocx);
                throw Fail(path, ImportMessages.OldWordDocument);
            case Kind.Rtf:
                throw Fail(path, ImportMessages.RtfFile);
            case Kind.Other:
                throw Fail(path, ImportMessages.NotDocxStart);
        }

        try
        {
            using var source = ZipFile.OpenRead(path);
            Check(path, source);
            var copy = new MemoryStream();
            using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
            {
                long total = 0;
                foreach (var entry in source.Entries)
                {
                    var isXml = IsXml(entry.FullName);
                    var item = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                    if (!isXml) continue;
                    using var input = entry.Open();
                    using var output = item.Open();
                    total += CopyBounded(path, entry, input, output, MaxXmlBytes - total);
                }
            }
            copy.Position = 0;
            return copy;
        }
        catch (InvalidDataException ex)
        {
            throw Fail(path, UiLanguage.Format(ImportMessages.ZipDamaged, ex.Message.TrimEnd('.')));
        }
    }

    /// <summary>Checks the zip's directory (declared sizes, the parts a DOCX must have) before inflating anything.</summary>
    static void Check(string path, ZipArchive zip)
    {
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!names.Contains("[Content_Types].xml"))
            throw Fail(path, ImportMessages.NoContentTypes);
        if (!names.Contains("word/document.xml"))
        {
            throw Fail(path, names.Contains("xl/workbook.xml") ? ImportMessages.NoDocumentXmlWorkbook
                : names.Contains("ppt/presentation.xml") ? ImportMessages.NoDocumentXmlPresentation : ImportMessages.NoDocumentXml);
        }
        long declared = 0;
        foreach (var e in zip.Entries.Where(e => IsXml(e.FullName)))
        {
            if (e.Length > MaxPartBytes)
                throw Fail(path, UiLanguage.Format(ImportMessages.PartTooLarge, e.FullName, Megabytes(e.Length), Megabytes(MaxPartBytes)));
            if (e.CompressedLength > 0 && e.Length / e.CompressedLength > 1000 && e.Length > 8L * 1024 * 1024)
                throw Fail(path, UiLanguage.Format(ImportMessages.PartForged, e.FullName, e.Length / e.CompressedLength));
            declared += e.Length;
        }
        if (declared > MaxXmlBytes)
            throw Fail(path, UiLanguage.Format(ImportMessages.TextPartsTooLarge, Megabytes(declared), Megabytes(MaxXmlBytes)));
    }

    /// <summary>Copies an entry while counting, so a part that inflates beyond what its header claims is stopped too.</summary>
    static long CopyBounded(string path, ZipArchiveEntry entry, Stream input, Stream output, long budget)
    {
        var limit = Math.Min(MaxPartBytes, budget);
        var buffer = new byte[81920];
        long copied = 0;
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            copied += n;
            if (copied > limit)
                throw Fail(path, UiLanguage.Format(ImportMessages.PartTooLargeUnpacked, entry.FullName, Megabytes(limit)));
            output.Write(buffer, 0, n);
        }
        return copied;
    }

    static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A password-protected DOCX is an OLE compound file holding "EncryptionInfo" and
    /// "EncryptedPackage" streams (MS-OFFCRYPTO); their names are in the directory, in UTF-16.
    /// </summary>
    public static bool IsEncrypted(string path)
    {
        var marker = Encoding.Unicode.GetBytes("EncryptionInfo");
        using var fs = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        var carry = 0;
        int n;
        while ((n = fs.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var span = buffer.AsSpan(0, carry + n);
            if (span.IndexOf(marker) >= 0) return true;
            carry = Math.Min(marker.Length, span.Length);
            span[^carry..].CopyTo(buffer);
        }
        return false;
    }

    static string Megabytes(long bytes) => UiLanguage.Format("{0:0.#} MB", bytes / (1024.0 * 1024.0));

    static ReportKitException Fail(string path, string message) => new(new Diagnostic(Severity.Error, path, null, message));
}
