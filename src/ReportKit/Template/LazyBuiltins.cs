using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportKit.Template;

/// <summary>
/// Scriban's built-in objects (string, array, date, …) for the contexts of one plan, each copied
/// from one process-wide prototype only when a template first names it. Scriban's own
/// <c>GetDefaultBuiltinObject</c> deep-copies all of them for every plan (date's functions
/// alone are rebuilt), which cost a tenth of a national batch's CPU, while our templates name
/// two or three. Each plan still gets its own copies: a template that changes one (date.format)
/// changes it for its plan only, as before.
/// </summary>
sealed class LazyBuiltins() : ScriptObject(capacity: 4, autoImportStaticsFromThisType: false)
{
    // (Scriban imports a derived type's static members by reflection unless told not to: a
    // fiftieth of a national batch, and this type has none to offer.)

    // Never given to a template and never written after this line: safe to read from every thread.
    static readonly ScriptObject Prototype = TemplateContext.GetDefaultBuiltinObject();

    public override bool Contains(string member) => base.Contains(member) || Prototype.Contains(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!Prototype.TryGetValue(context, span, member, out var shared)) return false;
        value = shared switch
        {
            ScriptObject o => o.Clone(deep: true),
            ScriptArray a => a.Clone(deep: true),
            _ => shared,
        };
        // Read-only as in Scriban's own built-in object: `string = 1` shadows, never replaces.
        SetValue(member, value, readOnly: true);
        return true;
    }

    public override bool CanWrite(string member) => !Prototype.Contains(member) && base.CanWrite(member);
}
