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

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_database_whose_migrations_history_page_is_corrupt_is_set_aside_and_rebuilt()
    {
        using (var first = new DashboardApp(_temp, _data).LoggingTo(_output))
        {
            _ = first.Server;
        }

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

    [Fact]
    public async Task A_locked_database_is_retried_reported_and_never_moved()
    {
        var environment = AppProcess.Environment(_data.Path, DatabaseFile, _temp.Combine("logs"));
        Assert.Equal(0, (await AppProcess.RunAsync(_temp.Path, environment, "seed")).ExitCode);
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

            result = await AppProcess.RunAsync(_temp.Path, environment, "seed", "--force");
        }

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is locked or busy", result.Error);
        Assert.Contains("it was left as it is", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
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
