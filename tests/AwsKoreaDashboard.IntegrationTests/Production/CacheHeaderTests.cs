using System.Net;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// What each kind of response tells a shared cache (nginx, a CDN) and a browser, read from the app on a real
/// port: pages, downloads, the API and the 404 page may be kept by a shared cache for s-maxage and served
/// stale while revalidating, a browser asks every time; fingerprinted assets are immutable; <c>/</c> (one
/// reader's redirect) and <c>/healthz</c> are never stored. The numbers come from configuration.
/// </summary>
public sealed class CacheHeaderTests : IClassFixture<CacheHeaderTests.PublishedApp>
{
    private readonly HttpClient _client;

    public CacheHeaderTests(PublishedApp published)
    {
        // Each test starts from an empty page cache: its first request is rendered, its second stored.
        published.App.Services.GetRequiredService<PageCache>().Clear();
        _client = published.Client;
    }

    /// <summary>One app on a real port for the class, configured as a publish serves its assets.</summary>
    public sealed class PublishedApp() : AppOnRealPort(new Dictionary<string, string?>
    {
        // As a publish serves its assets (a build's own assets are served for editing, with no-cache).
        ["ReloadStaticAssetsAtRuntime"] = "false",
        ["Dashboard:HttpCaching:Downloads:SharedMaxAgeSeconds"] = "120",
        ["Dashboard:HttpCaching:NotFound:StaleWhileRevalidateSeconds"] = "7",
    });

    /// <summary>The 404 page's lifetime as <see cref="PublishedApp"/> configures it.</summary>
    private const string NotFoundLifetime = "public, max-age=0, s-maxage=60, stale-while-revalidate=7, stale-if-error=86400";

    /// <summary>The downloads' lifetime as <see cref="PublishedApp"/> configures it.</summary>
    private const string DownloadsLifetime = "public, max-age=0, s-maxage=120, stale-while-revalidate=60, stale-if-error=86400";

    [Theory]
    [InlineData("/ko/KRW/", HttpStatusCode.OK, "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400")]
    [InlineData("/en/USD/charts/annual-pace", HttpStatusCode.OK, "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400")]
    [InlineData("/api/figures", HttpStatusCode.OK, "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400")]
    [InlineData("/ko/KRW/exports/figures.csv", HttpStatusCode.OK, DownloadsLifetime)]
    [InlineData("/en/USD/exports/charts/annual-pace.pptx", HttpStatusCode.OK, DownloadsLifetime)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, NotFoundLifetime)]
    public async Task Pages_downloads_the_api_and_the_404_page_may_be_kept_by_a_shared_cache_and_are_revalidated_by_browsers(string url, HttpStatusCode status, string cacheControl)
    {
        // Twice: what the app's own store sends is what the first render sent.
        foreach (var _ in new[] { "miss", "hit" })
        {
            var response = await _client.GetAsync(url);

            Assert.Equal(status, response.StatusCode);
            Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
            Assert.NotNull(response.Headers.ETag);
            Assert.Null(response.Headers.Age);
        }
    }

    [Theory]
    [InlineData("GET", "/api/figures/no-such-figure", HttpStatusCode.NotFound)]
    [InlineData("GET", "/oembed?url=https%3A%2F%2Fdashboard.example%2Fko%2FKRW%2Fcharts%2Fno-such-chart", HttpStatusCode.NotFound)]
    [InlineData("GET", "/oembed?url=not-an-address", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/ko/KRW/", HttpStatusCode.MethodNotAllowed)]
    public async Task An_error_the_reader_caused_lives_in_a_shared_cache_as_long_as_the_404_page(string method, string url, HttpStatusCode status)
    {
        // Without a Cache-Control a CDN may keep a 404 for hours, and a key the next seed adds would stay missing.
        await SendExpectingAsync(new HttpRequestMessage(new HttpMethod(method), url), status, NotFoundLifetime);
    }

    [Fact]
    public async Task A_server_error_is_never_stored()
    {
        // oEmbed in a format it does not speak: 501, as the oEmbed specification says.
        await SendExpectingAsync(Get("/oembed?url=https%3A%2F%2Fdashboard.example%2Fko%2FKRW%2Fcharts%2Fannual-pace&format=xml"), HttpStatusCode.NotImplemented, "no-store");
    }

    [Fact]
    public async Task The_embed_host_script_at_its_stable_address_is_kept_by_a_shared_cache_like_a_download()
    {
        // Other sites load /js/embed.js by that address on every page that embeds a chart; MapStaticAssets alone says no-cache.
        var response = await SendExpectingAsync(Get("/js/embed.js"), HttpStatusCode.OK, DownloadsLifetime);
        Assert.NotNull(response.Headers.ETag);

        // Part of it, as a CDN that passes Range on asks: the same lifetime. A range past its end: 416, not a 404 for a file that is there.
        await SendExpectingAsync(Get("/js/embed.js", new System.Net.Http.Headers.RangeHeaderValue(0, 9)), HttpStatusCode.PartialContent, DownloadsLifetime);
        var beyond = await _client.SendAsync(Get("/js/embed.js", new System.Net.Http.Headers.RangeHeaderValue(999_999, null)));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
    }

    [Fact]
    public async Task Other_static_files_keep_what_MapStaticAssets_gives_them()
    {
        // The stylesheet at its address without a fingerprint: pages never link it so; MapStaticAssets says no-cache.
        await SendExpectingAsync(Get("/css/site.css"), HttpStatusCode.OK, "no-cache");
    }

    private static HttpRequestMessage Get(string url, System.Net.Http.Headers.RangeHeaderValue? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = range;
        return request;
    }

    /// <summary>Sends the request and checks the status and the Cache-Control of its answer.</summary>
    private async Task<HttpResponseMessage> SendExpectingAsync(HttpRequestMessage request, HttpStatusCode status, string cacheControl)
    {
        var response = await _client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
        return response;
    }

    [Fact]
    public async Task A_fingerprinted_asset_is_immutable_for_a_year()
    {
        var page = await HtmlPage.GetAsync(_client, "/ko/KRW/");
        var stylesheet = page.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;

        var response = await _client.GetAsync(stylesheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("ko", null)]
    [InlineData("en-US,en;q=0.9", null)]
    [InlineData("ko", "dashboard-language=en")]
    public async Task The_front_door_is_one_readers_answer_and_no_cache_keeps_it(string acceptLanguage, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var cacheControl = response.Headers.CacheControl;
        Assert.True(cacheControl is { Private: true, NoStore: true, Public: false }, $"Cache-Control: {cacheControl}");
        Assert.Equal(["Accept-Language", "Cookie"], response.Headers.Vary.Order());
    }

    [Fact]
    public async Task Health_is_never_stored()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.False(response.Headers.CacheControl?.Public);
    }
}
