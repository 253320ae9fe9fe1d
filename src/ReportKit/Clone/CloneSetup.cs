using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Profiles;

namespace ReportKit.Clone;

/// <summary>
/// Everything a clone needs, read once: the parent plan, its profile, the clone template and the
/// units. A parent or template that cannot be used stops it (<see cref="ReportKitException"/>);
/// unit rows that cannot be read are returned as <see cref="RowProblems"/>, so the good units
/// are still cloned.
/// </summary>
public sealed record CloneSetup(PlanCloner Cloner, IReadOnlyList<UnitIdentity> Units, IReadOnlyList<Diagnostic> RowProblems, TemplateLocator Templates)
{
    public static CloneSetup Load(string planPath, string unitsPath, string? templateDir, string templateName = "nhan-ban")
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Load(planPath, bag);
        var units = UnitDirectoryLoader.Load(unitsPath, bag);
        var locator = new TemplateLocator(templateDir, planPath);
        var templatePath = locator.FindTemplate(templateName);
        if (templatePath is null)
            bag.Add(new Diagnostic(Severity.Error, null, null, $"no clone template '{templateName}' in {string.Join(", ", locator.Roots)}"));
        if (plan is null || templatePath is null) bag.ThrowIfErrors();
        var profile = ProfileLoader.Load(plan!.Profile, locator.ProfileDirs, plan.ProfileAt);
        return new CloneSetup(new PlanCloner(plan, templatePath!, profile), units, bag.Items, locator);
    }
}
