using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>
/// Each kind of bad data/ that used to crash, hang or slip through, run through the real commands as their own
/// process: a named error, exit code 1, and the database exactly as it was. With a good database the app
/// still starts, serves it and says Degraded. Each case starts with the layer that holds its rule (see
/// <see cref="RuleLayer"/>): the file reader, the schema or the C# entry reader.
/// </summary>
[StartsEarly(28)]
public sealed class BadDataFileTests : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SeededDatabase _seeded;
    private readonly DataDirectoryCopy _data;
    private readonly string _database;
    private readonly Dictionary<string, string> _environment;

    public BadDataFileTests(SeededDatabase seeded)
    {
        _seeded = seeded;
        _data = new DataDirectoryCopy(_temp.Combine("data"));
        _database = _temp.Combine("db", "dashboard.db");
        _environment = AppProcess.Environment(_data.Path, _database, _temp.Combine("logs"));
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Cases() =>
    [
        "file reader: a duplicate property",
        "schema: a formula of ten thousand parentheses",
        "file reader: a dangling symbolic link",
        "file reader: a symbolic link loop",
        "file reader: a FIFO",
        "file reader: a device",
        "C# entry reader: a head count of -1e19",
        "C# entry reader: a negative investment",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Seed_and_seed_check_name_the_problem_exit_1_and_leave_the_database_unchanged(string problem)
    {
        _seeded.CopyTo(_database);
        var before = TableSnapshot.Read($"Data Source={_database}");
        var expected = Break(problem);

        var check = await AppProcess.RunAsync(_temp.Path, _environment, "seed", "--check");
        var seed = await AppProcess.RunAsync(_temp.Path, _environment, "seed", "--force");

        foreach (var result in new[] { check, seed })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(expected, result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }

        Assert.Equal(before, TableSnapshot.Read($"Data Source={_database}"));
    }

    [Theory]
    [InlineData("file reader: a symbolic link loop")]
    [InlineData("file reader: a FIFO")]
    [InlineData("C# entry reader: a head count of -1e19")]
    public async Task With_a_good_database_the_app_starts_degraded_and_serves_it(string problem)
    {
        using (var first = new DashboardApp(_temp, _data))
        {
            _ = first.Server;
        }

        var before = TableSnapshot.Read($"Data Source={_database}");
        Break(problem);
        using var second = new DashboardApp(_temp, _data);
        var client = second.CreateClient();

        var health = await client.GetAsync("/healthz");
        var figures = await client.GetAsync("/api/figures");
        var home = await client.GetAsync("/");

        Assert.Equal("Degraded", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, figures.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("1만2300명", await figures.Content.ReadAsStringAsync());
        Assert.Equal(before, TableSnapshot.Read($"Data Source={_database}"));
    }

    /// <summary>Makes data/ bad in the named way; returns the text the error must contain.</summary>
    private string Break(string problem)
    {
        var figures = Path.Combine(_data.Path, "figures.json");
        switch (problem)
        {
            case "file reader: a duplicate property":
                _data.WriteText("figures.json", File.ReadAllText(figures).Replace("\"value\": 12300,", "\"value\": 12300, \"value\": 99999,"));
                return "› figures[26].value: 'value' is given twice in the same object";
            case "schema: a formula of ten thousand parentheses":
                _data.EditFigure("investment-growth-factor", f => f["formula"] = new string('(', 10_000) + "{investment-2023-2027-usd}" + new string(')', 10_000));
                return "'investment-growth-factor' › formula: is 20026 characters long; at most 500 are allowed";
            case "file reader: a dangling symbolic link":
                File.Delete(figures);
                File.CreateSymbolicLink(figures, _temp.Combine("nowhere.json"));
                return "figures.json › - › -: is a symbolic link to";
            case "file reader: a symbolic link loop":
                File.Delete(figures);
                File.CreateSymbolicLink(figures, figures);
                return "figures.json › - › -: is a symbolic link that loops back on itself";
            case "file reader: a FIFO":
                File.Delete(figures);
                using (var mkfifo = Process.Start("mkfifo", [figures]))
                {
                    mkfifo.WaitForExit();
                }

                return "figures.json › - › -: is a named pipe (FIFO)";
            case "file reader: a device":
                File.Delete(figures);
                File.CreateSymbolicLink(figures, "/dev/zero");
                return "figures.json › - › -: is a device";
            case "C# entry reader: a head count of -1e19":
                _data.WriteText("figures.json", File.ReadAllText(figures).Replace("\"value\": 12300,", "\"value\": -1e19,"));
                return "'jobs-per-year' › value: -1E+19, outside the range of people-per-year";
            case "C# entry reader: a negative investment":
                _data.EditFigure("investment-2023-2027-usd", f => f["value"] = -5_880_000_000d);
                return "'investment-2023-2027-usd' › value: -5880000000, outside the range of USD";
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }
}
