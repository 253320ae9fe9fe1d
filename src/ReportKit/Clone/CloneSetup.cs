using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Profiles;

namespace ReportKit.Clone;

/// <summary>
/// Everything a clone needs, read once: the parent plan, its profile, the clone template, the
/// level-wording tables (templates/cap/) and the units. A parent or template that cannot be used stops it (<see cref="ReportKitException"/>);
/// unit rows that cannot be read are returned as <see cref="RowProblems"/>, so the good units
/// are still cloned.
/// </summary>
public sealed record CloneSetup(PlanCloner Cloner, IReadOnlyList<UnitIdentity> Units, IReadOnlyList<Diagnostic> RowProblems, TemplateLocator Templates)
{
    /// <param name="options">--tu-du-thao: a draft parent is cloned into drafts instead of refused.</param>
    public static CloneSetup Load(string planPath, string unitsPath, string? templateDir, string templateName = "nhan-ban", CloneOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.Load(planPath, bag);
        var units = UnitDirectoryLoader.Load(unitsPath, bag);
        var locator = new TemplateLocator(templateDir, planPath);
        var templatePath = locator.FindTemplate(templateName);
        if (templatePath is null)
            bag.Add(new Diagnostic(Severity.Error, null, null, $"no clone template '{templateName}' in {string.Join(", ", locator.Roots)}"));
        // One message for a units file with no signers at all, not one per unit.
        var noSigners = units.Count > 0 && units.All(u => string.IsNullOrWhiteSpace(u.SignerName));
        if (noSigners)
            bag.Add(new Diagnostic(Severity.Error, unitsPath, null, "no unit has a ho_ten (the signer's name): add a ho_ten column (sheet don_vi, or ho_ten: in each unit) and fill it in; a unit's plan cannot be signed without it"));
        if (plan is null || templatePath is null || noSigners) bag.ThrowIfErrors();
        var profile = ProfileLoader.Load(plan!.Profile, locator.ProfileDirs, plan.ProfileAt);
        var tables = new DiagnosticBag();
        var wordings = LevelWordingLoader.Load(locator.Roots, tables);
        tables.ThrowIfErrors();
        return new CloneSetup(new PlanCloner(plan, templatePath!, profile, wordings, options), units, bag.Items, locator);
    }
}
