using ReportKit.Clone;
using ReportKit.Diagnostics;
using ReportKit.Document;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Tests.Support;

namespace ReportKit.Tests;

/// <summary>
/// Seed 003 is huyện Hóc Môn's plan implementing the city's plan 264/KH-BTV. Cloning the example
/// city plan for Hóc Môn must give the plan written from the seed: the same sections and wording,
/// with its own identity.
/// </summary>
public class HocMonCloneTests
{
    static string Text(Block b) => b switch
    {
        Heading h => h.Marker + " " + Inlines.PlainText(h.Inlines),
        NumberedParagraph n => n.Marker + " " + Inlines.PlainText(n.Inlines),
        DashItem d => d.Bullet + " " + Inlines.PlainText(d.Inlines),
        BodyParagraph p => Inlines.PlainText(p.Inlines),
        _ => b.GetType().Name,
    };

    [Fact]
    public void Cloning_the_city_plan_for_Hoc_Mon_gives_the_seed_plans_sections_and_wording()
    {
        using var dir = new Repo.TempDir();
        var city = PlanLoader.Load(Path.Combine(Repo.Examples, "tp-hcm-2023", "ke-hoach.yaml"));
        var bag = new DiagnosticBag();
        var units = UnitDirectoryLoader.Load(Path.Combine(Repo.Examples, "tp-hcm-2023", "don-vi.yaml"), bag);
        Assert.Empty(bag.Items);
        var hocMon = units.Single(u => u.Name == "Huyện Hóc Môn");
        var clone = new PlanCloner(city, Path.Combine(Repo.Templates, "nhan-ban.sbn")).Clone(hocMon, Path.Combine(dir.Path, "hoc-mon.yaml"));
        Assert.True(clone.Succeeded, string.Join("\n", clone.Diagnostics));

        var renderer = new PlanRenderer(Repo.Templates);
        var cloned = renderer.Prepare(clone.PlanPath!).Document;
        var seed = renderer.Prepare(Repo.Example("hoc-mon-2023")).Document;

        // Identity: the unit's own organ, place and signer; the number and date are the clerk's.
        Assert.Equal(seed.Header.Organs, cloned.Header.Organs);
        Assert.Equal("Số:       /KH-BTV", cloned.Header.NumberLine);
        Assert.StartsWith("Hóc Môn, ngày ", cloned.Header.DateLine);
        Assert.Equal(seed.End.Signatures[0].Name, cloned.End.Signatures[0].Name);
        Assert.Equal(seed.Subject, cloned.Subject);

        // The opening cites the city plan; everything after it is the seed's text, section by section.
        Assert.StartsWith("Thực hiện Kế hoạch số 264/KH-BTV ngày 27 tháng 11 năm 2023 của Ban Thường vụ Hội LHPN Thành phố về thực hiện Nghị quyết số 24-NQ/TW", Text(cloned.Body[0]));
        Assert.EndsWith(", Ban Thường vụ Hội LHPN huyện Hóc Môn xây dựng Kế hoạch tổ chức thực hiện như sau:", Text(cloned.Body[0]));
        Assert.Equal(seed.Body.Skip(1).Select(Text), cloned.Body.Skip(1).Select(Text));
        Assert.Contains(cloned.End.Recipients, r => r.Text == "- Ban Thường vụ Hội LHPN Thành phố (để báo cáo);");
    }
}
