using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>Briefing mode as the server renders it, before present.js runs.</summary>
public sealed class PresentPageTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    [Theory]
    [InlineData("/ko/KRW/present")]
    [InlineData("/en/USD/present/presenter")]
    public async Task The_server_renders_the_same_page_whatever_the_script_only_autoplay_and_minutes_say(string path)
    {
        var plain = await _client.GetStringAsync(path);
        var withScriptParameters = await _client.GetStringAsync($"{path}?autoplay=5&minutes=20");

        Assert.Equal(plain, withScriptParameters);
        Assert.DoesNotContain("autoplay=", plain);
        Assert.DoesNotContain("minutes=", plain);
    }

    [Theory]
    [InlineData("ko", "KRW", "기사 이후 보도")]
    [InlineData("en", "USD", "Reported since the article")]
    public async Task The_since_2023_deck_shows_the_since_chart_after_the_articles_comparison_and_its_outlets_under_their_own_heading(string language, string currency, string heading)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/present/since-2023");
        var events = JsonDocument.Parse(await _client.GetStringAsync("/api/events")).RootElement;

        var slides = page.QuerySelectorAll(".slide").ToList();
        // Title, the article's comparison, the since chart, then the sources on as many slides as they need.
        Assert.True(slides.Count >= 4, $"{slides.Count} slides");
        Assert.Equal(slides.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".deck")!.GetAttribute("data-count"));
        Assert.Equal(["investment-vs-previous", "since-commitments"], slides.Select(s => s.QuerySelector(".chart-card")?.GetAttribute("data-chart-key")).OfType<string>());
        var since = slides[2];
        var payload = JsonDocument.Parse(since.QuerySelector("script.chart-data")!.TextContent).RootElement;
        Assert.Equal("period", payload.GetProperty("kind").GetString());
        Assert.Equal(currency, payload.GetProperty("currency").GetString());
        Assert.NotNull(since.QuerySelector(".slide__stage [data-not-from-article]"));
        Assert.Contains(heading, slides[0].QuerySelector(".slide__stage")!.TextContent);

        var sources = slides.Skip(3).ToList();
        Assert.StartsWith(heading, sources.Select(s => s.QuerySelector("[data-since-sources]")).First(h => h is not null)!.TextContent);
        var followUpLinks = sources.SelectMany(s => s.QuerySelectorAll(".slide__sources--since a")).Select(a => a.GetAttribute("href")).ToList();
        var noteLinks = since.QuerySelectorAll(".slide__notes a").Select(a => a.GetAttribute("href")).ToList();
        var cited = events.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("notFromOriginalArticle").GetBoolean() && e.GetProperty("amounts").EnumerateArray().Any(a =>
                a.GetProperty("role").GetString() is "commitment" or "joint-total"
                && a.GetProperty("sameAs").ValueKind == JsonValueKind.Null
                && a.GetProperty("period").GetProperty("from").ValueKind == JsonValueKind.Number))
            .SelectMany(e => e.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("url").GetString()!)).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, url => Assert.Contains(url, followUpLinks));
        Assert.All(cited, url => Assert.Contains(url, noteLinks));
        // The article's own sources stay in their own list.
        Assert.DoesNotContain(sources.SelectMany(s => s.QuerySelectorAll(".slide__sources:not(.slide__sources--since) a")), a => cited.Contains(a.GetAttribute("href")!));
        HtmlPage.AssertNoCodeInMarkup(page);
    }

    [Fact]
    public async Task A_deck_without_the_since_chart_has_no_since_slide_and_no_follow_up_heading()
    {
        var page = await HtmlPage.GetAsync(_client, "/en/USD/present/briefing");

        Assert.Null(page.QuerySelector("[data-since]"));
        Assert.Null(page.QuerySelector("[data-since-sources]"));
        Assert.Null(page.QuerySelector("[data-not-from-article]"));
    }
}
