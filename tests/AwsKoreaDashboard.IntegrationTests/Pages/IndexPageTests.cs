using AngleSharp.Dom;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

public sealed class IndexPageTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    [Fact]
    public async Task The_home_page_lists_each_headline_figure_with_a_link_to_its_source()
    {
        var page = await HtmlPage.GetAsync(_client, "/");
        var headline = _app.Data.Read("sources.json")["story"]!["headlineFigures"]!.AsArray().Select(k => (string)k!).ToList();

        var cards = page.QuerySelectorAll(".kpi").ToList();

        Assert.Equal(headline, cards.Select(c => c.GetAttribute("data-figure")!).ToList());
        foreach (var card in cards)
        {
            Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".kpi__value")?.TextContent));
            var citation = card.QuerySelector("a.citation-link");
            Assert.NotNull(citation);
            Assert.Contains("한국경제", citation!.TextContent);
            Assert.Matches("^(https://|/ko/KRW/figures/)", citation.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_home_page_shows_the_investment_in_korean_units_with_the_article_quote_behind_it()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        var investment = page.QuerySelector(".kpi[data-figure='investment-2023-2027-krw'] .kpi__value")!.TextContent;
        Assert.Equal("약 7.85조 원", investment);
        var quotes = page.QuerySelectorAll(".fact__quote").Select(q => q.TextContent).ToList();
        Assert.Contains(quotes, q => q.Contains("58억8000만달러(약 7조8500억원)"));
    }

    [Fact]
    public async Task The_investment_chart_is_drawn_from_the_database_with_its_source_line()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        var chart = page.QuerySelector("#chart-investment-vs-previous")!;
        var payload = System.Text.Json.JsonDocument.Parse(chart.QuerySelector("script.chart-data")!.TextContent).RootElement;
        var values = payload.GetProperty("series")[0].GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToList();

        Assert.Equal([2.72e12, 7.85e12], values);
        Assert.Contains("출처: 한국경제, 2023-10-12", chart.QuerySelector(".source-line")!.TextContent);
        Assert.NotNull(chart.QuerySelector("canvas[role='img'][aria-label]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/figures")]
    [InlineData("/figures/investment-growth-factor")]
    [InlineData("/charts/annual-pace")]
    public async Task Pages_have_no_inline_script_or_style(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);

        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
        HtmlPage.AssertNoCodeInMarkup(page);
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy()
    {
        var response = await _client.GetAsync("/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
