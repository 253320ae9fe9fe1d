using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace ReportKit.Tests.Support;

/// <summary>
/// Approved-file snapshots with Verify's conventions: the approved text lives in
/// Snapshots/&lt;name&gt;.verified.txt (committed); on a mismatch the actual text is written
/// beside it as &lt;name&gt;.received.txt and the test fails with a readable line diff. To accept,
/// rename received → verified (or run with REPORTKIT_ACCEPT=1). A missing approved file fails
/// the test; under CI=true nothing is ever written.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verified = Path.Combine(dir, name + ".verified.txt");
        var received = Path.Combine(dir, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n");
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var accept = Environment.GetEnvironmentVariable("REPORTKIT_ACCEPT") == "1" && !ci;

        if (!File.Exists(verified))
        {
            if (accept) { Write(verified, actual); return; }
            if (!ci) Write(received, actual);
            throw new XunitException($"No approved snapshot {Path.GetFileName(verified)}." +
                (ci ? " CI never writes snapshots: approve it locally and commit it." : $" Review {received} and rename it to .verified.txt to approve."));
        }
        var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (accept) { Write(verified, actual); return; }
        if (!ci) Write(received, actual);
        throw new XunitException($"Snapshot {name} differs from {Path.GetFileName(verified)}:\n{Diff(expected, actual)}");
    }

    static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>A compact line diff: each changed hunk with two lines of context, "-" approved, "+" actual.</summary>
    public static string Diff(string expected, string actual, int maxHunks = 8)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        // LCS table over lines; snapshots are a few thousand lines at most.
        var n = a.Length; var m = b.Length;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var ops = new List<(char Op, string Line, int Ln)>();
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x] == b[y]) { ops.Add((' ', a[x], x + 1)); x++; y++; }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) { ops.Add(('+', b[y], y + 1)); y++; }
            else { ops.Add(('-', a[x], x + 1)); x++; }
        }
        var sb = new StringBuilder();
        var hunks = 0;
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Op == ' ') continue;
            if (++hunks > maxHunks) { sb.AppendLine("... more differences"); break; }
            var start = Math.Max(0, i - 2);
            var end = i;
            while (end < ops.Count && (ops[end].Op != ' ' || (end + 1 < ops.Count && ops[end + 1].Op != ' ') || (end + 2 < ops.Count && ops[end + 2].Op != ' '))) end++;
            end = Math.Min(ops.Count - 1, end + 1);
            sb.AppendLine($"@@ line {ops[start].Ln} @@");
            for (var k = start; k <= end; k++) sb.AppendLine($"{ops[k].Op} {ops[k].Line}");
            i = end;
        }
        return sb.ToString();
    }
}
