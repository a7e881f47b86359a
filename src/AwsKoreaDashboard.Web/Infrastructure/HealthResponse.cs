using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>Writes /healthz as JSON: status, description and the check's data (figure count, errors).</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var entries = report.Entries.ToDictionary(
            e => e.Key,
            e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks = entries }));
    }
}
