using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Loads a plan from YAML. Keys are the official element names without diacritics
/// (so, ky_hieu, trich_yeu, noi_nhan, ...); docs/yaml-keys.md lists them all.
/// All problems are collected and reported together, each at file:line:column.
/// </summary>
internal static class PlanLoader
{
    static readonly Regex SymbolPattern = new(@"^[A-ZĐ][A-Za-zĐđ0-9]*([-/][A-ZĐ0-9][A-Za-zĐđ0-9]*)+$", RegexOptions.CultureInvariant);

    /// <summary>Loads a plan file; throws <see cref="ReportKitException"/> with every located error.</summary>
    public static Plan Load(string path)
    {
        var bag = new DiagnosticBag();
        var plan = Load(path, bag);
        bag.ThrowIfErrors();
        return plan!;
    }

    /// <summary>Loads what it can and adds every problem to <paramref name="bag"/>; null when the file is not usable at all.</summary>
    public static Plan? Load(string path, DiagnosticBag bag)
    {
        if (YamlFile.Read(path, bag, PlanFields) is not var (root, text)) return null;
        return Read(new YamlNodeReader(root, path, text.Split('\n'), bag), Path.GetFullPath(path));
    }

    static string PlanFields => LoadMessages.PlanFieldsExpected;

    public static Plan? Parse(string text, string file, DiagnosticBag bag)
    {
        var root = ReadRoot(text, file, bag);
        if (root is null) return null;
        var lines = text.Split('\n');
        return Read(new YamlNodeReader(root, file, lines, bag), Path.GetFullPath(file));
    }

    /// <summary>Parses YAML into its root mapping, reporting syntax errors at their position.</summary>
    public static YamlMappingNode? ReadRoot(string text, string file, DiagnosticBag bag) => YamlFile.Parse(VietnameseText.Nfc(text), file, bag, PlanFields);

    static Plan? Read(YamlNodeReader r, string fullPath)
    {
        var profile = r.String("the_thuc") ?? "hoi";
        var template = r.String("mau") ?? "ke-hoach";

        var organs = PlanPartReaders.Organs(r);
        var draft = PlanPartReaders.Draft(r);
        var (urgency, secrecy) = PlanPartReaders.Marks(r);
        var number = r.Int("so", min: 1, max: 99999);
        var symbolNode = r.Get("ky_hieu");
        var symbol = r.String("ky_hieu", required: true);
        if (symbol is not null && !SymbolPattern.IsMatch(symbol))
            r.Error(symbolNode!, UiLanguage.Format(LoadMessages.SymbolMalformed, symbol));
        var place = r.String("dia_danh", required: true);
        var date = r.Date("ngay");
        var year = r.Int("nam", min: 1900, max: 2200);
        var docType = r.String("ten_loai") ?? "KẾ HOẠCH";
        var subject = r.String("trich_yeu", required: true);
        if (r.Get("kinh_gui") is { } kinhGui)
            r.Error(kinhGui, LoadMessages.KinhGuiInPlan);
        var bases = TextItems.Read(r, "can_cu");
        var (opening, openingText) = PlanPartReaders.Opening(r);
        var body = r.Text("noi_dung", required: true);
        var closing = PlanPartReaders.Closing(r);
        var (recipients, archiveLine, archiveLineAt) = PlanPartReaders.Recipients(r);
        var archive = r.String("luu");
        if (r.String("dong_luu") is { } written)
        {
            if (archiveLine is not null) r.Error(r.Get("dong_luu")!, LoadMessages.ArchiveLineTwice);
            archiveLine = written;
            archiveLineAt = r.SpansOf("dong_luu").FirstOrDefault();
        }
        if (archiveLine is not null && archive is not null)
            r.Error(r.Get("luu")!, LoadMessages.ArchiveWithArchiveLine);
        var signers = PlanPartReaders.Signers(r);
        var numbering = r.Get("danh_so") is null ? null : r.StringList("danh_so");
        foreach (var (pattern, at) in (numbering ?? []).Zip(r.SpansOf("danh_so")))
            if (!Document.SectionNumbering.IsValidPattern(pattern))
                r.Bag.Add(at.At(Severity.Error, UiLanguage.Format(LoadMessages.NumberingPatternMalformed, pattern)));
        var variables = ReadVariables(r);
        var targets = TargetYamlReader.Read(r, fullPath);
        var annexes = AnnexSpecReader.Read(r, fullPath);
        r.Finish();

        if (organs is { Count: > 1 } && signers is { Count: > 1 } && signers.Count != organs.Count)
            r.Error(r.Get("nguoi_ky")!, UiLanguage.Format(LoadMessages.SignersPerOrgan, signers.Count, organs.Count));

        if (organs is null || symbol is null || place is null || subject is null || body is null || signers is null) return null;
        return new Plan
        {
            Profile = profile,
            ProfileAt = r.SpansOf("the_thuc").FirstOrDefault(),
            Template = template,
            TemplateAt = r.SpansOf("mau").FirstOrDefault(),
            Organ = organs[0],
            OrganAt = r.Get("co_quan") is { } organNode ? r.SpanOf(organNode) : null,
            JointOrgans = organs.Skip(1).ToList(),
            Draft = draft,
            Urgency = urgency,
            Secrecy = secrecy,
            Number = number,
            Symbol = symbol,
            SymbolAt = r.SpansOf("ky_hieu").FirstOrDefault(),
            Place = place,
            PlaceAt = r.SpansOf("dia_danh").FirstOrDefault(),
            Date = date,
            Year = year ?? date?.Year,
            DocumentType = VietnameseText.Upper(docType),
            Subject = subject,
            Bases = bases,
            Opening = opening,
            OpeningText = openingText,
            Body = body,
            Closing = closing,
            Recipients = recipients,
            Archive = archive,
            ArchiveAt = r.SpansOf("luu").FirstOrDefault(),
            ArchiveLine = archiveLine,
            ArchiveLineAt = archiveLineAt,
            Signer = signers[0],
            CoSigners = signers.Skip(1).ToList(),
            Numbering = numbering,
            Variables = variables,
            Targets = targets,
            Annexes = annexes,
            SourcePath = fullPath,
        };
    }

    static Dictionary<string, object?> ReadVariables(YamlNodeReader r)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var m = r.Get("bien");
        if (m is null) return result;
        if (m is not YamlMappingNode map)
        {
            r.Error(m, LoadMessages.VariablesNotAMapping);
            return result;
        }
        return (Dictionary<string, object?>)Plain(r, map, "bien")!;
    }

    /// <summary>Free YAML values become plain strings, lists and dictionaries for the template; a key that is not a name is an error at the key.</summary>
    static object? Plain(YamlNodeReader r, YamlNode node, string path)
    {
        switch (node)
        {
            case YamlScalarNode s:
                return s.Value is null ? null : VietnameseText.Nfc(s.Value);
            case YamlSequenceNode seq:
                return seq.Children.Select(c => Plain(r, c, path + "[]")).ToList();
            case YamlMappingNode map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode { Value: { Length: > 0 } name })
                    {
                        r.Error(k, UiLanguage.Format(LoadMessages.VariableNameNotAWord, path, YamlNodeReader.Describe(k)));
                        continue;
                    }
                    result[VietnameseText.Nfc(name)] = Plain(r, v, $"{path}.{name}");
                }
                return result;
            default:
                return null;
        }
    }
}
