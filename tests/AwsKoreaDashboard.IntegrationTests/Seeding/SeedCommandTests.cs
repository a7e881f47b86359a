using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>The `seed` command and start-up, run as the built app's own process.</summary>
[StartsEarly(22)]
public sealed class SeedCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DataDirectoryCopy _data;
    private readonly string _database;
    private readonly Dictionary<string, string> _environment;

    public SeedCommandTests()
    {
        _data = new DataDirectoryCopy(_temp.Combine("data"));
        _database = _temp.Combine("db", "dashboard.db");
        _environment = AppProcess.Environment(_data.Path, _database, _temp.Combine("logs"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_seed_command_builds_the_database_from_data_files()
    {
        var result = await AppProcess.RunAsync(_temp.Path, _environment, "seed");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Seeded", result.Output);
        Assert.True(File.Exists(_database));
        Assert.NotEmpty(TableSnapshot.Read($"Data Source={_database}")["Figures"]);
    }

    [Fact]
    public async Task A_failing_seed_command_names_the_problem_exits_non_zero_and_leaves_the_rows_as_they_were()
    {
        await AppProcess.RunAsync(_temp.Path, _environment, "seed");
        var before = TableSnapshot.Read($"Data Source={_database}");
        _data.EditFigure("jobs-per-year", f => f["value"] = 1);
        _data.EditFigure("renewable-share-now", f => f["citation"]!["source"] = "daily-planet");

        var result = await AppProcess.RunAsync(_temp.Path, _environment, "seed");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("figures.json › figures[", result.Error);
        Assert.Contains("'renewable-share-now' › citation.source: 'daily-planet' is not a source", result.Error);
        Assert.Equal(before, TableSnapshot.Read($"Data Source={_database}"));
    }

    [Fact]
    public async Task Seed_check_validates_without_creating_a_database()
    {
        var result = await AppProcess.RunAsync(_temp.Path, _environment, "seed", "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Valid:", result.Output);
        Assert.False(File.Exists(_database));
    }

    [Fact]
    public async Task The_app_refuses_to_start_with_invalid_data_and_no_earlier_database()
    {
        _data.EditFigure("jobs-per-year", f => f["unit"] = "jobs");

        var result = await AppProcess.RunAsync(_temp.Path, _environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot start", result.Error);
        Assert.Contains("figures.json › figures[", result.Error);
        Assert.Contains("› unit: 'jobs' is not one of", result.Error);
    }

    [Fact]
    public async Task A_missing_data_directory_is_named_in_the_error()
    {
        var environment = new Dictionary<string, string>(_environment) { ["Dashboard__DataDirectory"] = _temp.Combine("nowhere") };

        var result = await AppProcess.RunAsync(_temp.Path, environment, "seed");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(_temp.Combine("nowhere"), result.Error);
        Assert.Contains("does not exist", result.Error);
    }
}
