using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// One address per page and reader setting, and a page cache that stores only what it should. The class shares
/// one app whose page cache is emptied before each test, so what a test asks first is a miss; the test that
/// breaks its data gets an app of its own (the links, redirects and HEAD answers, which do not depend on the
/// cache, are in <see cref="CanonicalLinkTests"/>).
/// </summary>
public sealed class CanonicalUrlTests : IClassFixture<SharedApp>
{
    /// <summary>One canonical address of every kind of page and download the site serves.</summary>
    public static readonly TheoryData<string> PageKinds = new(
        "/ko/KRW/", "/en/USD/", "/ko/USD/charts/annual-pace", "/en/USD/embed/charts/annual-pace", "/ko/KRW/figures",
        "/en/KRW/figures/jobs-per-year", "/ko/KRW/background", "/en/USD/since", "/ko/KRW/exports/events.csv", "/api/events", "/ko/KRW/present", "/en/USD/present/why-korea",
        "/ko/KRW/present/presenter", "/ko/KRW/present/selection", "/ko/KRW/exports/figures.csv", "/en/USD/exports/figures.json",
        "/en/USD/exports/charts/annual-pace.csv", "/ko/KRW/exports/charts/annual-pace.json", "/ko/KRW/exports/sources.md",
        "/api/figures", "/api/figures/jobs-per-year", "/api/sources");

    private readonly DashboardApp _app;
    private readonly HttpClient _client;

