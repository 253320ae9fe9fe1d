using ReportKit.Safety;
using ReportKit.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ReportKit.Localization;

namespace ReportKit.Template;

/// <summary>
/// The one way templates run: strict variables and members (a typo is an error, not an empty
/// string), invariant culture (formatting is done by our Vietnamese functions, never by the
/// machine's culture), names exactly as given, and bounded: loop iterations, call depth, regex
/// time and the characters a template writes or holds in one value are limits
/// (<see cref="Limits"/>), each exceeded at the expression that did it, with the limit named.
/// Includes resolve only inside the template folders given, and no template writes a
/// forbidden character.
/// </summary>
internal static class StrictContext
{
    public static TemplateContext Create(params ScriptObject[] globals) => Create(null, globals);

    /// <param name="includeRoots">Folders <c>include</c> may read from (the plan's folder and the template folders); null: no includes.</param>
    public static TemplateContext Create(IReadOnlyList<string>? includeRoots, params ScriptObject[] globals) => Make(null, includeRoots, globals);

    /// <summary>
    /// As <see cref="Create(IReadOnlyList{string}?, ScriptObject[])"/>, with Scriban's built-in
    /// functions (string, array, date, ...) from <see cref="Builtins"/>: copying them is most of
    /// what a context costs, and one plan renders up to four (body, closing, opening, template),
    /// which share the plan's model and functions already. Each plan gets its own.
    /// </summary>
    public static TemplateContext CreateSharing(ScriptObject builtins, IReadOnlyList<string>? includeRoots, params ScriptObject[] globals) => Make(builtins, includeRoots, globals);

    /// <summary>Scriban's built-in functions for the contexts of one render (<see cref="CreateSharing"/>), each copied when first named.</summary>
    public static ScriptObject Builtins() => new LazyBuiltins();

    static TemplateContext Make(ScriptObject? builtins, IReadOnlyList<string>? includeRoots, ScriptObject[] globals)
    {
        var limits = Limits.Current;
        var context = new LimitedContext(limits, builtins ?? new LazyBuiltins())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = limits.TemplateLoop,
            RecursiveLimit = limits.TemplateRecursion,
            // One past our own limit: Scriban refuses string multiplication and padding past it,
            // and truncates silently with "..." at it; our output and value checks stop first.
            LimitToString = limits.TemplateOutput + 1,
            RegexTimeOut = limits.RegexTimeout,
            MemberRenamer = m => m.Name,
            TemplateLoader = includeRoots is null ? null : new SandboxedTemplateLoader(includeRoots),
        };
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        context.PushOutput(new LimitedOutput(context, limits));
        foreach (var g in globals) context.PushGlobal(g);
        return context;
    }

    /// <summary>The message of a template error, with Scriban's limit messages told as our limits (name, value, how to raise).</summary>
    public static string Describe(ScriptRuntimeException ex) => Describe(ex.OriginalMessage, Limits.Current);

    internal static string Describe(string message, Limits limits)
    {
        if (message.Contains("LimitToString", StringComparison.Ordinal) || message.Contains("Insufficient memory", StringComparison.Ordinal))
            return UiLanguage.Format(TemplateMessages.OutputTooLong, limits.TemplateOutput, limits.Hint("template-output"));
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
            return UiLanguage.Format(TemplateMessages.LoopTooLong, limits.TemplateLoop, limits.Hint("template-loop"));
        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
            return UiLanguage.Format(TemplateMessages.RecursionTooDeep, limits.TemplateRecursion, limits.Hint("template-recursion"));
        if (message.Contains("Regex engine has timed out", StringComparison.Ordinal))
            return UiLanguage.Format(TemplateMessages.RegexTooSlow, limits.RegexTimeoutMs, limits.Hint("regex-timeout"));
        if (VariableNotFound.Match(message) is { Success: true } missing)
            return UiLanguage.Format(TemplateMessages.VariableNotFound, missing.Groups[1].Value);
        // .NET's argument checks end with " (Parameter 'n')": noise to a template's author.
        return System.Text.RegularExpressions.Regex.Replace(message, @" \(Parameter '[^']*'\)$", "");
    }

    /// <summary>Scriban's words for a name that is neither a variable nor a function, told in the language of messages.</summary>
    static readonly System.Text.RegularExpressions.Regex VariableNotFound = new(@"^The variable or function `(.*)` was not found$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);

    /// <summary>Checks every value a template computes: no text past the output limit lives longer than one step, and none holds a forbidden character.</summary>
    sealed class LimitedContext(Limits limits, ScriptObject? builtins) : TemplateContext(builtins)
    {
        public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
        {
            object? result;
            try
            {
                result = base.Evaluate(scriptNode, aliasReturnedFunction);
            }
            catch (ScriptRuntimeException ex) when (Describe(ex.OriginalMessage, limits) is var told && told != ex.OriginalMessage)
            {
                throw new ScriptRuntimeException(ex.Span, told);
            }
            if (result is string text && scriptNode is not null)
            {
                if (text.Length > limits.TemplateOutput)
                    throw new ScriptRuntimeException(scriptNode.Span, Describe("LimitToString", limits));
                // The model's texts were checked when read: a forbidden character here comes from the template itself.
                if (ForbiddenCharacters.First(text) is { } f)
                    throw new ScriptRuntimeException(scriptNode.Span, UiLanguage.Format(TemplateMessages.TemplateMakesForbiddenCharacter, ForbiddenCharacters.Describe(f)));
            }
            return result;
        }

        /// <summary>What an expression writes ({{ ... }}), checked at the expression; the template's own text was checked when its file was read.</summary>
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is null) return this;
            var text = ObjectToString(textAsObject) ?? "";
            if (ForbiddenCharacters.First(text) is { } f)
                throw new ScriptRuntimeException(span, UiLanguage.Format(TemplateMessages.TemplateWritesForbiddenCharacter, ForbiddenCharacters.Describe(f)));
            return base.Write(span, text);
        }
    }

    /// <summary>The template's output, counted against the output limit.</summary>
    sealed class LimitedOutput(TemplateContext context, Limits limits) : IScriptOutput
    {
        readonly System.Text.StringBuilder _text = new();

        public void Write(string text, int offset, int count)
        {
            if (_text.Length + count > limits.TemplateOutput)
                throw new ScriptRuntimeException(context.CurrentSpan, Describe("LimitToString", limits));
            _text.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>
    /// <c>include "name"</c> resolves against the including template's folder, then the template
    /// folders, and only to files inside them (.., absolute paths and links that lead out are
    /// refused); the included text is read like any template file.
    /// </summary>
    sealed class SandboxedTemplateLoader(IReadOnlyList<string> roots) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var current = context.CurrentSourceFile is { Length: > 0 } f && Path.IsPathRooted(f) ? Path.GetDirectoryName(f) : null;
            var dirs = current is null ? roots : [current, .. roots];
            var file = Path.HasExtension(templateName) ? templateName : templateName + ".sbn";
            try
            {
                return Pipeline.Sandbox.Find(file, dirs, roots, "template")
                    ?? throw new ScriptRuntimeException(callerSpan, UiLanguage.Format(TemplateMessages.IncludeNotFound, templateName, string.Join(", ", dirs)));
            }
            catch (Pipeline.SandboxException ex)
            {
                throw new ScriptRuntimeException(callerSpan, $"include: {ex.Message}");
            }
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            var bag = new Diagnostics.DiagnosticBag();
            return TextFile.Read(templatePath, bag)
                ?? throw new ScriptRuntimeException(callerSpan, $"include: {string.Join("; ", bag.Items.Select(d => d.ToString()))}");
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
