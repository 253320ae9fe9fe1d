using ReportKit.Diagnostics;
using ReportKit.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportKit.Template;

/// <summary>
/// Renders the plan's wording with Scriban: first the body and closing written in the plan (they
/// may use template functions and variables), then the plan template that frames them. Runs
/// strict: an undefined variable or member is an error at its file:line:column.
/// </summary>
internal sealed class PlanTemplate
{
    readonly string _templatePath;
    readonly Scriban.Template _template;

    PlanTemplate(string path, Scriban.Template template) { _templatePath = path; _template = template; }

    /// <summary>Parses a template file (read as every text input is: size, encoding, characters); syntax errors are reported at their position.</summary>
    public static PlanTemplate Load(string path)
    {
        var bag = new DiagnosticBag();
        var text = Text.TextFile.Read(path, bag);
        bag.ThrowIfErrors();
        var template = Scriban.Template.Parse(text!, path);
        if (template.HasErrors)
            throw new ReportKitException(template.Messages.Select(m => ToDiagnostic(m, path, 0, 0)).ToList());
        return new PlanTemplate(path, template);
    }

    /// <summary>The body as light markup, ready for the document stage.</summary>
    public string Render(Plan plan)
    {
        var bag = new DiagnosticBag();
        var result = Render(plan, bag);
        bag.ThrowIfErrors();
        return result!;
    }

    /// <param name="number">The profile's number style (how so_ky_hieu is cited); NĐ 30's when null.</param>
    /// <param name="annexes">The profile's annex style (how annexes are labelled); NĐ 30's when null.</param>
    /// <param name="includeRoots">Folders <c>include</c> may read from (the plan's folder and the template folders); null: no includes.</param>
    public string? Render(Plan plan, DiagnosticBag bag, Profiles.NumberStyle? number = null, Profiles.AnnexStyle? annexes = null, IReadOnlyList<string>? includeRoots = null)
    {
        var model = TemplateModel.Create(plan, number);
        var annexStyle = annexes ?? new Profiles.AnnexStyle();
        // The body may name an annex by its label ({{ phu_luc[1].nhan }} → "Phụ lục II").
        model["phu_luc"] = AnnexMentions.List(plan, annexStyle);
        var functions = TemplateFunctions.Create();
        var builtins = StrictContext.Builtins();
        var body = RenderInline(plan.Body, builtins, model, functions, bag, includeRoots);
        var closing = plan.Closing is { } c ? RenderInline(c, builtins, model, functions, bag, includeRoots) : null;
        var opening = plan.OpeningText is { } o ? RenderInline(o, builtins, model, functions, bag, includeRoots) : null;
        if (bag.HasErrors) return null;
        model["noi_dung"] = body;
        model["ket_luan"] = closing;
        model["mo_dau_tu_do"] = opening;
        // Which annexes the plan's own text mentions, so the template words a reference to the others.
        var annexList = AnnexMentions.List(plan, annexStyle, body, closing, opening);
        model["phu_luc"] = annexList;
        model["phu_luc_chua_nhac"] = annexList.Where(a => a["da_nhac"] is false).ToList();
        try
        {
            return _template.Render(StrictContext.CreateSharing(builtins, includeRoots, functions, model));
        }
        catch (ScriptRuntimeException ex)
        {
            // An error inside an included template is reported in that file.
            var file = ex.Span.FileName is { Length: > 0 } f && Path.IsPathRooted(f) ? f : _templatePath;
            bag.Add(Diagnostic.Error(file, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, StrictContext.Describe(ex)));
            return null;
        }
    }

    /// <summary>Renders text from the plan file; errors are shifted to where that text sits in the file.</summary>
    static string? RenderInline(TextSource source, ScriptObject builtins, ScriptObject model, ScriptObject functions, DiagnosticBag bag, IReadOnlyList<string>? includeRoots)
    {
        if (!source.Text.Contains("{{")) return source.Text;
        var template = Scriban.Template.Parse(source.Text, source.File);
        if (template.HasErrors)
        {
            bag.AddRange(template.Messages.Select(m => ToDiagnostic(m, source.File, source.Line - 1, source.Column - 1)));
            return null;
        }
        try
        {
            return template.Render(StrictContext.CreateSharing(builtins, includeRoots, functions, model));
        }
        catch (ScriptRuntimeException ex)
        {
            if (ex.Span.FileName is { Length: > 0 } f && Path.IsPathRooted(f) && f != source.File)
                bag.Add(Diagnostic.Error(f, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, StrictContext.Describe(ex)));
            else
                bag.Add(Diagnostic.Error(source.File, ex.Span.Start.Line + source.Line, ex.Span.Start.Column + source.Column, StrictContext.Describe(ex)));
            return null;
        }
    }

    internal static Diagnostic ToDiagnostic(LogMessage m, string? file, int lineOffset, int columnOffset) =>
        new(m.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, file,
            $"{m.Span.Start.Line + 1 + lineOffset}:{m.Span.Start.Column + 1 + columnOffset}", m.Message);
}
