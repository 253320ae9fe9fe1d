using Scriban;
using Scriban.Runtime;

namespace ReportKit.Template;

/// <summary>
/// The one way templates run: strict variables and members (a typo is an error, not an empty
/// string), loop limit raised for large plans, invariant culture (formatting is done by our
/// Vietnamese functions, never by the machine's culture), names exactly as given.
/// </summary>
public static class StrictContext
{
    public static TemplateContext Create(params ScriptObject[] globals)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Large plans and annexes iterate far more than Scriban's default 1000.
            LoopLimit = 1_000_000,
            LimitToString = 0,
            MemberRenamer = m => m.Name,
        };
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var g in globals) context.PushGlobal(g);
        return context;
    }
}
