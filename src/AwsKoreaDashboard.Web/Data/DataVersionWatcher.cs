using AwsKoreaDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// Notices a seed made by another process (the `seed` command run beside a live app) by polling the stored
/// content hash, and then every cached page of the old data is dropped, so readers get the new data within a few seconds.
/// </summary>
public sealed class DataVersionWatcher(IServiceScopeFactory scopes, DataStatus status, DashboardPaths paths, Microsoft.Extensions.Options.IOptions<Hosting.DashboardOptions> options, ILogger<DataVersionWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.DataPollSeconds);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Opening a connection to a file that is gone would create an empty database in its place and hide
                // the loss from /healthz; a missing file is for the health check to report, not to recreate.
                if (!File.Exists(paths.DatabaseFile))
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
                var hash = await db.SeedStates.AsNoTracking().Select(s => s.ContentHash).SingleOrDefaultAsync(stoppingToken);
                if (hash is not null && hash != status.ContentHash)
                {
                    logger.LogInformation("The database now holds data {ContentHash} (was {PreviousHash}); clearing cached pages", hash, status.ContentHash);
                    // Cached pages are keyed by the data version: the page cache drops the old ones.
                    status.MarkCurrent(hash);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read the data version from the database");
            }
        }
    }
}
