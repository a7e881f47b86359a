using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>The command line takes only what each command understands; a typo never runs a real seed.</summary>
public sealed class CommandLineTests : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SeededDatabase _seeded;
    private readonly DataDirectoryCopy _data;
    private readonly string _database;
    private readonly Dictionary<string, string> _environment;

    public CommandLineTests(SeededDatabase seeded)
    {
        _seeded = seeded;
        _data = new DataDirectoryCopy(_temp.Combine("data"));
        _database = _temp.Combine("db", "dashboard.db");
        _environment = AppProcess.Environment(_data.Path, _database, _temp.Combine("logs"));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("seed --chek")]
    [InlineData("seed --check --force")]
    [InlineData("seed --force --force")]
    [InlineData("seed now")]
    [InlineData("export-site")]
    [InlineData("export-site --out")]
    [InlineData("export-site site extra")]
    [InlineData("sede")]
    public async Task An_unknown_flag_prints_usage_exits_2_and_changes_nothing(string commandLine)
    {
        // A database as `seed` leaves it (seeded once for the class), so that a typo that did seed would show.
        _seeded.CopyTo(_database);
        var before = TableSnapshot.Read($"Data Source={_database}");
        _data.EditFigure("jobs-per-year", f => f["value"] = 12301);

        var result = await AppProcess.RunAsync(_temp.Path, _environment, commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Error);
        Assert.Contains("seed --check", result.Error);
        Assert.Equal(before, TableSnapshot.Read($"Data Source={_database}"));
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Fact]
    public async Task Export_site_to_a_file_says_so_in_one_line_and_exits_2()
    {
        var file = _temp.Combine("site.txt");
        await File.WriteAllTextAsync(file, "not a folder");

        var result = await AppProcess.RunAsync(_temp.Path, _environment, "export-site", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"export-site: {file} is a file, not a folder; give a folder to write the site to", result.Error.Trim());
        Assert.Equal("not a folder", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Export_site_below_a_file_says_it_cannot_write_there_and_exits_2()
    {
        var file = _temp.Combine("site.txt");
        await File.WriteAllTextAsync(file, "not a folder");

        var result = await AppProcess.RunAsync(_temp.Path, _environment, "export-site", Path.Combine(file, "inner"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("export-site: cannot write to", line);
    }
}
