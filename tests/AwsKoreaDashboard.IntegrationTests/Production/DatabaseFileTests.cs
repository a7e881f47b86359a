using System.Net;
using AwsKoreaDashboard.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>What happens to the SQLite file when something is wrong with it: set aside only when it is not a good database.</summary>
[StartsEarly(25)]
public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DataDirectoryCopy _data;
    private readonly ITestOutputHelper _output;

    public DatabaseFileTests(ITestOutputHelper output)
    {
        _data = new DataDirectoryCopy(_temp.Combine("data"));
        _output = output;
    }

    private string DatabaseFile => _temp.Combine("db", "dashboard.db");

    /// <summary>
    /// Our database, built once for the class by the app's own `seed` from the repository's data (which every test's
    /// copy of data/ equals), and copied to a test's database path: each fault test starts from a good file without
    /// building one (an app start or a `seed` process each, some 15 s of processor time in all).
    /// </summary>
    private static readonly Lazy<Task<string>> OurDatabase = new(async () =>
    {
        var temp = new TempDirectory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => temp.Dispose();
        var file = temp.Combine("db", "dashboard.db");
        var result = await AppProcess.RunAsync(temp.Path, AppProcess.Environment(new DataDirectoryCopy(temp.Combine("data")).Path, file, temp.Combine("logs")), "seed");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return file;
    });

    /// <summary>A copy of <see cref="OurDatabase"/> at this test's database path.</summary>
    private async Task CopyOurDatabaseAsync()
    {
        var template = await OurDatabase.Value;
        Directory.CreateDirectory(_temp.Combine("db"));
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(template + suffix))
            {
                File.Copy(template + suffix, DatabaseFile + suffix, overwrite: true);
            }
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_database_whose_migrations_history_page_is_corrupt_is_set_aside_and_rebuilt()
    {
        await CopyOurDatabaseAsync();

        CorruptPageOf("__EFMigrationsHistory");

        using var app = new DashboardApp(_temp, _data).LoggingTo(_output);
        var client = app.CreateClient();

        Assert.Equal("{\"status\":\"Healthy\"}", await client.GetStringAsync("/healthz"));
        Assert.Contains("1만2300명", await client.GetStringAsync("/api/figures/jobs-per-year"));
        Assert.Single(Directory.GetFiles(_temp.Combine("db"), "dashboard.db.unreadable-*"), f => !f.EndsWith("-wal") && !f.EndsWith("-shm"));
    }

    [Fact]
    public async Task Two_unreadable_databases_in_the_same_second_are_set_aside_under_different_names()
    {
        Directory.CreateDirectory(_temp.Combine("db"));
        // Earlier set-aside files named by the second alone, for every second this test may run in.
        var now = DateTime.UtcNow;
        for (var second = 0; second < 120; second++)
        {
            await File.WriteAllTextAsync($"{DatabaseFile}.unreadable-{now.AddSeconds(second):yyyyMMddHHmmss}", "an earlier one");
        }

        for (var i = 0; i < 2; i++)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(DatabaseFile + suffix);
            }

            await File.WriteAllTextAsync(DatabaseFile, $"note {i} saved over the database");
            using var app = new DashboardApp(_temp, _data).LoggingTo(_output);
            Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
        }

        var setAside = Directory.GetFiles(_temp.Combine("db"), "dashboard.db.unreadable-*").Where(f => File.ReadAllText(f) != "an earlier one").ToList();
        Assert.Equal(2, setAside.Count);
        Assert.Equal(["note 0 saved over the database", "note 1 saved over the database"], setAside.Select(File.ReadAllText).Order());
    }

    [Theory]
    [InlineData("seed --force")]
    [InlineData("")] // the app's own start
    public async Task A_locked_database_is_retried_reported_in_one_line_that_blames_the_lock_and_never_moved(string command)
    {
        var environment = AppProcess.Environment(_data.Path, DatabaseFile, _temp.Combine("logs"));
        await CopyOurDatabaseAsync();
        var before = TableSnapshot.Read($"Data Source={DatabaseFile}");

        AppProcess.Result result;
        SqliteConnection.ClearAllPools();
        await using (var holder = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var lockIt = holder.CreateCommand())
            {
                // Another process writing: it holds the file exclusively (rollback journal: not even readers get in) until it is done.
                lockIt.CommandText = "PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE; UPDATE \"SeedStates\" SET \"ContentHash\" = \"ContentHash\";";
                await lockIt.ExecuteNonQueryAsync();
            }

            result = await AppProcess.RunAsync(_temp.Path, environment, command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("is locked or busy", line);
        Assert.Contains("it was left as it is", line);
        Assert.DoesNotContain("data files", line); // data/ is not at fault
        Assert.DoesNotContain("   at ", result.Output + result.Error);
        Assert.Empty(Directory.GetFiles(_temp.Combine("db"), "*unreadable*"));
        Assert.Equal(before, TableSnapshot.Read($"Data Source={DatabaseFile}"));
        Assert.Contains("trying again", await LogFiles.ReadAsync(_temp.Combine("logs"), "trying again"));
    }

    [Fact]
    public async Task Health_notices_a_database_file_replaced_with_garbage_while_the_app_runs()
    {
        using var app = new DashboardApp(_temp, _data).LoggingTo(_output);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var garbage = _temp.Combine("db", "garbage");
        await File.WriteAllTextAsync(garbage, new string('x', 8192));
        File.Move(garbage, app.DatabaseFile, overwrite: true);

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("{\"status\":\"Unhealthy\"}", await response.Content.ReadAsStringAsync());
        // The reason goes to the log, not to the public (HealthResponseTests checks the log side).
    }

    [Fact]
    public async Task A_sqlite_file_of_another_app_is_set_aside_and_a_new_one_is_built_from_data()
    {
        // A SQLite file made by hand or by another program: a table named like ours, no migrations history.
        Directory.CreateDirectory(_temp.Combine("db"));
        await using (var foreign = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await foreign.OpenAsync();
            await using var command = foreign.CreateCommand();
            command.CommandText = "CREATE TABLE Figures (Name TEXT); INSERT INTO Figures VALUES ('someone else''s');";
            await command.ExecuteNonQueryAsync();
        }

        using var app = new DashboardApp(_temp, _data).LoggingTo(_output);
        var client = app.CreateClient();

        Assert.Equal("{\"status\":\"Healthy\"}", await client.GetStringAsync("/healthz"));
        Assert.Contains("1만2300명", await client.GetStringAsync("/api/figures/jobs-per-year"));
        var setAside = Assert.Single(Directory.GetFiles(_temp.Combine("db"), "dashboard.db.unreadable-*"), f => !f.EndsWith("-wal") && !f.EndsWith("-shm"));
        Assert.Equal(["someone else's"], TableSnapshot.Read($"Data Source={setAside};Mode=ReadOnly;Pooling=False")["Figures"]);
    }

    [Fact]
    public async Task An_empty_file_at_the_database_path_becomes_the_database()
    {
        Directory.CreateDirectory(_temp.Combine("db"));
        await File.WriteAllBytesAsync(DatabaseFile, []);

        using var app = new DashboardApp(_temp, _data).LoggingTo(_output);
        var client = app.CreateClient();

        Assert.Equal("{\"status\":\"Healthy\"}", await client.GetStringAsync("/healthz"));
        Assert.Contains("1만2300명", await client.GetStringAsync("/api/figures/jobs-per-year"));
        Assert.True(new FileInfo(DatabaseFile).Length > 0);
    }

    [Theory]
    [InlineData("our database", "an hour ago")]
    [InlineData("a first migration killed half-way", "an hour ago")]
    [InlineData("our database", "bytes, not a time")]
    public async Task A_migration_lock_left_by_a_killed_process_is_removed_and_the_next_start_goes_on(string file, string taken)
    {
        // EF Core's lock row outlives a process killed while it migrated (out of memory, a start-up timeout); every
        // later start used to wait for it forever, printing nothing. Run as the app's own process: a hang is a
        // timeout of the test, not a test host stuck for good.
        var environment = AppProcess.Environment(_data.Path, DatabaseFile, _temp.Combine("logs"));
        if (file == "our database")
        {
            await CopyOurDatabaseAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(_temp.Combine("db"));
        var timestamp = taken == "an hour ago"
            ? $"'{DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture)}'"
            : "X'00FF'";
        Execute(
            "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);",
            "CREATE TABLE IF NOT EXISTS \"__EFMigrationsHistory\" (\"MigrationId\" TEXT NOT NULL CONSTRAINT \"PK___EFMigrationsHistory\" PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);",
            $"INSERT INTO \"__EFMigrationsLock\" VALUES (1, {timestamp});");

        var result = await AppProcess.RunAsync(_temp.Path, environment, "seed");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("never finished migrating", await LogFiles.ReadAsync(_temp.Combine("logs"), "never finished migrating"));
        Assert.Empty(Directory.GetFiles(_temp.Combine("db"), "*unreadable*"));
        Assert.Empty(TableSnapshot.Read($"Data Source={DatabaseFile};Pooling=False")["__EFMigrationsLock"]);
        Assert.NotEmpty(TableSnapshot.Read($"Data Source={DatabaseFile};Pooling=False")["Figures"]);
    }

    [Theory]
    [InlineData("another program's tables beside an empty history")]
    [InlineData("a view named like one of our tables")]
    [InlineData("a history table of another shape")]
    [InlineData("a history table of another shape beside another table")]
    [InlineData("a history row with no migration")]
    [InlineData("our database with its history emptied")]
    [InlineData("our database without its last migration recorded")]
    [InlineData("our database without one of its tables")]
    public async Task A_database_whose_tables_are_not_what_its_history_says_is_set_aside_and_rebuilt(string file)
    {
        const string History = "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT);";
        if (file.StartsWith("our database", StringComparison.Ordinal))
        {
            await CopyOurDatabaseAsync();
            Execute(file switch
            {
                "our database with its history emptied" => "DELETE FROM \"__EFMigrationsHistory\";",
                "our database without its last migration recorded" =>
                    "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\");",
                _ => "DROP TABLE \"DeckSlides\";",
            });
        }
        else
        {
            Directory.CreateDirectory(_temp.Combine("db"));
            Execute(file switch
            {
                "a view named like one of our tables" => ["CREATE VIEW Figures AS SELECT 1 AS x;"],
                "a history table of another shape" => ["CREATE TABLE \"__EFMigrationsHistory\" (x);"],
                "a history table of another shape beside another table" => ["CREATE TABLE \"__EFMigrationsHistory\" (id INTEGER);", "CREATE TABLE Foo (x);"],
                "a history row with no migration" => ["CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT, \"ProductVersion\" TEXT);", "INSERT INTO \"__EFMigrationsHistory\" VALUES (NULL, '10.0');", "CREATE TABLE Figures (x);"],
                _ => [History, "CREATE TABLE Figures (x);"],
            });
        }

        using var app = new DashboardApp(_temp, _data).LoggingTo(_output);
        var client = app.CreateClient();

        Assert.Equal("{\"status\":\"Healthy\"}", await client.GetStringAsync("/healthz"));
        Assert.Contains("1만2300명", await client.GetStringAsync("/api/figures/jobs-per-year"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ko/KRW/present")).StatusCode);
        Assert.Single(Directory.GetFiles(_temp.Combine("db"), "dashboard.db.unreadable-*"), f => !f.EndsWith("-wal") && !f.EndsWith("-shm"));
    }

    [Fact]
    public async Task A_symbolic_link_to_a_foreign_file_keeps_naming_the_rebuilt_database()
    {
        // The database kept on a volume of its own, linked from where the app looks for it.
        var volume = _temp.Combine("volume");
        Directory.CreateDirectory(volume);
        Directory.CreateDirectory(_temp.Combine("db"));
        var target = Path.Combine(volume, "dashboard.db");
        await File.WriteAllTextAsync(target, "not a database");
        File.CreateSymbolicLink(DatabaseFile, target);

        using var app = new DashboardApp(_temp, _data).LoggingTo(_output);

        Assert.Contains("1만2300명", await app.CreateClient().GetStringAsync("/api/figures/jobs-per-year"));
        Assert.Equal(target, new FileInfo(DatabaseFile).LinkTarget);
        Assert.Equal("not a database", await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(volume, "dashboard.db.unreadable-*"))));
        Assert.NotEmpty(TableSnapshot.Read($"Data Source={target};Mode=ReadOnly;Pooling=False")["Figures"]);
    }

    /// <summary>Runs statements on the database file, as another program would.</summary>
    private void Execute(params string[] statements)
    {
        using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Concat(statements);
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Overwrites the first page of a table's b-tree with bytes that are no page at all.</summary>
    private void CorruptPageOf(string table)
    {
        long page, size;
        using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
            command.CommandText = $"SELECT rootpage FROM sqlite_master WHERE name = '{table}'";
            page = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size";
            size = (long)command.ExecuteScalar()!;
        }

        SqliteConnection.ClearAllPools();
        using var file = new FileStream(DatabaseFile, FileMode.Open, FileAccess.Write);
        file.Position = (page - 1) * size;
        file.Write(Enumerable.Repeat((byte)0xAB, (int)size).ToArray());
    }
}
