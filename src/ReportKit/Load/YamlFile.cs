using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Safety;
using ReportKit.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads YAML files the one safe way for every reader (plans, units, profiles). The text comes
/// through <see cref="TextFile"/> (size, encoding, characters); then the parser's events are
/// scanned before YamlDotNet builds its node tree, which recurses once per level: nesting past
/// <see cref="Limits.YamlDepth"/>, aliases that would repeat more than
/// <see cref="Limits.YamlAliasNodes"/> values, a second document, an alias to no anchor, and
/// forbidden characters written as escapes ("\0", "\u202E") are each reported at their place
/// and nothing more is read.
/// </summary>
internal static class YamlFile
{
    /// <summary>The root mapping of <paramref name="path"/>; null with located errors in <paramref name="bag"/>.</summary>
    /// <param name="expected">The error when the top of the file is not a mapping ("expected a mapping of plan fields at the top of the file (co_quan:, ...)").</param>
    public static (YamlMappingNode Root, string Text)? Read(string path, DiagnosticBag bag, string expected)
    {
        var text = TextFile.Read(path, bag, checkCharacters: false);
        if (text is null) return null;
        var root = Parse(text, path, bag, expected);
        return root is null ? null : (root, text);
    }

    /// <summary>Parses text already read (NFC) into its root mapping, reporting every problem at its position.</summary>
    public static YamlMappingNode? Parse(string text, string file, DiagnosticBag bag, string expected)
    {
        var events = new List<ParsingEvent>();
        if (!TextFile.CheckCharacters(text, file, bag) || !Scan(text, file, bag, events)) return null;
        var stream = new YamlStream();
        try
        {
            // The events the scan read, not the text again: tokenising was half of reading a plan.
            stream.Load(new Replay(events));
        }
        catch (YamlException ex)
        {
            bag.Add(Located(ex, text, file));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's builder fails without a position in a few cases (duplicate keys through
            // complex keys, an unclosed "[" before a plain scalar); the event scan located the rest.
            var (line, column) = LastGoodPosition(text);
            bag.Add(Diagnostic.Error(file, line, column, UiLanguage.Format(LoadMessages.YamlMalformedAfterHere, ex.Message)));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count > 0 ? stream.Documents[0].RootNode.Start : Mark.Empty;
            bag.Add(Diagnostic.Error(file, (int)Math.Max(1, at.Line), (int)Math.Max(1, at.Column), expected));
            return null;
        }
        return root;
    }

