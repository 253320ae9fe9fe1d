using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Profiles;
using ReportKit.Template;
using ReportKit.Text;
using ReportKit.Writers;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportKit.Clone;

/// <summary>How cloning one unit ended: the plan file written, or why not.</summary>
public sealed record CloneResult(UnitIdentity Unit, string? PlanPath, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => PlanPath is not null;
}

/// <summary>
/// Writes one editable plan file per lower-level unit from a parent plan. The clone template
/// (templates/nhan-ban.sbn) words the child: its opening cites the parent, it takes the unit's
/// identity and its slice of the targets, keeps the parent's sections with the wording for its
/// level, and adds the parent organ to Nơi nhận "(để báo cáo)". Each child is read back as a
/// plan before it is written, so what lands on disk always loads.
/// </summary>
public sealed class PlanCloner
{
    readonly Plan _parent;
    readonly Scriban.Template _template;
    readonly string _templatePath;
    readonly ScriptObject _parentModel;
    readonly ScriptObject _profileModel;

    /// <param name="profile">The parent's format profile: how its number is cited ("52-KH/TU" under the Party profile) and which authority prefixes a child may default to.</param>
    public PlanCloner(Plan parent, string templatePath, FormatProfile? profile = null)
    {
        _parent = parent;
        _templatePath = templatePath;
        _template = Scriban.Template.Parse(VietnameseText.Nfc(File.ReadAllText(templatePath)), templatePath);
        if (_template.HasErrors)
            throw new ReportKitException(_template.Messages.Select(m => PlanTemplate.ToDiagnostic(m, templatePath, 0, 0)).ToList());
        _parentModel = TemplateModel.Create(parent, profile?.Number);
        var p = profile ?? new FormatProfile { Name = parent.Profile };
        _profileModel = new ScriptObject { ["ten"] = p.Name, ["tien_to"] = p.Signature.Prefixes.ToList() };
        // The raw text, not the rendered one: expressions in it must render with the child's data.
        _parentModel["noi_dung_goc"] = parent.Body.Text;
        _parentModel["ket_luan_goc"] = parent.Closing?.Text;
    }

    /// <summary>Clones for every unit into <paramref name="outputDir"/>; a failing unit is reported and the others still written.</summary>
    public IEnumerable<CloneResult> CloneAll(IEnumerable<UnitIdentity> units, string outputDir)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var slug = VietnameseText.Slug(unit.Name);
            if (slug.Length == 0 || !used.Add(slug)) slug = $"{slug}-{VietnameseText.Slug(unit.Code)}".Trim('-');
            used.Add(slug);
            yield return Clone(unit, Path.Combine(outputDir, slug + ".yaml"));
        }
    }

    public CloneResult Clone(UnitIdentity unit, string path)
    {
        var yaml = Render(unit, out var renderError);
        if (yaml is null) return new CloneResult(unit, null, [renderError!]);
        var bag = new DiagnosticBag();
        PlanLoader.Parse(yaml, path, bag);
        if (bag.HasErrors)
            return new CloneResult(unit, null, bag.Items.Select(d => d with { Message = $"unit '{unit.Name}' ({unit.Source}): the clone template produced an invalid plan: {d.Message}" }).ToList());
        AtomicFile.Write(path, s =>
        {
            using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            w.Write(yaml);
        });
        return new CloneResult(unit, path, []);
    }

    string? Render(UnitIdentity unit, out Diagnostic? error)
    {
        error = null;
        var model = new ScriptObject
        {
            ["cha"] = _parentModel,
            ["the_thuc"] = _profileModel,
            ["don_vi"] = UnitModel(unit),
            ["chi_tieu_con"] = TargetSlicer.For(_parent.Targets, unit.Code).Select(SliceModel).ToList(),
        };
        try
        {
            return _template.Render(StrictContext.Create(TemplateFunctions.Create(), CloneFunctions.Create(), model));
        }
        catch (ScriptRuntimeException ex)
        {
            error = Diagnostic.Error(_templatePath, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, $"unit '{unit.Name}': {ex.OriginalMessage}");
            return null;
        }
    }

    static ScriptObject UnitModel(UnitIdentity u) => new()
    {
        ["ma"] = u.Code, ["ten"] = u.Name, ["cap"] = u.Level, ["nhom"] = u.Group,
        ["chu_quan"] = u.Parent, ["ban_hanh"] = u.Issuer, ["ky_hieu"] = u.Symbol, ["dia_danh"] = u.Place,
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
