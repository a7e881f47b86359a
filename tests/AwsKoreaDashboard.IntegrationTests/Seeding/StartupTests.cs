using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

public sealed class StartupTests
{
    [Fact]
    public async Task With_invalid_data_files_the_app_keeps_serving_the_last_good_database_and_reports_degraded()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectoryCopy(temp.Combine("data"));
        using (var first = new DashboardApp(temp, data))
        {
            _ = first.Server;
        }

        data.EditFigure("jobs-per-year", f => f["citation"]!["quote"] = "");
        using var second = new DashboardApp(temp, data);
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
}
