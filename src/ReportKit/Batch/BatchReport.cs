using System.Text.Encodings.Web;
using System.Text.Json;
using ReportKit.Diagnostics;
using ReportKit.Writers;

namespace ReportKit.Batch;

/// <summary>
/// The batch as data, for IT staff who script it (--report out/bao-cao.json): every plan with its
/// input, status (ok, warnings, failed), the files it wrote and its diagnostics (file, location,
/// severity, message), then the summary. Plans are listed in name order whatever order the cores
/// finished them in, so two runs of the same batch give the same report but for the timings.
/// Written atomically: a reader never sees half a report.
/// </summary>
internal sealed class BatchReport
{
    readonly List<BatchItemResult> _items = [];
    readonly object _gate = new();

    public void Add(BatchItemResult result)
    {
        lock (_gate) _items.Add(result);
    }

    /// <param name="relativeTo">Paths are written relative to this folder (the working directory), as the log prints them.</param>
    public void Write(string path, BatchSummary summary, bool strict, string relativeTo)
    {
        List<BatchItemResult> items;
        lock (_gate) items = _items.OrderBy(i => i.Item.Name, StringComparer.Ordinal).ToList();
        string Rel(string p) => Path.IsPathRooted(p) ? Path.GetRelativePath(relativeTo, p) : p;
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteBoolean("strict", strict);
            json.WriteStartArray("plans");
            foreach (var r in items)
            {
                json.WriteStartObject();
                json.WriteString("input", r.Item.Name);
                json.WriteString("status", r.Status switch { BatchStatus.Ok => "ok", BatchStatus.Warnings => "warnings", _ => "failed" });
                json.WriteStartArray("files");
                foreach (var f in r.Files) json.WriteStringValue(Rel(f));
                json.WriteEndArray();
                json.WriteStartArray("diagnostics");
                foreach (var d in r.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                    if (d.File is { } file) json.WriteString("file", Rel(file)); else json.WriteNull("file");
                    if ((d.Cell ?? d.Location) is { } at) json.WriteString("location", at); else json.WriteNull("location");
                    json.WriteString("message", d.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteNumber("ms", Math.Round(r.Elapsed.TotalMilliseconds));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("plans", items.Count);
            json.WriteNumber("rendered", summary.Rendered);
            json.WriteNumber("failed", items.Count(i => i.Status == BatchStatus.Failed));
            json.WriteNumber("with_warnings", summary.WithWarnings);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 2));
            json.WriteNumber("median_ms", Math.Round(summary.MedianItem.TotalMilliseconds));
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }
}
