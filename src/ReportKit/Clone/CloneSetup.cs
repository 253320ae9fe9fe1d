using ReportKit.Diagnostics;
using ReportKit.Localization;
using ReportKit.Load;
using ReportKit.Pipeline;
using ReportKit.Profiles;

namespace ReportKit.Clone;

/// <summary>
/// Everything a clone needs, read once: the parent plan, its profile, the clone template, the
/// level-wording tables (templates/cap/) and the units. A parent, template or table that cannot
/// be used stops it (<see cref="ReportKitException"/>); unit rows that cannot be read are
/// returned as <see cref="RowProblems"/>, so the good units are still cloned.
/// </summary>
internal sealed record CloneSetup(PlanCloner Cloner, IReadOnlyList<UnitIdentity> Units, IReadOnlyList<Diagnostic> RowProblems, TemplateLocator Templates)
{
    /// <param name="options">--tu-du-thao: a draft parent is cloned into drafts instead of refused; --data: the parent's targets from a workbook.</param>
    public static CloneSetup Load(string planPath, string unitsPath, string? templateDir, string templateName = "nhan-ban", CloneOptions? options = null)
    {
        // What stops the whole clone, all reported together.
        var fatal = new DiagnosticBag();
        var plan = PlanLoader.Load(planPath, fatal);
        if (plan is not null && options?.DataPath is { } data) plan = PlanRenderer.WithData(plan, data, fatal);
        var rows = new DiagnosticBag();
        var units = UnitDirectoryLoader.Load(unitsPath, rows);
        var locator = new TemplateLocator(templateDir, planPath);
        var templatePath = locator.FindTemplate(templateName);
        if (templatePath is null)
            fatal.Add(new Diagnostic(Severity.Error, null, null, UiLanguage.Format(CloneMessages.CloneTemplateNotFound, templateName, string.Join(", ", locator.Roots))));
        // One message for a units file with no signers at all, not one per unit.
        if (units.Count > 0 && units.All(u => string.IsNullOrWhiteSpace(u.SignerName)))
            fatal.Add(new Diagnostic(Severity.Error, unitsPath, null, CloneMessages.NoUnitHasSigner));
        var wordings = LevelWordingLoader.Load(locator.Roots, fatal);
        if (fatal.HasErrors) throw new ReportKitException([.. fatal.Items, .. rows.Items]);
        var profile = ProfileLoader.Load(plan!.Profile, locator.ProfileDirs, plan.ProfileAt);
        return new CloneSetup(new PlanCloner(plan, templatePath!, profile, wordings, options), units, rows.Items, locator);
    }
}
