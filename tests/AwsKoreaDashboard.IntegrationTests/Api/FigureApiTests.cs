using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Api;

public sealed class FigureApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    [Fact]
    public async Task Figures_lists_every_figure_of_the_data_files_each_with_its_citation_or_formula()
    {
        var figures = await GetJsonAsync("/api/figures");
        var expected = _app.Data.Read("figures.json")["figures"]!.AsArray().Select(f => (string)f!["key"]!).ToList();

        Assert.Equal(expected, figures.EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToList());
        foreach (var figure in figures.EnumerateArray())
        {
            if (figure.GetProperty("kind").GetString() == "reported")
            {
                var citation = figure.GetProperty("citation");
                Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("quote").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("publisher").GetProperty("ko").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("headline").GetString()));
                Assert.True(citation.TryGetProperty("url", out _));
                Assert.True(citation.TryGetProperty("publishedOn", out _));
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, figure.GetProperty("citation").ValueKind);
                Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("formula").GetString()));
                Assert.NotEmpty(figure.GetProperty("inputs").EnumerateArray());
            }
        }
    }

    [Fact]
    public async Task One_figure_carries_its_value_unit_period_and_verbatim_quote()
    {
        var figure = await GetJsonAsync("/api/figures/investment-2023-2027-usd");

        Assert.Equal(5_880_000_000d, figure.GetProperty("value").GetDouble());
        Assert.Equal("USD", figure.GetProperty("unit").GetString());
        Assert.Equal("2023–2027년 (5년)", figure.GetProperty("period").GetProperty("ko").GetString());
        Assert.Equal("58.8억 달러", figure.GetProperty("formatted").GetProperty("ko").GetString());
        Assert.Equal("$5.88B", figure.GetProperty("formatted").GetProperty("en").GetString());
        var citation = figure.GetProperty("citation");
        Assert.Contains("58억8000만달러", citation.GetProperty("quote").GetString());
        Assert.Equal("한국경제", citation.GetProperty("publisher").GetProperty("ko").GetString());
        Assert.Equal("2023-10-12", citation.GetProperty("publishedOn").GetString());
        Assert.StartsWith("https://", citation.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_figure_is_a_404_with_problem_details()
    {
        var response = await _client.GetAsync("/api/figures/investment-2099");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("investment-2099", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Sources_lists_the_article_and_its_related_coverage()
    {
        var sources = await GetJsonAsync("/api/sources");
        var publishers = sources.EnumerateArray().Select(s => s.GetProperty("publisher").GetProperty("ko").GetString()).ToList();

        Assert.Contains("한국경제", publishers);
        Assert.Contains("중앙일보", publishers);
        Assert.Contains("조선일보", publishers);
        var hankyung = sources.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "hankyung-2023-10-12");
        Assert.Equal(2, 1 + hankyung.GetProperty("alternateUrls").GetArrayLength());
    }

    [Fact]
    public async Task Health_is_healthy_when_the_database_answers_and_holds_figures()
    {
        var response = await _client.GetAsync("/healthz");
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        // The public answer is the status and nothing else: no paths, counts or errors.
        Assert.Equal("{\"status\":\"Healthy\"}", health.GetRawText());
    }

    [Fact]
    public async Task Health_is_unhealthy_when_the_database_holds_no_figures()
    {
        // An app of its own: this test empties its database.
        using var emptied = new DashboardApp();
        using var client = emptied.CreateClient();
        await using (var db = emptied.CreateDbContext())
        {
            db.ChartCells.RemoveRange(db.ChartCells);
            db.FigureInputs.RemoveRange(db.FigureInputs);
            db.Figures.RemoveRange(db.Figures);
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
