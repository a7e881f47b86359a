using AwsKoreaDashboard.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace AwsKoreaDashboard.UnitTests.Infrastructure;

public sealed class HealthResponseTests
{
    [Fact]
    public async Task The_public_answer_is_the_status_alone_and_the_reason_goes_to_the_log()
    {
        var events = new LogEvents();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSerilog(new LoggerConfiguration().WriteTo.Sink(events).CreateLogger(), dispose: true))
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var report = new HealthReport(
            new Dictionary<string, HealthReportEntry>
            {
                ["data"] = new(HealthStatus.Unhealthy, "The database file /srv/app/dashboard.db is gone.", TimeSpan.Zero, null, null),
            },
            TimeSpan.Zero);

        await HealthResponse.WriteAsync(context, report);

        context.Response.Body.Position = 0;
        Assert.Equal("{\"status\":\"Unhealthy\"}", await new StreamReader(context.Response.Body).ReadToEndAsync());
        Assert.Contains("/srv/app/dashboard.db is gone", await events.WaitForAsync("is gone"));
    }
}
