using System.Text;
using Microsoft.Win32.SafeHandles;
using ReportKit.Diagnostics;
using ReportKit.Safety;
using ReportKit.Localization;

namespace ReportKit.Text;

/// <summary>
/// Reads a text input (plan, units YAML, profile, template) the one safe way: within the
/// file-size limit, as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured), NFC, and free of
/// forbidden characters. A file in another encoding is refused with the encoding named and how
/// to convert it, at the first byte that is not UTF-8: Windows-1258, TCVN3 (ABC) or VNI bytes
/// would otherwise reach the document as mojibake.
/// </summary>
internal static class TextFile
{
    static TextFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with the reasons added to <paramref name="bag"/>.</summary>
    /// <param name="checkCharacters">False for callers that check the text themselves (YAML, which also sees escapes).</param>
    public static string? Read(string path, DiagnosticBag bag, bool checkCharacters = true)
    {
        var bytes = ReadBytes(path, bag, out var refused) ?? (refused ? null : ReadBytesChecked(path, bag));
        if (bytes is null) return null;
        var text = Decode(bytes, path, bag);
        if (text is null) return null;
        text = VietnameseText.Nfc(text);
        return !checkCharacters || CheckCharacters(text, path, bag) ? text : null;
    }

    /// <summary>
    /// The common case in one open: a readable regular file within the size limit (a batch reads
    /// thousands). Null when the file cannot be opened or read that way (a folder, a missing
    /// file, no permission, a file that changes while read): <see cref="ReadBytesChecked"/> then
    /// says why; <paramref name="refused"/> when it is too large (reported here).
    /// </summary>
    static byte[]? ReadBytes(string path, DiagnosticBag bag, out bool refused)
    {
        refused = false;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
        using (handle)
        {
            var length = RandomAccess.GetLength(handle);
            var limits = Limits.Current;
            if (length > limits.FileSize)
            {
                bag.Add(TooLarge(path, length, limits));
                refused = true;
                return null;
            }
            // An empty length may be a file that does not know its size: the careful way reads it to its end.
            if (length == 0 || length > Array.MaxLength) return null;
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0) return null;
                read += n;
            }
            return bytes;
        }
    }

    /// <summary>Reading with every question asked apart: what <see cref="ReadBytes"/> could not read is named here.</summary>
    static byte[]? ReadBytesChecked(string path, DiagnosticBag bag)
    {
        if (Directory.Exists(path))
        {
            bag.Add(new Diagnostic(Severity.Error, path, null, TextMessages.PathIsAFolder));
            return null;
        }
        if (!File.Exists(path))
        {
            bag.Add(new Diagnostic(Severity.Error, path, null, SafetyMessages.FileNotFound));
            return null;
        }
        var limits = Limits.Current;
        var length = new FileInfo(path).Length;
        if (length > limits.FileSize)
        {
            bag.Add(TooLarge(path, length, limits));
            return null;
        }
        return File.ReadAllBytes(path);
    }

    static Diagnostic TooLarge(string path, long length, Limits limits) =>
        new(Severity.Error, path, null, UiLanguage.Format(TextMessages.FileTooLarge, Limits.Size(length), limits.Hint("file-size")));

    /// <summary>Reports each forbidden character at its line and column (at most 20: a damaged file would list thousands); true when there is none.</summary>
    public static bool CheckCharacters(string text, string path, DiagnosticBag bag)
    {
        var found = 0;
        foreach (var f in ForbiddenCharacters.Find(text))
        {
            var (line, column) = ForbiddenCharacters.Position(text, f.Index);
            bag.Add(Diagnostic.Error(path, line, column, ForbiddenCharacters.Message(f)));
            if (++found >= 20) break;
        }
        return found == 0;
    }

    /// <summary>Bytes to text, or null with the encoding named when the bytes are not Unicode text.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag bag)
    {
        try
        {
            if (bytes is [0xEF, 0xBB, 0xBF, ..]) return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
            if (bytes is [0xFF, 0xFE, 0, 0, ..]) return new UTF32Encoding(false, true, true).GetString(bytes, 4, bytes.Length - 4);
            if (bytes is [0xFF, 0xFE, ..]) return new UnicodeEncoding(false, true, true).GetString(bytes, 2, bytes.Length - 2);
            if (bytes is [0xFE, 0xFF, ..]) return new UnicodeEncoding(true, true, true).GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException)
        {
            bag.Add(Diagnostic.Error(path, 1, 1, TextMessages.ByteOrderMarkDamaged));
            return null;
        }
        if (Utf16WithoutMark(bytes) is { } order)
        {
            bag.Add(Diagnostic.Error(path, 1, 1, UiLanguage.Format(TextMessages.Utf16WithoutMark, order)));
            return null;
        }
        var bad = FirstInvalidUtf8(bytes);
        if (bad < 0) return StrictUtf8.GetString(bytes);
        var prefix = Encoding.UTF8.GetString(bytes, 0, bad);
        var (line, column) = ForbiddenCharacters.Position(prefix, prefix.Length);
        bag.Add(Diagnostic.Error(path, line, column, Guess(bytes)));
        return null;
    }

    /// <summary>What the bytes probably are and how to convert them.</summary>
    static string Guess(byte[] bytes)
    {
        var controls = bytes.Count(b => b < 0x20 && b is not (0x09 or 0x0A or 0x0D));
        if (controls > bytes.Length / 20) return TextMessages.BinaryFile;
        // A UTF-8 file with a few broken bytes (a bad copy, a paste from another encoding) is not a legacy file.
        var decoded = Encoding.UTF8.GetString(bytes);
        int valid = decoded.Count(c => c > 0x7F && c != '\uFFFD'), invalid = decoded.Count(c => c == '\uFFFD');
        if (valid > 0 && invalid <= Math.Max(3, valid / 10))
            return TextMessages.InvalidUtf8Here;
        if (Windows1258Score(bytes) >= 0.8)
            return TextMessages.Windows1258File;
        var latin = Encoding.GetEncoding(1252).GetString(bytes);
        return LegacyEncoding.Detect(latin) switch
        {
            "TCVN3" => TextMessages.Tcvn3File,
            "VNI" => TextMessages.VniFile,
            _ => TextMessages.EightBitFile,
        };
    }

    /// <summary>Share of non-ASCII letters that Windows-1258 decodes to Vietnamese letters (with their tone marks composed).</summary>
    static double Windows1258Score(byte[] bytes)
    {
        var text = Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
        int vietnamese = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (ForbiddenCharacters.IsVietnameseLetter(c)) vietnamese++;
            else other++;
        }
        return vietnamese + other == 0 ? 0 : vietnamese / (double)(vietnamese + other);
    }

    static string? Utf16WithoutMark(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 4000) & ~1;
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        var pairs = n / 2;
        if (oddZero > pairs * 3 / 10 && evenZero < pairs / 20) return "little-endian";
        if (evenZero > pairs * 3 / 10 && oddZero < pairs / 20) return "big-endian";
        return null;
    }

    /// <summary>Index of the first byte that does not start or continue a valid UTF-8 sequence; -1 when all are valid.</summary>
    static int FirstInvalidUtf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        // Almost every file is valid: validating needs no buffer, locating does.
        if (System.Text.Unicode.Utf8.IsValid(span)) return -1;
        var buffer = new char[8192];
        var valid = 0;
        while (valid < span.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(span[valid..], buffer, out var read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.Done) return -1;
            valid += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData) return valid;
        }
        return -1;
    }
}
