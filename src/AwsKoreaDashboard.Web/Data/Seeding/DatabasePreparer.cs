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
    /// <summary>
    /// Returns the errors in data/ that leave the app with nothing to serve; empty when it can serve. A database
    /// that stays busy (<see cref="DatabaseBusyException"/>) or a path that cannot work (<see cref="DatabasePathException"/>)
    /// is thrown: neither is data/'s fault.
    /// </summary>
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
            catch (SqliteException ex) when (PrimaryCode(ex) == 8) // SQLITE_READONLY: Mode=ReadOnly, a read-only file
            {
                throw new DatabasePathException($"Cannot start: the database {paths.DatabaseFile} can only be read ({ex.Message.TrimEnd('.')}), and the app writes it on every seed; {DatabasePathException.Advice}, without Mode=ReadOnly.", ex);
            }
            catch (SqliteException ex) when (IsNotAGoodDatabase(ex))
            {
                // The database is only ever a copy of data/: a file that is not a database, is corrupt, or whose
                // schema is not what our migrations make (SQLite's plain errors while checking or migrating it: a
                // table, view or index already there, a column missing) is set aside and rebuilt. Any other error
                // (a full disk, a permission, an I/O error) is not the file's fault and is raised.
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
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new DatabasePathException($"Cannot start: the connection string names no database file (its Data Source is empty); {DatabasePathException.Advice}.");
        }

        if (paths.IsInMemory)
        {
            // Each connection would open a database of its own, empty: the seed would fill one and pages read another.
            throw new DatabasePathException($"Cannot start: the database \"{file}\" is in memory (Data Source=:memory: or Mode=Memory), where the seed and the pages would not share it; {DatabasePathException.Advice}.");
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
    private async Task CheckOwnSchemaAsync(SqliteConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var content = tables.Where(t => t is not HistoryTable and not LockTable).ToList();
        if (content.Count == 0)
        {
            return; // an empty file, or one whose first migration never began: a new database to build
        }

        if (!tables.Contains(HistoryTable))
        {
            throw new SqliteException($"not this dashboard's database: tables {string.Join(", ", content.Take(5))} and no {HistoryTable}", 26);
        }

        var ours = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT MigrationId FROM \"{HistoryTable}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.IsDBNull(0) ? null : reader.GetValue(0) as string;
                if (id is null || !ours.Contains(id))
                {
                    throw new SqliteException($"not this dashboard's database: its history names migration {id ?? "(none)"}, which this app does not have", 26);
                }

                applied++;
            }
        }

        if (applied == 0)
        {
            // Tables that no migration of ours made: another program's, or ours with the history emptied. Migrating
            // would create tables that are already there.
            throw new SqliteException($"not this dashboard's database: tables {string.Join(", ", content.Take(5))} and no migration recorded in {HistoryTable}", 26);
        }
    }

    /// <summary>The file's own tables (not SQLite's), by name.</summary>
    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>
    /// EF Core takes a row in <c>__EFMigrationsLock</c> while it migrates and deletes it after; a process killed
    /// in between (out of memory, a start-up timeout) leaves the row, and every later migration would wait for it
    /// forever, silently. A row older than <see cref="StaleLockAfter"/> (a migration here takes well under a
    /// second) is such a leftover and is removed; a younger one is another process migrating now, waited for.
    /// </summary>
    private async Task ReleaseStaleMigrationLockAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var waiting = false;
        while (true)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"Timestamp\" FROM \"{LockTable}\" LIMIT 1";
            string taken;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return; // no lock held
                }

                // A row with no readable time (NULL, a blob, not a time at all) is nobody's lock: stale.
                taken = reader.IsDBNull(0) ? "" : reader.GetValue(0) as string ?? "";
            }

            var age = DateTimeOffset.TryParse(taken, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
                ? DateTimeOffset.UtcNow - since
                : TimeSpan.MaxValue;
            if (age >= StaleLockAfter || age <= -StaleLockAfter)
            {
                logger.LogWarning(
                    "The database {DatabaseFile} holds a migration lock taken at {Taken} by a process that never finished migrating (it stopped or was killed); removing it",
                    paths.DatabaseFile, taken);
                command.CommandText = $"DELETE FROM \"{LockTable}\"";
                await command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }

            if (!waiting)
            {
                logger.LogInformation("Another process is migrating {DatabaseFile} (lock taken at {Taken}); waiting for it", paths.DatabaseFile, taken);
                waiting = true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>
    /// After migrating: every table and column of the model is in the file. A file of ours that lost a table or a
    /// column (edited by hand, a half-restored backup) would start, then fail every page that reads it.
    /// </summary>
    private async Task CheckModelSchemaAsync(CancellationToken cancellationToken)
    {
        var present = (await db.Database
                .SqlQueryRaw<string>("SELECT m.name || '.' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'")
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is { } column && !present.Contains($"{table}.{column}"))
                {
                    missing.Add($"{table}.{column}");
                }
            }
        }

        if (missing.Count > 0)
        {
            throw new SqliteException($"its tables do not match this app's: {string.Join(", ", missing.Distinct().Take(5))} missing", 11);
        }
    }

    private const string LockTable = "__EFMigrationsLock";

    /// <summary>A migration lock older than this was left by a process that stopped.</summary>
    private static readonly TimeSpan StaleLockAfter = TimeSpan.FromSeconds(30);

    private const string HistoryTable = "__EFMigrationsHistory";

    private const int BusyAttempts = 5;

    private static int PrimaryCode(SqliteException ex) => ex.SqliteErrorCode & 0xFF;

    private static bool IsBusy(SqliteException ex) => PrimaryCode(ex) is 5 or 6; // SQLITE_BUSY, SQLITE_LOCKED

    /// <summary>SQLITE_ERROR (a schema that is not ours: "already exists", "no such column"), SQLITE_CORRUPT, SQLITE_MISMATCH, SQLITE_NOTADB.</summary>
    private static bool IsNotAGoodDatabase(SqliteException ex) => PrimaryCode(ex) is 1 or 11 or 20 or 26;

    /// <summary>
    /// Reads every page of an existing file before migrating, on a connection of its own: a corrupt page (say, of
    /// the migrations history) must be found here, not half-way through a migration that then trips over its tables.
    /// </summary>
    private async Task CheckReadableAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(paths.DatabaseFile))
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

        var tables = await TablesAsync(connection, cancellationToken);
        if (tables.Contains(LockTable))
        {
            await ReleaseStaleMigrationLockAsync(connection, cancellationToken);
        }

        await CheckOwnSchemaAsync(connection, tables, cancellationToken);
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

        await CheckModelSchemaAsync(cancellationToken);
    }
}
