using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Localization;
using ReportKit.Localization;

namespace ReportGen;

/// <summary>
/// System.CommandLine's own words (its help layout, "Usage:", "Options:", its parse errors) in the
/// language of messages. The library ships no Vietnamese and keeps its help builder internal, so
/// the help is written here from the commands' own descriptions, and its parse errors, which it
/// words in English, are matched against its English templates (CommandLineMessages.en, the same
/// text under the same keys) and worded again from the Vietnamese ones.
/// </summary>
static class Help
{
    /// <summary>Help and version in the language of messages, for every command (the help option is recursive).</summary>
    public static void Localize(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = CommandLineMessages.HelpOptionDescription;
                help.Action = new LocalizedHelpAction();
            }
            else if (option is VersionOption version) version.Description = CommandLineMessages.VersionOptionDescription;
        }
    }

    /// <summary>
    /// What System.CommandLine does with a command line it cannot parse (errors on stderr, the
    /// nearest names of a mistyped word, the command's help, exit code 1), in the user's language.
    /// </summary>
    public static int ParseErrors(ParseResult parse)
    {
        foreach (var error in parse.Errors) Console.Error.WriteLine(Translate(error.Message));
        foreach (var token in parse.UnmatchedTokens)
        {
            var near = Suggestions(parse.CommandResult.Command, token);
            if (near.Count == 0) continue;
            Console.Error.WriteLine(UiLanguage.Format(CommandLineMessages.SuggestionsTokenNotMatched, token));
            foreach (var n in near) Console.Error.WriteLine(n);
        }
        Console.WriteLine();
        Write(parse.CommandResult.Command, Console.Out);
        return Cli.InputError;
    }

    sealed class LocalizedHelpAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return Cli.Ok;
        }
    }

    /// <summary>One of System.CommandLine's English messages in the language of messages; a message it does not know stays as it is.</summary>
    public static string Translate(string message)
    {
        foreach (var (key, pattern) in Templates.Value)
        {
            var m = pattern.Match(message);
            if (!m.Success) continue;
            var args = m.Groups.Cast<Group>().Skip(1).Select(g => (object?)g.Value).ToArray();
            return UiLanguage.Format(CommandLineMessages.ResourceManager.GetString(key, System.Globalization.CultureInfo.CurrentUICulture)!, args);
        }
        return message;
    }

    /// <summary>Every English template with placeholders as a pattern, the longest first (so "… for option …" wins over its shorter kin).</summary>
    static readonly Lazy<List<(string Key, Regex Pattern)>> Templates = new(() =>
    {
        var set = CommandLineMessages.ResourceManager.GetResourceSet(UiLanguage.English, createIfNotExists: true, tryParents: false)!;
        var list = new List<(string, Regex)>();
        foreach (System.Collections.DictionaryEntry e in set)
        {
            var template = (string)e.Value!;
            var body = Regex.Replace(Regex.Escape(template), @"\\\{(\d)}", "(.*?)");
            list.Add(((string)e.Key, new Regex("^" + body + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant)));
        }
        return list.OrderByDescending(t => t.Item2.ToString().Length).ToList();
    });

    /// <summary>Subcommands and options of <paramref name="command"/> a mistyped word is close to.</summary>
    static List<string> Suggestions(Command command, string token)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden).Select(o => o.Name));
        var word = token.TrimStart('-');
        return names.Where(n => word.Length >= 2 && Distance(n.TrimStart('-'), word) <= Math.Max(1, word.Length / 3)).Order(StringComparer.Ordinal).ToList();
    }

    static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return d[b.Length];
    }

    /// <summary>The help of one command: description, usage, arguments, options (its own, then those of the commands above it that reach down), subcommands.</summary>
    public static void Write(Command command, TextWriter output)
    {
        var width = Console.IsOutputRedirected ? int.MaxValue : Math.Max(40, SafeWindowWidth());
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            text.AppendLine(CommandLineMessages.HelpDescriptionTitle);
            foreach (var line in Wrap(command.Description!, width - 2)) text.Append("  ").AppendLine(line);
            text.AppendLine();
        }

        text.AppendLine(CommandLineMessages.HelpUsageTitle);
        var usage = new List<string>();
        for (var c = command; c is not null; c = Parent(c)) usage.Insert(0, c.Name);
        usage.AddRange(command.Arguments.Where(a => !a.Hidden).Select(Usage));
        if (command.Subcommands.Any(c => !c.Hidden)) usage.Add(CommandLineMessages.HelpUsageCommand);
        var options = Options(command);
        if (options.Count > 0) usage.Add(CommandLineMessages.HelpUsageOptions);
        text.Append("  ").AppendLine(string.Join(' ', usage));
        text.AppendLine();

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (Usage(a), a.Description ?? "")).ToList();
        Section(text, CommandLineMessages.HelpArgumentsTitle, arguments, width);
        Section(text, CommandLineMessages.HelpOptionsTitle, options.Select(o => (Usage(o), Description(o))).ToList(), width);
        var subcommands = command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(' ', new[] { c.Name }.Concat(c.Arguments.Where(a => !a.Hidden).Select(Usage))), c.Description ?? "")).ToList();
        Section(text, CommandLineMessages.HelpCommandsTitle, subcommands, width);
        output.Write(text.ToString());
    }

    static int SafeWindowWidth()
    {
        try { return Console.WindowWidth; }
        catch (IOException) { return 80; }
    }

    static Command? Parent(Command c) => c.Parents.OfType<Command>().FirstOrDefault();

    /// <summary>The command's own options, then the recursive ones of every command above it.</summary>
    static List<Option> Options(Command command)
    {
        // Help and version close the command's own list, as System.CommandLine lays it out.
        var list = command.Options.Where(o => !o.Hidden).OrderBy(o => o is HelpOption or VersionOption ? 1 : 0).ToList();
        for (var c = Parent(command); c is not null; c = Parent(c))
            list.AddRange(c.Options.Where(o => o.Recursive && !o.Hidden && !list.Contains(o)));
        return list;
    }

    static string Usage(Argument a) => $"<{a.HelpName ?? a.Name}>";

    static string Usage(Option o)
    {
        var names = new[] { o.Name }.Concat(o.Aliases).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var text = string.Join(", ", names);
        if (o.ValueType != typeof(bool) && o.Arity.MaximumNumberOfValues > 0) text += $" <{o.HelpName ?? o.Name.TrimStart('-')}>";
        if (o.Required) text += " " + CommandLineMessages.HelpOptionsRequiredLabel;
        return text;
    }

    static string Description(Option o)
    {
        var text = o.Description ?? "";
        if (o.HasDefaultValue && o.ValueType != typeof(bool) && o.GetDefaultValue() is { } value)
        {
            var shown = value is System.Collections.IEnumerable list and not string
                ? string.Join("|", list.Cast<object>())
                : value.ToString();
            if (!string.IsNullOrEmpty(shown)) text += $" [{CommandLineMessages.HelpArgumentDefaultValueLabel}: {shown}]";
        }
        return text;
    }

    static void Section(StringBuilder text, string title, List<(string First, string Second)> rows, int width)
    {
        if (rows.Count == 0) return;
        text.AppendLine(title);
        var first = rows.Max(r => r.First.Length) + 2;
        foreach (var (name, description) in rows)
        {
            var lines = Wrap(description, Math.Max(20, width - 2 - first));
            text.Append("  ").Append(name.PadRight(first)).AppendLine(lines.FirstOrDefault() ?? "");
            foreach (var more in lines.Skip(1)) text.Append(' ', 2 + first).AppendLine(more);
        }
        text.AppendLine();
    }

    static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line.ToString()); line.Clear(); }
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
            }
            lines.Add(line.ToString());
        }
        return lines;
    }
}
