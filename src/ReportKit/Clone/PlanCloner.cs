using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Profiles;
using ReportKit.Template;
using ReportKit.Text;
using ReportKit.Writers;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportKit.Clone;

/// <summary>How cloning one unit ended: the plan file written, or why not; and the words of the parent's level left for the văn thư.</summary>
internal sealed record CloneResult(UnitIdentity Unit, string? PlanPath, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => PlanPath is not null;

    /// <summary>Words of the parent's level still in the child (§2.6 "cấp huyện"); also written as comments above its noi_dung.</summary>
    public IReadOnlyList<LeftToEdit> LeftToEdit { get; init; } = [];

    /// <summary>The level-wording table used (templates/cap/&lt;name&gt;.yaml), or null when none was for this unit.</summary>
    public string? Wording { get; init; }
}

/// <summary>Choices made when cloning: <see cref="FromDraft"/> (--tu-du-thao) allows a draft parent, whose children are drafts citing it as such; <see cref="DataPath"/> (--data) a targets workbook replacing the parent's targets, as render does.</summary>
internal sealed record CloneOptions(bool FromDraft = false, string? DataPath = null);

/// <summary>
/// Writes one editable plan file per lower-level unit from a parent plan. The clone template
/// (templates/nhan-ban.sbn) words the child: its opening cites the parent, it takes the unit's
/// identity and its slice of the targets, keeps the parent's sections with the wording for its
/// level (from the level-wording tables, templates/cap/*.yaml), and adds the parent organ to
/// Nơi nhận "(để báo cáo)". Each child is read back as a plan before it is written, so what
/// lands on disk always loads.
/// </summary>
internal sealed partial class PlanCloner
{
    readonly Plan _parent;
    readonly Scriban.Template _template;
    readonly string _templatePath;
    readonly ScriptObject _parentModel;
    readonly ScriptObject _profileModel;
    readonly FormatProfile _profile;
    readonly IReadOnlyList<LevelWording> _wordings;
    readonly string[] _parentOrganNames;
    readonly HashSet<string> _guarded;

    [System.Text.RegularExpressions.GeneratedRegex(@"co_chi_tieu\s+[""']([^""']+)[""']")]
    private static partial System.Text.RegularExpressions.Regex GuardPattern();

