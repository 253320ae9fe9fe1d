using ReportKit.Writers;

namespace ReportKit.Schemas;

/// <summary>
/// The JSON Schemas of the repository's schemas/ folder, embedded in the library, and the first
/// line that names one for VS Code's YAML extension (yaml-language-server). Files reportgen
/// writes for a user to edit (clone, import, fix) get the line and the schema file beside them:
/// a relative name works wherever the folder is copied, with no network and no installed path.
/// </summary>
static class YamlSchemas
{
    /// <summary>schemas/ke-hoach.schema.json: a plan file.</summary>
    public const string Plan = "ke-hoach.schema.json";

    /// <summary>The comment line that names <paramref name="schema"/> (a path relative to the YAML file), with its line end.</summary>
    public static string Line(string schema) => $"# yaml-language-server: $schema={schema}\n";

    /// <summary>The embedded schema's bytes.</summary>
    public static byte[] Bytes(string schema)
    {
        using var s = typeof(YamlSchemas).Assembly.GetManifestResourceStream("ReportKit.Schemas." + schema)
            ?? throw new InvalidOperationException($"the schema {schema} is not embedded in ReportKit");
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    /// <summary>Puts <paramref name="schema"/> into <paramref name="folder"/> unless the same bytes are there already.</summary>
    public static void WriteBeside(string folder, string schema)
    {
        var bytes = Bytes(schema);
        var path = Path.Combine(folder, schema);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        AtomicFile.Write(path, s => s.Write(bytes));
    }
}