    /// <summary>A YamlDotNet error at its place; a tab in an indentation is reported at the tab (YamlDotNet points at the scalar before it).</summary>
    static Diagnostic Located(YamlException ex, string text, string file)
    {
        if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (var i = Math.Max(0, (int)ex.Start.Line - 1); i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t');
                if (tab >= 0 && tab < indent)
                    return Diagnostic.Error(file, i + 1, tab + 1, LoadMessages.YamlTabInIndentation);
            }
        }
        return Diagnostic.Error(file, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), Describe(ex));
    }

    static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes positions in the message; the location already says where.
        message = Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || message.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return UiLanguage.Format(LoadMessages.YamlDuplicateKey, message);
        if (message.Contains("cannot start any token", StringComparison.Ordinal))
            return LoadMessages.YamlCannotStartValue;
        foreach (var (said, told) in Told)
            if (message.Contains(said, StringComparison.Ordinal)) return told();
        return UiLanguage.Format(LoadMessages.YamlMalformed, message);
    }

    /// <summary>What YamlDotNet says (English) for the slips people make most, told in the language of messages; anything else is quoted as it said it.</summary>
    static readonly (string Said, Func<string> Told)[] Told =
    [
        ("did not find expected node content", () => LoadMessages.YamlNodeMissing),
        ("did not find expected key", () => LoadMessages.YamlKeyExpected),
        ("could not find expected ':'", () => LoadMessages.YamlColonMissing),
        ("Mapping values are not allowed in this context", () => LoadMessages.YamlColonHere),
        ("found invalid mapping", () => LoadMessages.YamlColonHere),
        ("did not find expected '-' indicator", () => LoadMessages.YamlItemExpected),
        ("did not find expected ',' or", () => LoadMessages.YamlFlowNotClosed),
        ("found unknown escape character", () => LoadMessages.YamlBadEscape),
        ("found unexpected end of stream", () => LoadMessages.YamlUnclosed),
    ];

    sealed class Frame(string? anchor, long nodesAtStart, int depth)
    {
        public string? Anchor { get; } = anchor;
        public long NodesAtStart { get; } = nodesAtStart;
        public int Depth { get; } = depth;
        public int DeepestBelow { get; set; }
    }

    /// <summary>Walks the parser's events with the limits; false when the file must not be read further.</summary>
    /// <param name="events">Receives every event read, for <see cref="Replay"/>.</param>
    static bool Scan(string text, string file, DiagnosticBag bag, List<ParsingEvent> events)
    {
        var limits = Limits.Current;
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        var anchors = new Dictionary<string, (long Nodes, int Depth)>(StringComparer.Ordinal);
        long nodes = 0, repeated = 0;
        var documents = 0;
        var ok = true;
        void Error(ParsingEvent e, string message)
        {
            bag.Add(Diagnostic.Error(file, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column), message));
            ok = false;
        }
        void Ended(long size, int depth, string? anchor)
        {
            if (anchor is not null) anchors[anchor] = (size, depth);
            if (stack.TryPeek(out var parent)) parent.DeepestBelow = Math.Max(parent.DeepestBelow, depth + 1);
        }
        try
        {
            while (ok && parser.MoveNext())
            {
                var e = parser.Current!;
                events.Add(e);
                switch (e)
                {
                    case DocumentStart when ++documents == 2:
                        Error(e, LoadMessages.YamlSecondDocument);
                        break;
                    case MappingStart or SequenceStart:
                    {
                        nodes++;
                        if (stack.Count + 1 > limits.YamlDepth)
                        {
                            Error(e, UiLanguage.Format(LoadMessages.YamlTooDeep, limits.YamlDepth, limits.Hint("yaml-depth")));
                            break;
                        }
                        stack.Push(new Frame(((NodeEvent)e).Anchor.IsEmpty ? null : ((NodeEvent)e).Anchor.Value, nodes, stack.Count + 1));
                        break;
                    }
                    case MappingEnd or SequenceEnd:
                    {
                        var frame = stack.Pop();
                        Ended(nodes - frame.NodesAtStart + 1, frame.DeepestBelow, frame.Anchor);
                        break;
                    }
                    case Scalar s:
                    {
                        nodes++;
                        Ended(1, 0, s.Anchor.IsEmpty ? null : s.Anchor.Value);
                        if (ForbiddenCharacters.First(s.Value) is { } f)
                            Error(e, ForbiddenCharacters.Message(f, escaped: true));
                        break;
                    }
                    case AnchorAlias alias:
                    {
                        var name = alias.Value.Value;
                        if (!anchors.TryGetValue(name, out var target))
                        {
                            Error(e, UiLanguage.Format(LoadMessages.YamlAliasWithoutAnchor, name));
                            break;
                        }
                        nodes += target.Nodes;
                        repeated += target.Nodes;
                        if (repeated > limits.YamlAliasNodes)
                            Error(e, UiLanguage.Format(LoadMessages.YamlAliasBomb, limits.YamlAliasNodes, limits.Hint("yaml-aliases")));
                        else if (stack.Count + target.Depth > limits.YamlDepth)
                            Error(e, UiLanguage.Format(LoadMessages.YamlAliasTooDeep, name, limits.YamlDepth, limits.Hint("yaml-depth")));
                        else if (stack.TryPeek(out var parent))
                            parent.DeepestBelow = Math.Max(parent.DeepestBelow, target.Depth + 1);
                        break;
                    }
                }
            }
        }
        catch (YamlException ex)
        {
            bag.Add(Located(ex, text, file));
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner sometimes fails without a position (e.g. an unclosed "[" before
            // a plain scalar); replay the events to find the last good one.
            var (line, column) = LastGoodPosition(text);
            bag.Add(Diagnostic.Error(file, line, column, LoadMessages.YamlUnclosed));
            return false;
        }
        return ok;
    }

    /// <summary>The events of a scan, given again to YamlDotNet's node builder.</summary>
    sealed class Replay(List<ParsingEvent> events) : IParser
    {
        int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    static (int Line, int Column) LastGoodPosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            var limit = Limits.Current.YamlDepth * 4 + 100_000;
            while (parser.MoveNext() && limit-- > 0) last = parser.Current!.Start;
        }
        catch (Exception)
        {
            // The failure is what we are locating.
        }
        return ((int)Math.Max(1, last.Line), (int)Math.Max(1, last.Column));
    }
}
