using AwsKoreaDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// Each host logs into its own logger, never through Serilog's static one: the tests start many hosts in one
/// process, and a host that took over the static logger (and closed it when it stopped) sent the other hosts'
/// lines into its own sinks or into nothing. That made the start-up warning of
/// <c>PreviewTagsTests.Without_a_public_origin_the_app_says_once_at_start_that_it_should_be_set</c> go missing in a
/// full run.
/// </summary>
public sealed class LoggingIsolationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hosts_in_one_process_each_log_into_their_own_sinks_and_their_requests_are_logged()
    {
        using var first = new DashboardApp().LoggingTo(output);
        using var second = new DashboardApp().LoggingTo(output);
        await first.CreateClient().GetAsync("/healthz");
        await second.CreateClient().GetAsync("/healthz");

        first.Services.GetRequiredService<ILogger<LoggingIsolationTests>>().LogWarning("Said by the first host");

        Assert.Contains("Said by the first host", await first.LogEvents.WaitForAsync("Said by the first host"));
        Assert.DoesNotContain("Said by the first host", second.LogEvents.Snapshot());

        // The request log (which Serilog would write through the static logger) reaches each host's own file.
        Assert.Contains("\"RequestPath\":\"/healthz\"", await LogFiles.ReadAsync(first.LogDirectory, "\"RequestPath\":\"/healthz\""));
    }

    [Fact]
    public async Task A_host_that_stops_leaves_the_others_logging()
    {
        using var first = new DashboardApp().LoggingTo(output);
        await first.CreateClient().GetAsync("/healthz");
        using (var second = new DashboardApp())
        {
            await second.CreateClient().GetAsync("/healthz");
        }

        first.Services.GetRequiredService<ILogger<LoggingIsolationTests>>().LogWarning("Still said by the first host");

        Assert.Contains("Still said by the first host", await first.LogEvents.WaitForAsync("Still said by the first host"));
    }
}
