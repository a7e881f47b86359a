using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// Writes /healthz for anyone who asks: only Healthy, Degraded or Unhealthy. The reasons (paths, data
/// errors, exceptions) go to the log, where operators read them, not to the public.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status != HealthStatus.Healthy)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HealthResponse).FullName!);
            foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
            {
                logger.LogWarning(
                    entry.Exception,
                    "Health check {Check} is {Status}: {Description} {@Data}",
                    name, entry.Status, entry.Description, entry.Data);
            }
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
    }
}
