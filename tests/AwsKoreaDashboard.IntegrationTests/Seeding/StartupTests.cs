using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

public sealed class StartupTests(ITestOutputHelper output)
{
    [Fact]
    public async Task With_invalid_data_files_the_app_keeps_serving_the_last_good_database_and_reports_degraded()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectoryCopy(temp.Combine("data"));
        using (var first = new DashboardApp(temp, data).LoggingTo(output))
        {
            _ = first.Server;
        }

        data.EditFigure("jobs-per-year", f => f["citation"]!["quote"] = "");
        using var second = new DashboardApp(temp, data).LoggingTo(output);
        var client = second.CreateClient();

        var health = await client.GetAsync("/healthz");
        var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        var figure = await client.GetAsync("/api/figures/jobs-per-year");

        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        // Why is for operators, in the log; the public answer names no file, path or error.
        Assert.Equal("{\"status\":\"Degraded\"}", body.GetRawText());
        Assert.DoesNotContain(temp.Path, body.GetRawText());
        Assert.Equal(HttpStatusCode.OK, figure.StatusCode);
        Assert.Contains("1만2300명", await figure.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_path_that_is_a_folder_ends_with_one_line_naming_it_and_exit_code_1()
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("db", "dashboard.db");
        Directory.CreateDirectory(folder);

        var result = await StartAsync(temp, folder);

        AssertOneClearLine(result, folder);
        Assert.Contains("is a folder", result.Error);
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_made_ends_with_one_line_naming_it_and_exit_code_1()
    {
        // A file where the database's folder should be: mkdir fails for root too.
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.Combine("db"), "a file, not a folder");
        var database = temp.Combine("db", "dashboard.db");

        var result = await StartAsync(temp, database);

        AssertOneClearLine(result, database);
    }

    [Fact]
    public async Task A_read_only_database_folder_ends_with_one_line_naming_it_and_exit_code_1()
    {
        // Root writes through any permission bits, so the folder is made read-only the way a read-only volume is:
        // a read-only bind mount over it, in a mount namespace of the app's own (unshare), gone when it exits.
        using var temp = new TempDirectory();
        var folder = temp.Combine("db");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "dashboard.db");
        string[] launcher = ["unshare", "--mount", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", folder];

        var result = await AppProcess.RunThroughAsync(launcher, temp.Path, AppProcess.Environment(new DataDirectoryCopy(temp.Combine("data")).Path, database, temp.Combine("logs")));

        Assert.DoesNotContain("unshare:", result.Error); // the launcher itself worked (it needs root)
        AssertOneClearLine(result, database);
        Assert.Contains("Read-only file system", result.Error);
    }

    [Theory]
    [InlineData(":memory:", ":memory:")]
    [InlineData("shared;Mode=Memory;Cache=Shared", "shared")]
    [InlineData("", "Data Source is empty")]
    public async Task An_in_memory_or_empty_data_source_ends_with_one_line_naming_it_and_exit_code_1(string dataSource, string named)
    {
        using var temp = new TempDirectory();

        var result = await StartAsync(temp, dataSource);

        AssertOneClearLine(result, named);
        Assert.DoesNotContain("is a folder", result.Error);
    }

    [Fact]
    public async Task A_database_opened_read_only_ends_with_one_line_naming_it_and_exit_code_1()
    {
        using var temp = new TempDirectory();
        var database = temp.Combine("db", "dashboard.db");
        Assert.Equal(0, (await StartAsync(temp, database, "seed")).ExitCode);

        var result = await StartAsync(temp, $"{database};Mode=ReadOnly");

        AssertOneClearLine(result, database);
        Assert.Contains("can only be read", result.Error);
    }

    private static Task<AppProcess.Result> StartAsync(TempDirectory temp, string database, params string[] args) =>
        AppProcess.RunAsync(temp.Path, AppProcess.Environment(new DataDirectoryCopy(temp.Combine("data")).Path, database, temp.Combine("logs")), args);

    private static void AssertOneClearLine(AppProcess.Result result, string path)
    {
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(path, line);
        Assert.Contains("ConnectionStrings:Dashboard", line);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
        Assert.DoesNotContain("Exception", result.Output + result.Error);
    }
}
