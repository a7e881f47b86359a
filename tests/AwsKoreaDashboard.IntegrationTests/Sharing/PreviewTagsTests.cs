using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>
/// Every kind of page, in both languages and both currencies, tells a link preview what it is: Open Graph and
/// Twitter card tags, in the reader's language and currency, with absolute addresses even though no public origin
/// is configured; and never an address taken from the request.
/// </summary>
public sealed class PreviewTagsTests : IClassFixture<SharedApp>
{
    /// <summary>One page of every kind below the reader prefix.</summary>
    public static readonly string[] PageKinds =
    [
        "/", "/charts/annual-pace", "/embed/charts/annual-pace", "/figures", "/figures/jobs-per-year", "/background", "/since",
        "/present", "/present/why-korea", "/present/presenter", "/present/selection",
    ];

    private const string Origin = "http://localhost";
    private readonly DashboardApp _app;
    private readonly HttpClient _client;

    private readonly ITestOutputHelper _output;

    public PreviewTagsTests(SharedApp shared, ITestOutputHelper output)
    {
        _output = output;
        _app = shared.App;
        _client = _app.NoRedirectClient();
    }

    public static TheoryData<string, string, string> EveryPageInEverySetting()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in PageKinds)
        {
            foreach (var language in ReaderUrls.Languages)
            {
                foreach (var currency in ReaderUrls.Currencies)
                {
                    data.Add(page, language, currency);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPageInEverySetting))]
    public async Task A_page_carries_every_preview_tag_with_absolute_addresses_in_its_readers_language(string page, string language, string currency)
    {
        var url = ReaderUrls.Page(language, currency, page);
        var document = await HtmlPage.GetAsync(_client, url);
        var tags = Tags(document);
        // An embed stands for its chart page, a presenter view for its deck, a reader's selection for the default deck.
        var canonicalPage = page.StartsWith("/embed/", StringComparison.Ordinal) ? page["/embed".Length..]
            : page.EndsWith("/presenter", StringComparison.Ordinal) ? page[..^"/presenter".Length]
            : page == "/present/selection" ? "/present"
            : page;
        var canonical = Origin + ReaderUrls.Page(language, currency, canonicalPage);

        Assert.Equal(canonical, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal(canonical, tags["og:url"]);
        foreach (var other in ReaderUrls.Languages)
        {
            Assert.Equal(Origin + ReaderUrls.Page(other, currency, canonicalPage), document.QuerySelector($"link[rel='alternate'][hreflang='{other}']")?.GetAttribute("href"));
        }

        Assert.Equal(Origin + ReaderUrls.Page("ko", currency, canonicalPage), document.QuerySelector("link[rel='alternate'][hreflang='x-default']")?.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(tags["og:title"]));
        Assert.False(string.IsNullOrWhiteSpace(tags["og:description"]));
        Assert.Equal(tags["og:description"], document.QuerySelector("meta[name='description']")?.GetAttribute("content"));
        Assert.Contains(tags["og:type"], new[] { "website", "article" });
        Assert.Equal(language == "ko" ? "AWS 한국 투자 대시보드" : "AWS Korea Investment Dashboard", tags["og:site_name"]);
        Assert.Equal(language == "ko" ? "ko_KR" : "en_US", tags["og:locale"]);
        Assert.Equal(language == "ko" ? "en_US" : "ko_KR", tags["og:locale:alternate"]);
        Assert.StartsWith($"{Origin}/{language}/{currency}/", tags["og:image"], StringComparison.Ordinal);
        Assert.EndsWith(".png", tags["og:image"], StringComparison.Ordinal);
        Assert.Equal("1200", tags["og:image:width"]);
        Assert.Equal("630", tags["og:image:height"]);
        Assert.False(string.IsNullOrWhiteSpace(tags["og:image:alt"]));
        // The image it names answers a PNG of the size it states (ChartImageTests checks each image is not blank).
        var image = await _client.GetAsync(tags["og:image"]);
        Assert.True(image.StatusCode == HttpStatusCode.OK, $"{tags["og:image"]} answered {(int)image.StatusCode}");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var png = PngImage.Decode(await image.Content.ReadAsByteArrayAsync());
        Assert.Equal((int.Parse(tags["og:image:width"], CultureInfo.InvariantCulture), int.Parse(tags["og:image:height"], CultureInfo.InvariantCulture)), (png.Width, png.Height));
        Assert.Equal("summary_large_image", document.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        // In the reader's language: Korean pages say something in Hangul, English pages do not.
        Assert.Equal(language == "ko", tags["og:title"].Any(IsHangul) || tags["og:description"].Any(IsHangul));
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task A_chart_page_and_its_embed_preview_the_chart_with_its_takeaway_and_its_own_card(string language, string currency)
    {
        foreach (var page in new[] { "/charts/annual-pace", "/embed/charts/annual-pace" })
        {
            var document = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, page));
            var tags = Tags(document);

            Assert.Equal(document.QuerySelector(".chart-card__title")!.TextContent.Trim(), tags["og:title"]);
            Assert.Equal(document.QuerySelector(".chart-card__takeaway")!.TextContent.Trim(), tags["og:description"]);
            Assert.Equal($"{Origin}/{language}/{currency}/charts/annual-pace.png", tags["og:image"]);
            Assert.Equal(document.QuerySelector(".chart-canvas")!.GetAttribute("aria-label"), tags["og:image:alt"]);
        }

        var embed = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, "/embed/charts/annual-pace"));
        Assert.Equal("noindex", embed.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
    }

    /// <summary>
    /// A presenter view (notes, timer, next slide) is a tool for the person presenting: a link to it, shared, shows
    /// and names its deck, and search is asked to leave it out. The deck itself is indexed.
    /// </summary>
    [Theory]
    [InlineData("ko", "KRW", "/present", "/present/presenter")]
    [InlineData("en", "USD", "/present/since-2023", "/present/since-2023/presenter")]
    // A reader's own selection is the default deck's page with the charts it names: it stands for that deck.
    [InlineData("en", "KRW", "/present", "/present/selection?charts=annual-pace,economic-effects")]
    [InlineData("ko", "USD", "/present", "/present/selection/presenter?charts=annual-pace")]
    public async Task A_presenter_view_or_a_readers_selection_stands_for_its_deck_noindex_with_the_decks_canonical_and_preview(string language, string currency, string deck, string view)
    {
        var audience = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, deck));
        var presenter = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, view));
        var canonical = $"{Origin}{ReaderUrls.Page(language, currency, deck)}";

        Assert.Equal("noindex", presenter.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Equal(canonical, presenter.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal(canonical, Tags(presenter)["og:url"]);
        Assert.Equal(Tags(audience)["og:title"], Tags(presenter)["og:title"]);
        Assert.Null(audience.QuerySelector("meta[name='robots']"));
        Assert.Equal(canonical, audience.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_dashboard_previews_the_story_line_on_the_headline_chart_and_since_its_own_chart(string language, string currency)
    {
        var dashboard = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, "/"));
        var tags = Tags(dashboard);
        var firstChart = dashboard.QuerySelector("[data-chart-key]")!.GetAttribute("data-chart-key");

        Assert.Equal(dashboard.QuerySelector(".story__summary")!.TextContent.Trim(), tags["og:description"]);
        Assert.Equal(dashboard.QuerySelector(".story__title")!.TextContent.Trim(), tags["og:title"]);
        Assert.Equal($"{Origin}/{language}/{currency}/charts/{firstChart}.png", tags["og:image"]);

        var since = Tags(await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, "/since")));
        Assert.Equal($"{Origin}/{language}/{currency}/since/chart.png", since["og:image"]);
    }

    [Theory]
    [InlineData("ko", "KRW", "jobs-per-year")]
    [InlineData("en", "USD", "investment-2023-2027-usd")]
    [InlineData("en", "KRW", "cloud-adoption-korea")]
    [InlineData("ko", "KRW", "investment-2023-2027-krw")]
    public async Task A_figure_previews_its_value_and_label_on_the_first_chart_that_draws_it_else_the_headline_chart(string language, string currency, string figure)
    {
        var dashboard = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, "/"));
        var headlineChart = ReaderUrls.Page(language, currency, $"/charts/{dashboard.QuerySelector("[data-chart-key]")!.GetAttribute("data-chart-key")}");
        var page = await HtmlPage.GetAsync(_client, ReaderUrls.Page(language, currency, $"/figures/{figure}"));
        var tags = Tags(page);
        var label = page.QuerySelector("h1")!.TextContent.Trim();
        var shown = page.QuerySelector("#evidence .fact__value")!.TextContent.Trim();
        var firstChart = page.QuerySelector("#used-in-title + ul a")?.GetAttribute("href");

        Assert.Equal(label, tags["og:title"]);
        Assert.StartsWith($"{label}: {shown} (", tags["og:description"], StringComparison.Ordinal);
        Assert.Equal($"{Origin}{firstChart ?? headlineChart}.png", tags["og:image"]);
    }

    [Fact]
    public async Task A_figure_in_the_other_currency_is_previewed_in_the_readers_currency()
    {
        var tags = Tags(await HtmlPage.GetAsync(_client, "/en/USD/figures/investment-2023-2027-krw"));

        Assert.Contains("$", tags["og:description"], StringComparison.Ordinal);
        Assert.DoesNotContain("₩", tags["og:description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_header_never_reaches_an_address_in_a_page()
    {
        foreach (var url in new[] { "/ko/KRW/", "/en/USD/charts/annual-pace", "/sitemap.xml", "/robots.txt" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Host = "evil.example";
            request.Headers.Add("X-Forwarded-Host", "evil.example");
            var response = await _client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("evil.example", body);
            Assert.Contains(Origin + "/", body);
        }
    }

    [Fact]
    public async Task A_configured_public_origin_is_the_origin_of_every_absolute_address()
    {
        using var configured = _app.WithWebHostBuilder(builder => builder.UseSetting("Dashboard:PublicOrigin", "https://dashboard.example/"));
        var client = configured.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/en/USD/charts/annual-pace");
        var tags = Tags(page);

        Assert.Equal("https://dashboard.example/en/USD/charts/annual-pace", page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal("https://dashboard.example/en/USD/charts/annual-pace.png", tags["og:image"]);
        Assert.StartsWith("https://dashboard.example/oembed?url=https%3A%2F%2Fdashboard.example%2Fen%2FUSD%2Fcharts%2Fannual-pace",
            page.QuerySelector("link[type='application/json+oembed']")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://dashboard.example/sitemap.xml", await client.GetStringAsync("/robots.txt"));
    }

    [Fact]
    public async Task Without_a_public_origin_the_app_says_once_at_start_that_it_should_be_set()
    {
        // An app of its own: the shared one may have started a configured twin that logs into the same sink.
        using var app = new DashboardApp().LoggingTo(_output);
        var client = app.CreateClient();
        await client.GetAsync("/ko/KRW/");
        await client.GetAsync("/en/USD/");

        var log = await app.LogEvents.WaitForAsync("Dashboard:PublicOrigin is not set");
        var warnings = Warnings(log);
        Assert.NotEmpty(warnings);
        Assert.StartsWith("Warning", warnings[0], StringComparison.Ordinal);
        Assert.Contains(Origin, warnings[0]);
        // Said at start, not per request or page.
        foreach (var url in new[] { "/ko/KRW/charts/annual-pace", "/en/USD/since", "/sitemap.xml", "/ko/KRW/figures" })
        {
            await client.GetAsync(url);
        }

        Assert.Equal(warnings.Count, Warnings(await app.LogEvents.WaitForAsync("Dashboard:PublicOrigin is not set")).Count);

        static List<string> Warnings(string log) =>
            log.Split('\n').Where(m => m.Contains("Dashboard:PublicOrigin is not set", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The page's Open Graph tags by property.</summary>
    private static Dictionary<string, string> Tags(IDocument page) =>
        page.QuerySelectorAll("meta[property]").GroupBy(m => m.GetAttribute("property")!)
            .ToDictionary(g => g.Key, g => Assert.Single(g).GetAttribute("content") ?? "");

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