    public CanonicalUrlTests(SharedApp shared)
    {
        _app = shared.App;
        _app.Services.GetRequiredService<PageCache>().Clear();
        _client = _app.NoRedirectClient();
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task A_canonical_page_sets_no_cookie_and_is_served_from_the_cache_the_second_time(string url)
    {
        var first = await _client.GetAsync(url);
        var second = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
        Assert.False(second.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
        Assert.False(first.IsPageCacheHit());
        Assert.True(second.IsPageCacheHit());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_not_found_page_is_cached_with_its_404_and_says_it_in_the_language_of_the_address()
    {
        var first = await _client.GetAsync("/no-such-page");
        var second = await _client.GetAsync("/another-missing-page");
        var english = await _client.GetAsync("/en/USD/charts/no-such-chart");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.True(second.IsPageCacheHit());
        Assert.Contains("찾는 페이지가 없습니다", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Equal("en", (await HtmlOf(english)).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/en/USD/charts/no-such-chart", "USD")]
    [InlineData("/en/KRW/charts/no-such-chart", "KRW")]
    [InlineData("/ko/USD/typo", "USD")]
    [InlineData("/no-such-page", "KRW")]
    public async Task The_not_found_page_shows_the_currency_of_its_address_selected(string address, string currency)
    {
        await _client.GetAsync(address.Replace("USD", "KRW", StringComparison.Ordinal));
        var response = await _client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlOf(response);
        Assert.Equal(currency, page.QuerySelector("[data-reader-currency][aria-current='true']")!.GetAttribute("data-reader-currency"));
    }

    [Fact]
    public async Task The_not_found_page_kept_for_a_language_carries_nothing_of_the_address_that_first_missed()
    {
        // An app of its own: the address must be the very first the app is asked, not only the first since the cache was emptied.
        using var app = new DashboardApp();
        var client = app.NoRedirectClient();
        var first = await client.GetAsync("/en/KRW/call-this-number-to-claim-your-refund");
        var later = await client.GetAsync("/en/KRW/typo");
        var body = await later.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.True(later.IsPageCacheHit());
        Assert.DoesNotContain("claim-your-refund", body);
        Assert.DoesNotContain("rel=\"canonical\"", body);
        using var clean = new DashboardApp();
        var cleanResponse = await clean.CreateClient().GetAsync("/en/KRW/another-typo");
        Assert.Equal(await cleanResponse.Content.ReadAsStringAsync(), body);
    }

    [Fact]
    public async Task An_address_in_other_letters_moves_to_its_page_and_leaves_the_page_as_it_was()
    {
        using var clean = new DashboardApp();
        var plain = await Bytes(clean.CreateClient(), "/ko/KRW/background");

        Assert.Equal(HttpStatusCode.MovedPermanently, (await _client.GetAsync("/ko/KRW/BACKGROUND")).StatusCode);

        Assert.Equal(plain, await Bytes(_client, "/ko/KRW/background"));
    }

    [Fact]
    public async Task A_redirect_to_an_address_with_other_characters_is_encoded_and_a_weak_etag_still_matches()
    {
        var response = await _client.GetAsync("/EN/usd/%ED%95%9C%3Fx");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/USD/%ED%95%9C%3Fx", response.Headers.Location!.OriginalString);

        var page = await _client.GetAsync("/ko/KRW/figures");
        var again = new HttpRequestMessage(HttpMethod.Get, "/ko/KRW/figures");
        again.Headers.TryAddWithoutValidation("If-None-Match", "W/" + page.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Asking_for_the_not_found_and_error_pages_first_changes_no_status_afterwards()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/NotFound")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/Error")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/no-such-page")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/ko/KRW/charts/no-such-chart")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/figures/no-such-figure")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/ko/KRW/")).StatusCode);
    }

    [Fact]
    public async Task A_failing_page_answers_500_even_after_the_error_page_was_asked_for()
    {
        using var app = new DashboardApp();
        var client = app.NoRedirectClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Error")).StatusCode);
        // The app notices the new data version (it polls), then fails to read the catalogue.
        var response = await app.BreakTheCatalogAndGetAsync(client, "/ko/KRW/figures");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        SecurityTests.AssertStrictPolicy(response, framable: false);
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/ko/KRW/figures")).StatusCode);
        Assert.False((await client.GetAsync("/ko/KRW/figures")).IsPageCacheHit());
    }

    [Theory]
    [InlineData("/ko/KRW/")]
    [InlineData("/ko/KRW/figures")]
    [InlineData("/ko/KRW/charts/annual-pace")]
    [InlineData("/ko/KRW/present")]
    public async Task A_page_asked_first_with_odd_parameters_and_headers_is_then_byte_for_byte_the_plain_page(string url)
    {
        var plain = await Bytes(_app.CreateClient(), url);
        // An app of its own: the odd request must be the very first the app is asked.
        using var app = new DashboardApp();
        var client = app.NoRedirectClient();

        var odd = new HttpRequestMessage(HttpMethod.Get,
            url + "?ui-culture=en&culture=en&currency=USD&theme=dark&view=table&evil=%22%3E%3Cscript%3E&next=https://evil.example&x=%0d%0aSet-Cookie:%20a=b");
        odd.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        odd.Headers.Add("Cookie", ".AspNetCore.Culture=c=en|uic=en; dashboard-currency=USD; dashboard-language=en");
        odd.Headers.Add("X-Forwarded-Host", "evil.example");
        var poisoned = await client.SendAsync(odd);
        Assert.Equal(HttpStatusCode.OK, poisoned.StatusCode);
        Assert.DoesNotContain("evil.example", await poisoned.Content.ReadAsStringAsync());

        Assert.Equal(plain, await Bytes(client, url));
    }

    [Fact]
    public async Task A_flood_of_distinct_addresses_and_encodings_keeps_only_the_real_pages_in_the_cache()
    {
        var cache = _app.Services.GetRequiredService<PageCache>();
        var plain = await Bytes(_client, "/ko/KRW/");
        for (var i = 0; i < 600; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, (i % 4) switch
            {
                0 => $"/ko/KRW/?q={i}&utm_source=x{i}",
                1 => $"/missing-{i}",
                2 => $"/ko/KRW/charts/missing-{i}",
                _ => $"/api/figures/missing-{i}?v={i}",
            });
            request.Headers.TryAddWithoutValidation("Accept-Encoding", $"br;q=0.{i % 9 + 1}, x-custom-{i}, gzip");
            await _client.SendAsync(request);
        }

        // The dashboard in three encodings at most, and the not-found page once per language and encoding.
        Assert.InRange(cache.Count, 1, 3 + 2 * 3);
        Assert.Equal(plain, await Bytes(_client, "/ko/KRW/"));
    }

    private static async Task<byte[]> Bytes(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("identity"));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<AngleSharp.Dom.IDocument> HtmlOf(HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));
}