    /// <param name="profile">The parent's format profile: how its number is cited ("52-KH/TU" under the Party profile), which authority prefixes a child may default to, how its sections are numbered.</param>
    /// <param name="wordings">The level-wording tables (<see cref="LevelWordingLoader"/>); none means the parent's words are kept.</param>
    /// <exception cref="ReportKitException">The parent is a draft and <see cref="CloneOptions.FromDraft"/> was not given.</exception>
    public PlanCloner(Plan parent, string templatePath, FormatProfile? profile = null, IReadOnlyList<LevelWording>? wordings = null, CloneOptions? options = null)
    {
        if (DraftProblem(parent, options ?? new CloneOptions()) is { } problem) throw new ReportKitException(problem);
        _parent = parent;
        _templatePath = templatePath;
        _template = Scriban.Template.Parse(VietnameseText.Nfc(File.ReadAllText(templatePath)), templatePath);
        if (_template.HasErrors)
            throw new ReportKitException(_template.Messages.Select(m => PlanTemplate.ToDiagnostic(m, templatePath, 0, 0)).ToList());
        _parentModel = TemplateModel.Create(parent, profile?.Number);
        _profile = profile ?? new FormatProfile { Name = parent.Profile };
        _profileModel = new ScriptObject { ["ten"] = _profile.Name, ["tien_to"] = _profile.Signature.Prefixes.ToList() };
        // The raw text, not the rendered one: expressions in it must render with the child's data.
        _parentModel["noi_dung_goc"] = parent.Body.Text;
        _parentModel["ket_luan_goc"] = parent.Closing?.Text;
        // A child of a draft is a draft too, and cites its parent as one ("Kế hoạch (dự thảo) của …").
        _parentModel["du_thao"] = IsDraft(parent);
        _wordings = (wordings ?? []).Where(w => w.Profiles.Count == 0 || w.Profiles.Contains(parent.Profile)).ToList();
        _parentOrganNames = new[] { parent.Organ.Parent, parent.Organ.Issuer, parent.Organ.FullName }.OfType<string>().ToArray();
        // Targets the parent's text speaks of only inside {{ if co_chi_tieu "…" }}.
        _guarded = GuardPattern().Matches(parent.Body.Text + "\n" + parent.Closing?.Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The plan cloned from (with --data's targets, if given).</summary>
    public Plan Parent => _parent;

    static bool IsDraft(Plan p) => p.Number is null || p.Date is null;

    /// <summary>
    /// A lower level's plan cites the issued plan above it by number and date; cloning a draft
    /// would give every unit a citation with blanks. Refused unless the user says the children
    /// are drafts too.
    /// </summary>
    static Diagnostic? DraftProblem(Plan parent, CloneOptions options)
    {
        if (!IsDraft(parent) || options.FromDraft) return null;
        var message = parent.Number is null && parent.Date is null ? CloneMessages.DraftParentNoNumberNoDate
            : parent.Number is null ? CloneMessages.DraftParentNoNumber : CloneMessages.DraftParentNoDate;
        return new Diagnostic(Severity.Error, parent.SourcePath, null, UiLanguage.Format(message, parent.Symbol));
    }

    /// <summary>Clones for every unit into <paramref name="outputDir"/>; a failing unit is reported and the others still written.</summary>
    public IEnumerable<CloneResult> CloneAll(IEnumerable<UnitIdentity> units, string outputDir)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var schemaWritten = false;
        foreach (var unit in units)
        {
            // Each plan names the schema beside it (first line), so an editor completes and checks its keys.
            if (!schemaWritten) { Directory.CreateDirectory(outputDir); Schemas.YamlSchemas.WriteBeside(outputDir, Schemas.YamlSchemas.Plan); schemaWritten = true; }
            var slug = VietnameseText.Slug(unit.Name);
            if (slug.Length == 0 || !used.Add(slug)) slug = $"{slug}-{VietnameseText.Slug(unit.Code)}".Trim('-');
            used.Add(slug);
            yield return Clone(unit, Path.Combine(outputDir, slug + ".yaml"));
        }
    }

    public CloneResult Clone(UnitIdentity unit, string path)
    {
        // A plan nobody can sign is not a plan to issue: the units file must name each signer.
        if (string.IsNullOrWhiteSpace(unit.SignerName))
            return new CloneResult(unit, null, [new Diagnostic(Severity.Error, null, null,
                UiLanguage.Format(CloneMessages.UnitHasNoSigner, unit.Source ?? unit.Code, unit.Name))]);
        if (UnguardedTargets(unit) is { Count: > 0 } unguarded) return new CloneResult(unit, null, unguarded);
        var wording = WordingFor(unit);
        var yaml = Render(unit, wording, out var renderError, out var rewriter);
        if (yaml is null) return new CloneResult(unit, null, [renderError!]);
        var left = rewriter?.LeftToEdit ?? [];
        yaml = Schemas.YamlSchemas.Line(Schemas.YamlSchemas.Plan) + WithLeftToEdit(yaml, left, wording?.Table.Name);
        var bag = new DiagnosticBag();
        PlanLoader.Parse(yaml, path, bag);
        if (bag.HasErrors)
            return new CloneResult(unit, null, bag.Items.Select(d => d with { Message = UiLanguage.Format(CloneMessages.ClonedPlanInvalid, unit.Name, unit.Source ?? unit.Code, d.Message) }).ToList());
        AtomicFile.Write(path, s =>
        {
            using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            w.Write(yaml);
        });
        return new CloneResult(unit, path, []) { LeftToEdit = left, Wording = wording?.Table.Name };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bct\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial System.Text.RegularExpressions.Regex TargetReference();

    /// <summary>
    /// The parent's text prints a target this unit was allocated nothing of, with no
    /// <c>co_chi_tieu</c> guard for it anywhere: the unit's plan could not be rendered, so say
    /// which sentence to guard, where, rather than write a plan that fails later.
    /// </summary>
    List<Diagnostic> UnguardedTargets(UnitIdentity unit)
    {
        var problems = new List<Diagnostic>();
        var own = TargetSlicer.For(_parent.Targets, unit.Code).Select(s => s.Target.Code).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in new[] { _parent.Body, _parent.Closing }.OfType<TextSource>())
        {
            var lines = source.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (System.Text.RegularExpressions.Match m in TargetReference().Matches(lines[i]))
                {
                    var code = m.Groups[1].Value;
                    if (own.Contains(code) || _parent.Targets?.Find(code) is null || !reported.Add(code)) continue;
                    if (_guarded.Contains(code)) continue;
                    problems.Add(Diagnostic.Error(source.File ?? _parent.SourcePath, source.Line + i, source.Column + m.Index,
                        UiLanguage.Format(CloneMessages.UnguardedTarget, unit.Name, unit.Source ?? unit.Code, code)));
                }
        }
        return problems;
    }

    sealed record Wording(LevelWording Table, string Level);

    Wording? WordingFor(UnitIdentity unit)
    {
        foreach (var table in _wordings)
            if (table.IsForParent(_parentOrganNames) && table.LevelOf(unit) is { } level)
                return new Wording(table, level);
        return null;
    }

    string? Render(UnitIdentity unit, Wording? wording, out Diagnostic? error, out LevelRewriter? rewriter)
    {
        error = null;
        rewriter = null;
        var values = Values(unit, wording);
        var identity = wording is null ? unit : WithDefaults(unit, wording.Table, values);
        var functions = CloneFunctions.Create();
        if (wording is not null)
        {
            values = values.With("chu_quan", identity.Parent ?? "");
            var r = rewriter = new LevelRewriter(wording.Table, values, text => BodyLineSections.Of(text, _profile, _parent.Numbering));
            functions["theo_cap"] = TemplateFunction.Of(new Func<string?, string>(r.Rewrite));
        }
        else functions["theo_cap"] = TemplateFunction.Of(new Func<string?, string>(text => text ?? ""));
        var model = new ScriptObject
        {
            ["cha"] = _parentModel,
            ["the_thuc"] = _profileModel,
            ["don_vi"] = UnitModel(identity),
            ["cap"] = LevelModel(wording, values),
            ["chi_tieu_con"] = TargetSlicer.For(_parent.Targets, unit.Code).Select(SliceModel).ToList(),
        };
        try
        {
            return _template.Render(StrictContext.Create(TemplateFunctions.Create(), functions, model));
        }
        catch (ScriptRuntimeException ex)
        {
            error = Diagnostic.Error(_templatePath, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, UiLanguage.Format(CloneMessages.UnitTemplateError, unit.Name, ex.OriginalMessage));
            return null;
        }
    }

    Placeholders Values(UnitIdentity unit, Wording? wording)
    {
        var level = wording?.Level ?? unit.Level ?? "";
        var ownName = level.Length > 0 && unit.Name.StartsWith(level + " ", StringComparison.OrdinalIgnoreCase) ? unit.Name[(level.Length + 1)..] : unit.Name;
        return new Placeholders(new Dictionary<string, string>
        {
            ["cap"] = level,
            ["cap_duoi"] = wording?.Table.LowerLevels.GetValueOrDefault(level) ?? "",
            ["ten"] = unit.Name,
            ["ten_thuong"] = VietnameseText.LowerFirst(unit.Name),
            ["ten_rieng"] = ownName,
            ["chu_quan"] = unit.Parent ?? "",
            ["cha.chu_quan"] = _parent.Organ.Parent ?? "",
            ["cha.ten_day_du"] = _parent.Organ.FullName,
            ["cha.dia_danh"] = _parent.Place,
        });
    }

    /// <summary>Identity the units file leaves empty, from the table's mac_dinh ("Hội LHPN {ten_thuong}").</summary>
    static UnitIdentity WithDefaults(UnitIdentity unit, LevelWording table, Placeholders values)
    {
        string? Default(string key) => table.Defaults.TryGetValue(key, out var v) ? values.Expand(v) : null;
        return unit with
        {
            Parent = unit.Parent ?? Default("chu_quan"),
            Issuer = unit.Issuer ?? Default("ban_hanh"),
            // The full name goes with the default issuer; a units file that names the issuer names the organ.
            FullName = unit.FullName ?? (unit.Issuer is null ? Default("ten_day_du") : null),
            Symbol = unit.Symbol ?? Default("ky_hieu"),
            Place = unit.Place ?? Default("dia_danh"),
            Authority = unit.Authority ?? Default("quyen_han"),
            Position = unit.Position ?? Default("chuc_vu"),
        };
    }

    static ScriptObject LevelModel(Wording? wording, Placeholders values) => new()
    {
        ["ten"] = wording?.Table.Name,
        ["cap"] = wording?.Level,
        ["cap_duoi"] = wording is null ? null : values.Expand("{cap_duoi}"),
        ["noi_nhan"] = (wording?.Table.Recipients ?? []).Select(values.Expand).Select(VietnameseText.UpperFirst).ToList(),
    };

    /// <summary>The words left to edit, as comments above noi_dung where the văn thư edits the body.</summary>
    static string WithLeftToEdit(string yaml, IReadOnlyList<LeftToEdit> left, string? table)
    {
        if (left.Count == 0) return yaml;
        // Right above noi_dung (or at the top, for a template that writes no body).
        var at = yaml.IndexOf("\nnoi_dung:", StringComparison.Ordinal) + 1;
        var sb = new System.Text.StringBuilder();
        sb.Append($"# Còn từ ngữ của cấp trên, cần xem lại cho phù hợp với cấp mình (reportgen clone không tự sửa; bảng templates/cap/{table}.yaml):\n");
        foreach (var l in left) sb.Append("#   ").Append(l).Append('\n');
        return yaml.Insert(at, sb.ToString());
    }

    static ScriptObject UnitModel(UnitIdentity u) => new()
    {
        ["ma"] = u.Code, ["ten"] = u.Name, ["cap"] = u.Level, ["nhom"] = u.Group,
        ["chu_quan"] = u.Parent, ["ban_hanh"] = u.Issuer, ["ten_day_du"] = u.FullName, ["ky_hieu"] = u.Symbol, ["dia_danh"] = u.Place,
        ["quyen_han"] = u.Authority, ["chuc_vu"] = u.Position, ["ho_ten"] = u.SignerName,
        ["bien"] = Variables(u.Variables),
    };

    static ScriptObject Variables(IReadOnlyDictionary<string, string> values)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in values) o[k] = v;
        return o;
    }

    static ScriptObject SliceModel(TargetSlicer.Slice s) => new()
    {
        ["ma"] = s.Target.Code,
        ["nhom"] = s.Target.Group,
        ["noi_dung"] = s.Target.Content,
        ["don_vi_tinh"] = s.Target.Unit,
        ["tong_hop"] = TargetSlicer.RuleName(s.Target.Aggregation),
        ["gia_tri"] = TargetSlicer.Written(s.Value),
        ["thoi_han"] = s.Target.Deadline,
        ["ghi_chu"] = s.Target.Note,
    };
}
