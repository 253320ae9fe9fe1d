using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ReportKit.Safety;

namespace ReportKit.Text;

/// <summary>
/// Regular expressions written by users (a profile's ký hiệu check): compiled once, with the
/// linear-time engine when the pattern allows it (no catastrophic backtracking at all), else
/// with the backtracking engine bounded by the regex-timeout limit, so no pattern can hang a run.
/// </summary>
internal static class SafeRegex
{
    static readonly ConcurrentDictionary<(string, RegexOptions, int), Regex> Cache = new();

    /// <summary>The compiled pattern; <see cref="ArgumentException"/> when it is not a regular expression.</summary>
    public static Regex Compile(string pattern, RegexOptions options = RegexOptions.CultureInvariant)
    {
        var timeout = Limits.Current.RegexTimeout;
        return Cache.GetOrAdd((pattern, options, (int)timeout.TotalMilliseconds), key =>
        {
            try
            {
                return new Regex(key.Item1, key.Item2 | RegexOptions.NonBacktracking, timeout);
            }
            catch (NotSupportedException)
            {
                // Backreferences, lookarounds, atomic groups: only the backtracking engine has them.
                return new Regex(key.Item1, key.Item2, timeout);
            }
        });
    }
}
