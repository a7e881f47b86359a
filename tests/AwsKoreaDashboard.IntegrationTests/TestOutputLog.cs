using AwsKoreaDashboard.Testing;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests;

internal static class TestOutputLog
{
    /// <summary>
    /// The app's log lines into this test's output as they are logged: off the console, in the run's log, and
    /// shown with the test when it fails (the fault tests make the app log errors on purpose).
    /// </summary>
    public static DashboardApp LoggingTo(this DashboardApp app, ITestOutputHelper output)
    {
        app.LogEvents.Output = line => output.WriteLine($"[app log] {line}");
        return app;
    }
}
