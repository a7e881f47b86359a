using AwsKoreaDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>Healthy only when the database answers and holds figures; degraded when data/ is invalid.</summary>
public sealed class DataHealthCheck(DashboardDbContext db, DataStatus status, DashboardPaths paths) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // An open connection can still read a file that has been deleted; the file itself must be there.
        if (paths.DatabaseFile != ":memory:" && !File.Exists(paths.DatabaseFile))
        {
            return HealthCheckResult.Unhealthy($"The database file {paths.DatabaseFile} is gone.");
        }

        int figures;
        try
        {
            figures = await db.Figures.CountAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }

        var data = new Dictionary<string, object> { ["figures"] = figures, ["contentHash"] = status.ContentHash ?? "" };
        if (figures == 0)
        {
            return HealthCheckResult.Unhealthy("The database holds no figures.", data: data);
        }

        if (status.IsDegraded)
        {
            data["errors"] = status.Errors.Select(e => e.ToString()).ToArray();
            return HealthCheckResult.Degraded("data/ is invalid; serving the last good data.", data: data);
        }

        return HealthCheckResult.Healthy("The database answers and holds figures.", data);
    }
}
