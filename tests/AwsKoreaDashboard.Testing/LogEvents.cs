using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// Every event the app's Serilog logger writes, as rendered text with its properties: a sink registered in the
/// app's services, which the logger reads (ReadFrom.Services) beside its console and file sinks. Tests that check
/// what reaches the log read this rather than the shared log file, whose cross-process lock can hold a write back
/// for longer than a test waits on two busy cores.
/// </summary>
public sealed class LogEvents : ILogEventSink
{
    private readonly ConcurrentQueue<string> _events = new();

    /// <summary>The most recent events kept: a load test logs a line per request and must not measure this list.</summary>
    private const int Kept = 2000;

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Properties.ContainsKey("RequestPath") && logEvent.Level < LogEventLevel.Warning)
        {
            return; // one line per request: not what these tests read
        }

        _events.Enqueue($"{logEvent.Level} {logEvent.RenderMessage()} {string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))}");
        while (_events.Count > Kept && _events.TryDequeue(out _))
        {
        }
    }

    /// <summary>The events so far, without waiting: for what a request logs before it answers.</summary>
    public string Snapshot() => string.Join("\n", _events);

    /// <summary>The events so far, once one holds <paramref name="expected"/> or after 15 s.</summary>
    public async Task<string> WaitForAsync(string expected)
    {
        for (var attempt = 0; attempt < 150 && !_events.Any(e => e.Contains(expected, StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(100);
        }

        return string.Join("\n", _events);
    }
}
