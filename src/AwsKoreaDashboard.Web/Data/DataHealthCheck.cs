using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>Healthy only when the database answers and holds figures; degraded when data/ is invalid.</summary>
public sealed class DataHealthCheck(DataStatus status, DashboardPaths paths) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // An open connection can still read a file that has been deleted; the file itself must be there.
        // Always a file: an in-memory database never gets past the start-up check (DatabasePreparer).
        if (!File.Exists(paths.DatabaseFile))
        {
            return HealthCheckResult.Unhealthy($"The database file {paths.DatabaseFile} is gone.");
        }

        if (!HasSqliteHeader(paths.DatabaseFile))
        {
            // SQLite may still answer from its write-ahead log and its open files, but the next start would not.
            return HealthCheckResult.Unhealthy($"The database file {paths.DatabaseFile} was replaced by something that is not a SQLite database; the database does not answer.");
        }

        long figures;
        try
        {
            // A connection of its own, outside the pool: pooled connections keep reading a file that was replaced
            // (by garbage, say) under the app; this one opens what is at the path now.
            var fresh = new SqliteConnectionStringBuilder(paths.ConnectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 5 };
            await using var connection = new SqliteConnection(fresh.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM \"Figures\"";
            figures = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or InvalidCastException)
        {
            return HealthCheckResult.Unhealthy($"The database {paths.DatabaseFile} does not answer.", ex);
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

    private static bool HasSqliteHeader(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> header = stackalloc byte[16];
            return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
                && header.SequenceEqual("SQLite format 3\0"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
