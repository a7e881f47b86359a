using System.Net;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// The addresses pages hand out and the ones people type: every link canonical and answering, old spellings
/// redirected, the front door by language, HEAD like GET. These tests only read and do not depend on what the
/// page cache holds, so they share one app (<see cref="CanonicalUrlTests"/> keeps an app per test for the
/// cache's first-miss, then-hit behaviour).
/// </summary>
public sealed class CanonicalLinkTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly HttpClient _client = shared.App.NoRedirectClient();

    [Theory]
    [InlineData("identity;q=0", null)]
    [InlineData("gzip, identity;q=0", "gzip")]
    [InlineData("br;q=0, gzip;q=0, *;q=1", null)]
    [InlineData("*", "br")]
    [InlineData("x-unknown, gzip;q=0.5", "gzip")]
    public async Task Odd_accept_encoding_values_get_one_of_the_three_encodings_and_never_an_error(string acceptEncoding, string? expected)
    {
        foreach (var url in new[] { "/ko/KRW/", "/api/figures", "/healthz", "/favicon.svg" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

            var response = await _client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (url == "/ko/KRW/")
            {
                Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
            }
        }
    }

    [Theory]
    [InlineData("/", "/ko/KRW/", HttpStatusCode.Found)]
    [InlineData("/?culture=en&currency=USD", "/en/USD/", HttpStatusCode.MovedPermanently)]
    [InlineData("/?culture=ko&currency=KRW", "/ko/KRW/", HttpStatusCode.MovedPermanently)]
    [InlineData("/charts/annual-pace?culture=en", "/en/KRW/charts/annual-pace", HttpStatusCode.MovedPermanently)]
    [InlineData("/charts/annual-pace?culture=en&currency=USD&view=table", "/en/USD/charts/annual-pace?view=table", HttpStatusCode.MovedPermanently)]
    [InlineData("/embed/charts/annual-pace?culture=en&currency=USD", "/en/USD/embed/charts/annual-pace", HttpStatusCode.MovedPermanently)]
    [InlineData("/embed/charts/annual-pace?currency=USD", "/ko/USD/embed/charts/annual-pace", HttpStatusCode.MovedPermanently)]
    [InlineData("/present?charts=annual-pace,economic-effects&culture=ko", "/ko/KRW/present/selection?charts=annual-pace,economic-effects", HttpStatusCode.MovedPermanently)]
    [InlineData("/present/why-korea?culture=en&autoplay=10", "/en/KRW/present/why-korea?autoplay=10", HttpStatusCode.MovedPermanently)]
    [InlineData("/figures/jobs-per-year?currency=USD&evil=1", "/ko/USD/figures/jobs-per-year", HttpStatusCode.MovedPermanently)]
    [InlineData("/exports/charts/annual-pace.csv?culture=en&currency=USD", "/en/USD/exports/charts/annual-pace.csv", HttpStatusCode.MovedPermanently)]
    [InlineData("/present/presenter?charts=annual-pace,economic-effects&culture=en", "/en/KRW/present/selection/presenter?charts=annual-pace,economic-effects", HttpStatusCode.MovedPermanently)]
    [InlineData("/Charts/annual-pace?culture=en", "/en/KRW/charts/annual-pace", HttpStatusCode.MovedPermanently)]
    [InlineData("/ko/KRW/BACKGROUND", "/ko/KRW/background", HttpStatusCode.MovedPermanently)]
    [InlineData("/en/USD/CHARTS/annual-pace", "/en/USD/charts/annual-pace", HttpStatusCode.MovedPermanently)]
    [InlineData("/ko/KRW//figures", "/ko/KRW/figures", HttpStatusCode.MovedPermanently)]
    [InlineData("/en", "/en/KRW/", HttpStatusCode.Found)]
    [InlineData("/ko/", "/ko/KRW/", HttpStatusCode.Found)]
    [InlineData("/figures", "/ko/KRW/figures", HttpStatusCode.Found)]
    [InlineData("/ko/KRW", "/ko/KRW/", HttpStatusCode.MovedPermanently)]
    [InlineData("/EN/usd/charts/annual-pace/", "/en/USD/charts/annual-pace", HttpStatusCode.MovedPermanently)]
    public async Task Old_links_and_other_spellings_redirect_to_the_canonical_address(string old, string canonical, HttpStatusCode status)
    {
        var response = await _client.GetAsync(old);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var target = await _client.GetAsync(canonical);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Theory]
    [InlineData(null, null, "/ko/KRW/")]
    [InlineData("en-US,en;q=0.9,ko;q=0.5", null, "/en/KRW/")]
    [InlineData("fr-FR,ko;q=0.8,en;q=0.5", null, "/ko/KRW/")]
    [InlineData("fr-FR", null, "/ko/KRW/")]
    [InlineData("ko-KR", "dashboard-language=en; dashboard-currency=USD", "/en/USD/")]
    [InlineData(null, ".AspNetCore.Culture=c%3Den%7Cuic%3Den", "/en/KRW/")]
    public async Task The_front_door_sends_the_reader_to_their_stored_or_browser_language_and_varies_by_exactly_that(string? acceptLanguage, string? cookie, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Equal(["Accept-Language", "Cookie"], response.Headers.Vary.Order());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/ko/KRW/")]
    [InlineData("/en/USD/")]
    [InlineData("/en/USD/charts/annual-pace")]
    [InlineData("/ko/KRW/present/why-korea")]
    [InlineData("/ko/USD/present/presenter")]
    [InlineData("/en/KRW/figures")]
    [InlineData("/ko/KRW/figures/korea-to-india-annual-ratio")]
    public async Task Every_link_a_page_hands_out_is_a_canonical_address_that_answers_200(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var links = page.All
            .SelectMany(e => e.Attributes)
            .Where(a => a.Name is "href" or "src" || (a.Name.StartsWith("data-", StringComparison.Ordinal) && a.Name.EndsWith("-url", StringComparison.Ordinal)))
            .Select(a => a.Value)
            .Where(v => v.StartsWith('/') && !v.StartsWith("//", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains(links, l => l.Contains("/exports/", StringComparison.Ordinal) || url.Contains("/present", StringComparison.Ordinal) || url.Contains("/figures", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var path = link.Split('#')[0];
            Assert.True(
                ReaderUrls.TryParse(path.Split('?')[0], out _, out _, out _) || path.StartsWith("/api/", StringComparison.Ordinal) || StaticAssets.IsStaticAsset(path),
                $"{url} links to {link}, which is not a canonical address");
            var response = await _client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} links to {link}, which answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_switches_share_links_embed_codes_exports_and_decks_point_at_canonical_addresses()
    {
        var page = await HtmlPage.GetAsync(_client, "/en/USD/");
        var card = page.QuerySelector("#chart-annual-pace")!;

        Assert.Equal("/ko/USD/", page.QuerySelector("[data-reader-language='ko']")!.GetAttribute("href"));
        Assert.Equal("/en/KRW/", page.QuerySelector("[data-reader-currency='KRW']")!.GetAttribute("href"));
        Assert.Equal("/en/USD/charts/annual-pace", card.GetAttribute("data-share-url"));
        Assert.Contains("src=\"http://localhost/en/USD/embed/charts/annual-pace\"", card.QuerySelector(".export__embed")!.GetAttribute("data-embed-code"));
        Assert.Equal("/en/USD/exports/charts/annual-pace.csv", card.QuerySelector("a[href$='.csv']")!.GetAttribute("href"));
        Assert.Equal("/en/USD/exports/charts/annual-pace.json", card.QuerySelector("a[href$='.json']")!.GetAttribute("href"));
        Assert.Contains("/en/USD/present/why-korea", page.QuerySelectorAll(".briefing__decks a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/en/USD/present/selection", page.QuerySelector("[data-briefing]")!.GetAttribute("data-present-url"));
        var chartPage = await HtmlPage.GetAsync(_client, "/en/USD/charts/annual-pace");
        // Absolute with no public origin configured: the in-process server's own address.
        Assert.Equal("http://localhost/en/USD/charts/annual-pace", chartPage.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("http://localhost/ko/USD/charts/annual-pace", chartPage.QuerySelector("link[rel='alternate'][hreflang='ko']")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(chartPage.QuerySelector("meta[name='description']")?.GetAttribute("content")));
    }

    [Theory]
    [InlineData("/ko/KRW/")]
    [InlineData("/en/USD/charts/annual-pace")]
    [InlineData("/ko/KRW/figures")]
    [InlineData("/ko/KRW/background")]
    [InlineData("/en/USD/since")]
    [InlineData("/ko/KRW/present")]
    [InlineData("/en/USD/present/why-korea")]
    [InlineData("/ko/KRW/present/presenter")]
    public async Task A_page_describes_itself_to_search_engines_and_link_previews(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);

        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name='description']")?.GetAttribute("content")),
            $"{url} has no meta description");
    }

    [Theory]
    [MemberData(nameof(CanonicalUrlTests.PageKinds), MemberType = typeof(CanonicalUrlTests))]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    [InlineData("/")]
    public async Task Head_answers_wherever_get_does_with_the_same_status_and_headers_and_no_body(string url)
    {
        var get = await _client.GetAsync(url);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.Location, head.Headers.Location);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        // A stored response states its length on HEAD too; others may be chunked.
        if (head.Content.Headers.ContentLength is > 0 and var length)
        {
            Assert.Equal(get.Content.Headers.ContentLength, length);
        }
    }
}
