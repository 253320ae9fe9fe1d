using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ReportKit.Localization;

namespace ReportKit.Template;

/// <summary>
/// A function templates can call, made from a typed delegate without reflection. Scriban's
/// <c>Import(name, delegate)</c> reads the delegate's method through reflection, which trimming
/// and NativeAOT cannot see; here each argument is converted with the template context's own
/// conversions (as Scriban does for imported functions) and the arity is declared up front, so
/// Scriban reports a wrong number of arguments at the call, as before.
/// </summary>
sealed class TemplateFunction : IScriptCustomFunction
{
    readonly Type[] _parameters;
    readonly Type _returns;
    readonly Func<TemplateContext, ScriptNode?, ScriptArray, object?> _call;

    TemplateFunction(Type[] parameters, Type returns, Func<TemplateContext, ScriptNode?, ScriptArray, object?> call)
    {
        _parameters = parameters;
        _returns = returns;
        _call = call;
    }

    public static TemplateFunction Of<T, TResult>(Func<T, TResult> f) =>
        new([typeof(T)], typeof(TResult), (c, n, a) => f(Arg<T>(c, n, a, 0)));

    public static TemplateFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> f) =>
        new([typeof(T1), typeof(T2)], typeof(TResult), (c, n, a) => f(Arg<T1>(c, n, a, 0), Arg<T2>(c, n, a, 1)));

    public static TemplateFunction Of<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> f) =>
        new([typeof(T1), typeof(T2), typeof(T3)], typeof(TResult), (c, n, a) => f(Arg<T1>(c, n, a, 0), Arg<T2>(c, n, a, 1), Arg<T3>(c, n, a, 2)));

    // A null argument stays null (a string or DateTime? parameter); the function decides what it means.
    static T Arg<T>(TemplateContext context, ScriptNode? caller, ScriptArray arguments, int index) =>
        context.ToObject<T>(caller?.Span ?? default, arguments[index])!;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != _parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, UiLanguage.Format(TemplateMessages.WrongArgumentCount, arguments.Count, callerContext, _parameters.Length));
        return _call(context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => _returns;

    // Scriban asks for every argument given, also past the last parameter; Invoke then reports the count.
    public ScriptParameterInfo GetParameterInfo(int index) => new(index < _parameters.Length ? _parameters[index] : typeof(object), "arg" + index);
}
