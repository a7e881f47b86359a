using AwsKoreaDashboard.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>The start-up step: migrate the database, then seed it from data/ if data/ changed.</summary>
public sealed class DatabasePreparer(
    DashboardDbContext db,
    DashboardSeeder seeder,
    DashboardPaths paths,
    DataStatus status,
    ILogger<DatabasePreparer> logger)
{
    /// <summary>Returns the errors that leave the app with nothing to serve; empty when it can serve.</summary>
    public async Task<IReadOnlyList<SeedError>> PrepareAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);

        var load = DataSetLoader.Load(paths.DataDirectory);
        if (load.IsValid)
        {
            await seeder.SeedAsync(load.DataSet!, cancellationToken: cancellationToken);
            status.MarkCurrent(load.DataSet!.ContentHash);
            return [];
        }

        foreach (var error in load.Errors)
        {
            logger.LogError("Invalid data in {File} at {Entry}, field {Field}: {Problem}", error.File, error.Entry, error.Field, error.Message);
        }

        var served = await db.SeedStates.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (served is not null && await db.Figures.AnyAsync(cancellationToken))
        {
            logger.LogWarning(
                "Data files in {DataDirectory} are invalid ({ErrorCount} errors); serving the last good data {ContentHash}",
                paths.DataDirectory, load.Errors.Count, served.ContentHash);
            status.MarkStale(served.ContentHash, load.Errors);
            return [];
        }

        return load.Errors;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(paths.DatabaseFile);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (!File.Exists(paths.DatabaseFile))
        {
            logger.LogInformation("No database at {DatabaseFile}; creating it from {DataDirectory}", paths.DatabaseFile, paths.DataDirectory);
        }

        try
        {
            await MigrateOnceAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            // The database is only ever a copy of data/: a file that cannot be read is set aside and rebuilt.
            var setAside = $"{paths.DatabaseFile}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
            logger.LogWarning(
                "The database {DatabaseFile} is unreadable ({Reason}); moving it to {SetAside} and rebuilding it from {DataDirectory}",
                paths.DatabaseFile, ex.Message, setAside, paths.DataDirectory);
            await db.Database.CloseConnectionAsync();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(paths.DatabaseFile + suffix))
                {
                    File.Move(paths.DatabaseFile + suffix, setAside + suffix);
                }
            }

            await MigrateOnceAsync(cancellationToken);
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        // Write-ahead logging lets pages read the last committed data while a re-seed writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        var check = await db.Database.SqlQueryRaw<string>("PRAGMA quick_check").ToListAsync(cancellationToken);
        if (check is not ["ok"])
        {
            throw new SqliteException($"integrity check failed: {string.Join("; ", check.Take(3))}", 11);
        }
    }
}
