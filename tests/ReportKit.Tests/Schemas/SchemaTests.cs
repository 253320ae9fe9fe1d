using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Tests.Support;

namespace ReportKit.Tests.Schemas;

/// <summary>
/// The JSON Schemas under schemas/ are what VS Code's YAML extension completes and checks plan,
/// profile and units files with. They are held to the loaders: the profile schema is generated
/// from ProfileLoader's key tables; the plan and units schemas list, mapping by mapping, exactly
/// the keys the loaders ask for; every example, and what clone and import write, validates.
/// </summary>
public class SchemaTests
{
    static string Schemas => Path.Combine(Repo.Root, "schemas");

    [Fact]
    public void The_profile_schema_is_generated_from_the_loaders_key_tables()
    {
        var missing = new List<string>();
        var generated = ProfileSchema.Generate(missing);
        Assert.True(missing.Count == 0, "profile keys without a Vietnamese description in ProfileSchema.cs: " + string.Join(", ", missing));
        var path = Path.Combine(Schemas, "the-thuc.schema.json");
        var accept = Environment.GetEnvironmentVariable("REPORTKIT_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (accept && (!File.Exists(path) || File.ReadAllText(path) != generated)) File.WriteAllText(path, generated);
        Assert.True(File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == generated,
            $"{path} is not what ProfileLoader's key tables give; regenerate it with REPORTKIT_ACCEPT=1 and review the diff:\n" +
            Snapshot.Diff(File.Exists(path) ? File.ReadAllText(path) : "", generated));
    }

    /// <summary>Plans that between them reach every mapping the plan loader reads (organs as a map and a list, every annex kind, ...).</summary>
    static IEnumerable<string> PlanProbes() =>
        Directory.GetFiles(Repo.Examples, "ke-hoach.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "tests", "ReportKit.Tests", "TestData", "schema"), "ke-hoach*.yaml"));

    [Fact]
    public void The_plan_schema_has_exactly_the_keys_the_plan_loader_reads_in_every_mapping()
    {
        var asked = Record(() => { foreach (var p in PlanProbes()) PlanLoader.Load(p, new DiagnosticBag()); });
        AssertSameKeys("ke-hoach.schema.json", asked);
    }

    [Fact]
    public void The_units_schema_has_exactly_the_keys_the_units_loader_reads()
    {
        var asked = Record(() => UnitDirectoryLoader.Load(Path.Combine(Repo.Examples, "tp-hcm-2023", "don-vi.yaml"), new DiagnosticBag()));
        AssertSameKeys("don-vi.schema.json", asked);
    }

    static Dictionary<string, HashSet<string>> Record(Action load)
    {
        var asked = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        YamlNodeReader.KeysAsked = (path, keys) =>
        {
            if (!asked.TryGetValue(path, out var set)) asked[path] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(keys);
        };
        try { load(); }
        finally { YamlNodeReader.KeysAsked = null; }
        return asked;
    }

    static void AssertSameKeys(string schemaFile, Dictionary<string, HashSet<string>> asked)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Schemas, schemaFile)))!.AsObject();
        var declared = new Dictionary<string, (HashSet<string> Keys, bool Open)>(StringComparer.Ordinal);
        Walk(schema, schema, "", declared, []);
        var problems = new List<string>();
        foreach (var (path, keys) in asked.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var where = path.Length == 0 ? "the top level" : path;
            if (!declared.TryGetValue(path, out var d)) { problems.Add($"{where}: the loader reads a mapping here ({string.Join(", ", keys.Order())}) that {schemaFile} does not describe"); continue; }
            foreach (var k in d.Keys.Except(keys).Order()) problems.Add($"{where}: {schemaFile} has '{k}', which the loader does not read");
            // An open mapping (a table row by column code) has keys of the user's choosing beside the fixed ones.
            if (!d.Open) foreach (var k in keys.Except(d.Keys).Order()) problems.Add($"{where}: the loader reads '{k}', which {schemaFile} lacks");
        }
        foreach (var path in declared.Keys.Except(asked.Keys).Order())
            problems.Add($"{(path.Length == 0 ? "the top level" : path)}: {schemaFile} describes a mapping no probe reached; add a plan reaching it to TestData/schema or remove it");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every mapping the schema describes, by the loader's path for it ("phu_luc[].cot[]"), with its property names.</summary>
    static void Walk(JsonObject root, JsonNode? node, string path, Dictionary<string, (HashSet<string>, bool)> found, HashSet<string> refs)
    {
        if (node is not JsonObject o) return;
        if (o["$ref"]?.GetValue<string>() is { } r)
        {
            if (!refs.Add(r + "@" + path)) return;
            Walk(root, root["definitions"]![r["#/definitions/".Length..]], path, found, refs);
        }
        if (o["properties"] is JsonObject props)
        {
            var open = o["additionalProperties"] is not JsonValue v || v.GetValueKind() != JsonValueKind.False;
            if (!found.TryGetValue(path, out var entry)) found[path] = entry = (new HashSet<string>(StringComparer.Ordinal), open);
            foreach (var (name, child) in props)
            {
                entry.Item1.Add(name);
                Walk(root, child, path.Length == 0 ? name : $"{path}.{name}", found, refs);
            }
        }
        if (o["items"] is { } items) Walk(root, items, path + "[]", found, refs);
        foreach (var k in new[] { "anyOf", "oneOf", "allOf" })
            if (o[k] is JsonArray branches) foreach (var b in branches) Walk(root, b, path, found, refs);
    }

    [Theory]
    [InlineData("ke-hoach.schema.json")]
    [InlineData("the-thuc.schema.json")]
    [InlineData("don-vi.schema.json")]
    public void Every_key_has_its_meaning_in_Vietnamese_then_English(string file)
    {
        var missing = new List<string>();
        void Visit(JsonNode? node, string path)
        {
            if (node is JsonObject o)
            {
                if (o["properties"] is JsonObject props)
                    foreach (var (name, child) in props)
                        if (child?["description"]?.GetValue<string>() is not { } d || !d.Contains(" — ", StringComparison.Ordinal) || d.StartsWith('?'))
                            missing.Add($"{path}/{name}");
                foreach (var (k, v) in o) Visit(v, $"{path}/{k}");
            }
            else if (node is JsonArray a) foreach (var item in a) Visit(item, path);
        }
        Visit(JsonNode.Parse(File.ReadAllText(Path.Combine(Schemas, file))), "");
        Assert.True(missing.Count == 0, $"{file}: keys without \"Vietnamese — English\": {string.Join(", ", missing)}");
    }

    const string MinimalPlan = """
        co_quan: { chu_quan: Hội LHPN tỉnh Khánh Hòa, ban_hanh: Ban Thường vụ }
        ky_hieu: KH-BTV
        dia_danh: Khánh Hòa
        trich_yeu: Thử
        noi_dung: "# Mục đích"
        nguoi_ky: { quyen_han: TM. BAN THƯỜNG VỤ, chuc_vu: Chủ tịch, ho_ten: Nguyễn Thị A }

        """;

    /// <summary>Where the plan schema lists fixed values, and a plan that uses one (<c>{v}</c>).</summary>
    public static IEnumerable<object[]> FixedValues() => new (string Pointer, string Yaml)[]
    {
        ("/properties/do_khan", "do_khan: {v}"),
        ("/properties/do_mat", "do_mat: {v}"),
        ("/definitions/phu_luc/properties/loai", "phu_luc:\n  - { loai: {v}, noi_dung: Chữ, cot: [A], dong: [[1]] }"),
        ("/definitions/phu_luc/properties/huong", "phu_luc:\n  - { loai: van_ban, noi_dung: Chữ, huong: {v} }"),
        ("/definitions/phu_luc/properties/bo_cuc", "phu_luc: { bo_cuc: {v} }"),
        ("/definitions/cot_phu_luc/properties/loai", "phu_luc:\n  - { cot: [{ ten: A, loai: {v} }], dong: [[1]] }"),
        ("/definitions/cot_phu_luc/properties/can", "phu_luc:\n  - { cot: [{ ten: A, can: {v} }], dong: [[1]] }"),
        ("/definitions/chi_tieu/properties/tong_hop", "chi_tieu:\n  - { ma: a, noi_dung: Chữ, chi_tieu: 10, tong_hop: {v} }"),
    }.Select(c => new object[] { c.Pointer, c.Yaml });

    [Theory]
    [MemberData(nameof(FixedValues))]
    public void Every_fixed_value_the_plan_schema_lists_is_one_the_loader_accepts(string pointer, string yaml)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Schemas, "ke-hoach.schema.json")))!;
        var node = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(schema, (n, part) => n[part]!);
        var values = node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.NotEmpty(values);
        using var dir = new Repo.TempDir();
        foreach (var value in values.Append("khong-co-gia-tri-nay"))
        {
            var bag = new DiagnosticBag();
            PlanLoader.Load(dir.File("ke-hoach.yaml", MinimalPlan + yaml.Replace("{v}", value)), bag);
            var refused = bag.Items.Where(d => d.Severity == Severity.Error && d.Message.Contains($"\"{value}\"")).ToList();
            if (value == "khong-co-gia-tri-nay") Assert.NotEmpty(refused);  // the check can fail
            else Assert.True(refused.Count == 0, $"{pointer}: the schema allows \"{value}\", the loader refuses it: {string.Join("; ", refused)}");
        }
    }

    static readonly Dictionary<string, JsonSchema> Loaded = [];

    static JsonSchema Load(string file)
    {
        var full = Path.GetFullPath(file);
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(full, out var schema))
                Loaded[full] = schema = JsonSchema.FromText(File.ReadAllText(full), baseUri: new Uri(full));
            return schema;
        }
    }

    /// <summary>The schema a YAML file names on its first line, resolved against the file's folder as the editor does.</summary>
    static string NamedSchema(string yamlPath)
    {
        var first = File.ReadLines(yamlPath).FirstOrDefault() ?? "";
        const string prefix = "# yaml-language-server: $schema=";
        Assert.True(first.StartsWith(prefix, StringComparison.Ordinal), $"{yamlPath}: the first line is not \"{prefix}…\" but \"{first}\"");
        var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(yamlPath)!, first[prefix.Length..].Trim()));
        Assert.True(File.Exists(schema), $"{yamlPath}: its schema {schema} does not exist");
        return schema;
    }

    static List<string> Problems(string schemaPath, string yamlPath)
    {
        var instance = YamlJson.Read(File.ReadAllText(yamlPath));
        using var doc = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = Load(schemaPath).Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Distinct().ToList();
    }

    public static IEnumerable<object[]> YamlFiles() =>
        Directory.GetFiles(Repo.Examples, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Templates, "profiles"), "*.yaml"))
            .Select(f => new object[] { Path.GetRelativePath(Repo.Root, f).Replace('\\', '/') })
            .OrderBy(o => (string)o[0], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_example_and_bundled_profile_names_its_schema_and_validates(string file)
    {
        var path = Path.Combine(Repo.Root, file);
        var schema = NamedSchema(path);
        var expected = file.StartsWith("templates/profiles/", StringComparison.Ordinal) ? "the-thuc.schema.json"
            : Path.GetFileName(file) == "don-vi.yaml" ? "don-vi.schema.json" : "ke-hoach.schema.json";
        Assert.Equal(Path.Combine(Schemas, expected), schema);
        var problems = Problems(schema, path);
        Assert.True(problems.Count == 0, $"{file} does not validate against {expected}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_plan_schema_flags_a_misspelt_key_a_wrong_value_and_a_missing_field()
    {
        using var dir = new Repo.TempDir();
        var plan = File.ReadAllText(Repo.Example("khanh-hoa-2021"));
        var typo = dir.File("typo.yaml", plan.Replace("\ntrich_yeu:", "\ntrich_yue:"));
        var problems = Problems(Path.Combine(Schemas, "ke-hoach.schema.json"), typo);
        Assert.Contains(problems, p => p.Contains("trich_yue"));
        Assert.Contains(problems, p => p.Contains("trich_yeu"));
        var urgency = dir.File("khan.yaml", plan + "do_khan: rat khan\n");
        Assert.Contains(Problems(Path.Combine(Schemas, "ke-hoach.schema.json"), urgency), p => p.StartsWith("/do_khan"));
    }

    [Fact]
    public void What_clone_and_import_write_names_a_schema_beside_it_and_validates()
    {
        using var dir = new Repo.TempDir();
        var example = Path.Combine(Repo.Examples, "tp-hcm-2023");
        var clone = Cli.Run(dir.Path, "clone", Path.Combine(example, "ke-hoach.yaml"), "--units", Path.Combine(example, "don-vi.yaml"), "-o", "plans", "-t", Repo.Templates);
        Assert.True(clone.ExitCode == 0, clone.Stderr);
        var import = Cli.Run(dir.Path, "import", Path.Combine(Repo.Examples, "word", "ke-hoach-cu.docx"), "-o", "nhap/ke-hoach.yaml");
        Assert.True(import.ExitCode == 0, import.Stderr);
        var written = Directory.GetFiles(Path.Combine(dir.Path, "plans"), "*.yaml").Append(Path.Combine(dir.Path, "nhap", "ke-hoach.yaml")).ToList();
        Assert.True(written.Count > 2);
        foreach (var file in written)
        {
            var schema = NamedSchema(file);
            Assert.Equal(Path.Combine(Path.GetDirectoryName(file)!, "ke-hoach.schema.json"), schema);
            Assert.Equal(File.ReadAllText(Path.Combine(Schemas, "ke-hoach.schema.json")), File.ReadAllText(schema));
            var problems = Problems(schema, file);
            Assert.True(problems.Count == 0, $"{Path.GetFileName(file)} does not validate:\n" + string.Join("\n", problems));
        }
    }
}
