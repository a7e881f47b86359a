using Serilog;
using Serilog.AspNetCore;
using Serilog.Formatting.Compact;

namespace AwsKoreaDashboard.Web.Hosting;

public static class DashboardLogging
{
    /// <summary>
    /// Serilog from configuration (levels in appsettings.json), structured console output and a rolling
    /// JSON file under Dashboard:LogDirectory (console off with Dashboard:ConsoleLog=false). No bootstrap logger:
    /// test hosts start many times in parallel.
    /// </summary>
    public static WebApplicationBuilder AddDashboardLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var paths = services.GetRequiredService<DashboardPaths>();
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.DashboardOptions>>().Value;
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.File(
                    new CompactJsonFormatter(),
                    Path.Combine(paths.LogDirectory, "dashboard-.json"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14,
                    shared: true);
            if (!options.ConsoleLog)
            {
                // Test hosts: what they log is kept per app (and in the file), not poured into the test run's console.
                return;
            }

            if (options.JsonConsole)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        }, preserveStaticLogger: true);
        // The static Log.Logger is left alone: by default each host would take it over (and close it when disposed),
        // and an app's ILogger<T> would write through it, so hosts in one process (the tests start many) logged into
        // each other's sinks or into nothing. The request log, which would use the static logger, uses this app's.
        builder.Services.AddOptions<RequestLoggingOptions>().Configure<Serilog.ILogger>((options, logger) => options.Logger = logger);
        return builder;
    }
}
