using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Production;

public sealed class ResilienceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_corrupt_database_file_at_start_is_set_aside_and_rebuilt_from_data()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectoryCopy(temp.Combine("data"));
        Directory.CreateDirectory(temp.Combine("db"));
        await File.WriteAllTextAsync(temp.Combine("db", "dashboard.db"), "this is not a SQLite database, it is a note someone saved over it");

        using var app = new DashboardApp(temp, data).LoggingTo(output);
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Directory.GetFiles(temp.Combine("db"), "dashboard.db.unreadable-*"));
        var log = await LogFiles.ReadAsync(app.LogDirectory, "is unreadable");
        Assert.Contains("is unreadable", log);
        Assert.Contains("rebuilding it from", log);
    }

    [Fact]
    public async Task Health_reflects_a_database_that_has_gone_away()
    {
        using var app = new DashboardApp().LoggingTo(output);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(app.DatabaseFile + suffix);
        }

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("{\"status\":\"Unhealthy\"}", await response.Content.ReadAsStringAsync());
        // The reason goes to the log, not to the public (HealthResponseTests checks the log side).
    }

    [Fact]
    public async Task A_broken_database_gives_the_error_page_without_a_stack_trace()
    {
        using var app = new DashboardApp().LoggingTo(output);
        var client = app.CreateClient();
        // The app notices the new data version (it polls), then fails to read the catalogue.
        var response = await app.BreakTheCatalogAndGetAsync(client, "/figures");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("문제가 생겼습니다", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task An_error_inside_the_api_answers_with_problem_json_not_the_error_page()
    {
        using var app = new DashboardApp().LoggingTo(output);
        var client = app.CreateClient();
        // The app notices the new data version (it polls), then fails to read the catalogue.
        var response = await app.BreakTheCatalogAndGetAsync(client, "/api/figures");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("<html", body);
        Assert.DoesNotContain("   at ", body);
    }
}
