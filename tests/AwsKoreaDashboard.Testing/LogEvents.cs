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

        var line = $"{logEvent.Level} {logEvent.RenderMessage()} {string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))}";
        _events.Enqueue(line);
        if (Output is { } output)
        {
            try
            {
                output(line);
            }
            catch (InvalidOperationException)
            {
                // The test that started the app has ended (xunit's output helper refuses lines after that).
            }
        }

        while (_events.Count > Kept && _events.TryDequeue(out _))
        {
        }
    }

    /// <summary>
    /// Where each event also goes as it is logged: the running test's own output (xunit's ITestOutputHelper), which
    /// the test run keeps in its log and shows on the console only when that test fails. So the errors a fault test
    /// causes on purpose stay out of the console, and a failing test comes with the app's side of the story.
    /// </summary>
    public Action<string>? Output { get; set; }

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
