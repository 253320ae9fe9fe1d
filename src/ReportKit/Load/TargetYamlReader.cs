using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Text;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads the plan's targets: <c>chi_tieu</c> (a list, or the path of a workbook laid out as in
/// docs/annex.md) and <c>don_vi</c> (the units). How annexes print them is <c>phu_luc</c>
/// (AnnexSpecReader). Relative workbook paths resolve against the plan file's folder. Every
/// problem is located in the plan file or the workbook cell it came from.
/// </summary>
internal static class TargetYamlReader
{
    public static TargetSet? Read(YamlNodeReader r, string planPath)
    {
        var targetsNode = r.Get("chi_tieu");
        var unitsNode = r.Get("don_vi");
        if (targetsNode is null)
        {
            if (unitsNode is not null) r.Error(unitsNode, LoadMessages.UnitsWithoutTargets);
            return null;
        }

        TargetSet? set;
        if (targetsNode is YamlScalarNode { Value: { Length: > 0 } path })
        {
            if (unitsNode is not null) r.Error(unitsNode, LoadMessages.UnitsBesideWorkbook);
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(planPath)!, VietnameseText.Nfc(path)));
            if (!File.Exists(full))
            {
                r.Error(targetsNode, UiLanguage.Format(LoadMessages.TargetWorkbookNotFound, path, full));
                return null;
            }
            set = TargetWorkbookReader.Read(full, r.Bag);
        }
        else if (targetsNode is YamlSequenceNode seq)
        {
            var failed = new HashSet<string>(StringComparer.Ordinal);
            var units = ReadUnits(r, failed);
            var targets = seq.Children.Select(item => ReadTarget(r, item)).OfType<Target>().ToList();
            set = new TargetSet { Targets = targets, Units = units, Source = planPath };
            TargetSetValidator.Validate(set, r.Bag, failed);
        }
        else
        {
            r.Error(targetsNode, UiLanguage.Format(LoadMessages.TargetsNotAListOrPath, YamlNodeReader.Describe(targetsNode)));
            return null;
        }
        return set;
    }

    /// <param name="failed">Gets the codes of units whose entries had errors, so allocations to them are not reported again.</param>
    static List<SubordinateUnit> ReadUnits(YamlNodeReader r, HashSet<string> failed)
    {
        var list = new List<SubordinateUnit>();
        var seq = r.Sequence("don_vi");
        if (seq is null) return list;
        foreach (var item in seq.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } name }:
                    list.Add(new SubordinateUnit { Code = VietnameseText.Nfc(name), Name = VietnameseText.Nfc(name) });
                    break;
                case YamlMappingNode map:
                    var m = r.Child(map, "don_vi[]");
                    var code = m.String("ma", required: true);
                    var unitName = m.String("ten", required: true);
                    var level = m.String("cap");
                    var group = m.String("nhom");
                    m.Finish();
                    if (code is not null && unitName is not null)
                        list.Add(new SubordinateUnit { Code = code, Name = unitName, Level = level, Group = group });
                    else if (code is not null) failed.Add(code);
                    break;
                default:
                    r.Error(item, UiLanguage.Format(LoadMessages.UnitNotANameOrMapping, YamlNodeReader.Describe(item)));
                    break;
            }
        }
        return list;
    }

    static Target? ReadTarget(YamlNodeReader r, YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            r.Error(item, UiLanguage.Format(LoadMessages.TargetNotAMapping, YamlNodeReader.Describe(item)));
            return null;
        }
        var m = r.Child(map, "chi_tieu[]");
        var code = m.String("ma", required: true);
        var group = m.String("nhom");
        var content = m.String("noi_dung", required: true);
        var unit = m.String("don_vi_tinh");
        var ruleNode = m.Get("tong_hop");
        var ruleText = m.String("tong_hop");
        var rule = Aggregation.Sum;
        if (ruleText is not null)
        {
            if (TargetValueParser.Aggregation(ruleText) is { } a) rule = a;
            else m.Error(ruleNode!, UiLanguage.Format(LoadMessages.AggregationUnknown, ruleText));
        }
        var value = Value(m, "chi_tieu", rule, required: true);
        var previous = Value(m, "ket_qua_nam_truoc", rule == Aggregation.Sum ? Aggregation.None : rule, required: false);
        var deadline = m.String("thoi_han");
        var lead = m.String("chu_tri");
        var cooperating = TextItems.Read(m, "phoi_hop", "chi_tieu[].phoi_hop");
        var note = m.String("ghi_chu");
        var basis = m.String("can_cu_de_xuat");
        var allocations = ReadAllocations(m, rule);
        m.Finish();
        if (code is null || content is null || value is null) return null;
        var valueNode = m.Get("chi_tieu")!;
        return new Target
        {
            Code = code, Group = group, Content = content, Unit = unit, Value = value, Aggregation = rule,
            Deadline = deadline, Lead = lead, Cooperating = cooperating, Note = note, Previous = previous, Basis = basis,
            Allocations = allocations, Source = At(m, valueNode),
        };
    }

    static Dictionary<string, Allocation> ReadAllocations(YamlNodeReader m, Aggregation rule)
    {
        var result = new Dictionary<string, Allocation>(StringComparer.Ordinal);
        var node = m.Get("phan_bo");
        if (node is null) return result;
        if (node is not YamlMappingNode map)
        {
            m.Error(node, UiLanguage.Format(LoadMessages.AllocationNotAMapping, YamlNodeReader.Describe(node)));
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } code })
            {
                m.Error(k, UiLanguage.Format(LoadMessages.AllocationKeyNotACode, YamlNodeReader.Describe(k)));
                continue;
            }
            var unit = VietnameseText.Nfc(code);
            if (v is not YamlScalarNode { Value: { } text })
            {
                m.Error(v, UiLanguage.Format(LoadMessages.AllocationNotAValue, unit, YamlNodeReader.Describe(v)));
                continue;
            }
            var parsed = Parse(m, v, $"chi_tieu[].phan_bo.{unit}", VietnameseText.Nfc(text), rule);
            if (parsed is not null) result[unit] = new Allocation(parsed, At(m, k));
        }
        return result;
    }

    static TargetValue? Value(YamlNodeReader m, string key, Aggregation rule, bool required)
    {
        var node = m.Get(key);
        var text = m.String(key, required);
        return text is null ? null : Parse(m, node!, $"chi_tieu[].{key}", text, rule);
    }

    static TargetValue? Parse(YamlNodeReader m, YamlNode node, string name, string text, Aggregation rule)
    {
        var (value, error) = TargetValueParser.Parse(text);
        if (error is not null) { m.Error(node, $"{name}: {error}"); return null; }
        if (value is null) return null;
        value = TargetValueParser.ForRule(value, rule);
        if (TargetValueParser.CheckRule(value, rule) is { } problem) { m.Error(node, $"{name}: {problem}"); return null; }
        return value;
    }

    static SourceRef At(YamlNodeReader m, YamlNode node) => new(m.File, (int)node.Start.Line, (int)node.Start.Column);

}
