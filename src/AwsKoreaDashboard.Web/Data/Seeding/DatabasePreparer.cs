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
        try
        {
            await MigrateAsync(cancellationToken);
        }
        catch (DatabaseBusyException ex)
        {
            return [new SeedError(Path.GetFileName(paths.DatabaseFile), "-", "-", ex.Message)];
        }

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
        CheckPathUsable();
        if (!File.Exists(paths.DatabaseFile))
        {
            logger.LogInformation("No database at {DatabaseFile}; creating it from {DataDirectory}", paths.DatabaseFile, paths.DataDirectory);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CheckReadableAsync(cancellationToken);
                await MigrateOnceAsync(cancellationToken);
                return;
            }
            catch (SqliteException ex) when (IsBusy(ex) && attempt < BusyAttempts)
            {
                logger.LogWarning(
                    "The database {DatabaseFile} is locked or busy ({Reason}); trying again ({Attempt} of {Attempts})",
                    paths.DatabaseFile, ex.Message, attempt, BusyAttempts);
                await db.Database.CloseConnectionAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
            catch (SqliteException ex) when (IsBusy(ex))
            {
                logger.LogError("The database {DatabaseFile} stayed locked or busy ({Reason}); it was not moved", paths.DatabaseFile, ex.Message);
                throw new DatabaseBusyException(paths.DatabaseFile, ex);
            }
            catch (SqliteException ex) when (IsUnreadable(ex))
            {
                // The database is only ever a copy of data/: a file that is not a database or is corrupt is set
                // aside and rebuilt. Any other error (a full disk, a permission) is not the file's fault and is raised.
                await SetAsideAsync(ex);
                await MigrateOnceAsync(cancellationToken);
                return;
            }
        }
    }

    /// <summary>
    /// The path itself, before SQLite or EF Core touch it: a folder where the file should be, a folder that cannot
    /// be made (a file in its place, a read-only file system) or written. Each is one clear line, not a stack trace.
    /// </summary>
    private void CheckPathUsable()
    {
        var file = paths.DatabaseFile;
        if (file == ":memory:")
        {
            return;
        }

        if (Directory.Exists(file))
        {
            throw new DatabasePathException($"Cannot start: the database path {file} is a folder, not a file; {DatabasePathException.Advice}.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        try
        {
            Directory.CreateDirectory(folder);
            // SQLite writes the file and, beside it, its -wal and -shm files: the folder must take new files.
            var probe = Path.Combine(folder, $".dashboard-write-check-{Guid.NewGuid():N}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            if (File.Exists(file))
            {
                using (File.Open(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
                {
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabasePathException($"Cannot start: the database {file} cannot be created or written in {folder} ({ex.Message.TrimEnd('.')}); {DatabasePathException.Advice}.", ex);
        }
    }

    /// <summary>
    /// A SQLite file that holds tables but is not this dashboard's: no migrations history, or a history of
    /// migrations this app does not have. It is only ever a copy of data/, so it is set aside like a corrupt one.
    /// </summary>
    private async Task CheckOwnSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count == 0)
        {
            return; // an empty file: a new database to build
        }

        if (!tables.Contains(HistoryTable))
        {
            throw new SqliteException($"not this dashboard's database: tables {string.Join(", ", tables.Take(5))} and no {HistoryTable}", 26);
        }

        var ours = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT MigrationId FROM \"{HistoryTable}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!ours.Contains(reader.GetString(0)))
                {
                    throw new SqliteException($"not this dashboard's database: its history names migration {reader.GetString(0)}, which this app does not have", 26);
                }
            }
        }
    }

    private const string HistoryTable = "__EFMigrationsHistory";

    private const int BusyAttempts = 5;

    private static int PrimaryCode(SqliteException ex) => ex.SqliteErrorCode & 0xFF;

    private static bool IsBusy(SqliteException ex) => PrimaryCode(ex) is 5 or 6; // SQLITE_BUSY, SQLITE_LOCKED

    private static bool IsUnreadable(SqliteException ex) => PrimaryCode(ex) is 11 or 26; // SQLITE_CORRUPT, SQLITE_NOTADB

    /// <summary>
    /// Reads every page of an existing file before migrating, on a connection of its own: a corrupt page (say, of
    /// the migrations history) must be found here, not half-way through a migration that then trips over its tables.
    /// </summary>
    private async Task CheckReadableAsync(CancellationToken cancellationToken)
    {
        if (paths.DatabaseFile == ":memory:" || !File.Exists(paths.DatabaseFile))
        {
            return;
        }

        var unpooled = new SqliteConnectionStringBuilder(paths.ConnectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 1 };
        await using var connection = new SqliteConnection(unpooled.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var problems = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                problems.Add(reader.GetString(0));
            }
        }

        if (problems is not ["ok"])
        {
            throw new SqliteException($"integrity check failed: {string.Join("; ", problems.Take(3))}", 11);
        }

        await CheckOwnSchemaAsync(connection, cancellationToken);
    }

    private async Task SetAsideAsync(SqliteException ex)
    {
        // A unique name: two failures in the same second must not collide.
        var setAside = $"{paths.DatabaseFile}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        logger.LogWarning(
            "The database {DatabaseFile} is unreadable ({Reason}); moving it to {SetAside} and rebuilding it from {DataDirectory}",
            paths.DatabaseFile, ex.Message, setAside, paths.DataDirectory);
        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            if (File.Exists(paths.DatabaseFile + suffix))
            {
                File.Move(paths.DatabaseFile + suffix, setAside + suffix);
            }
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
