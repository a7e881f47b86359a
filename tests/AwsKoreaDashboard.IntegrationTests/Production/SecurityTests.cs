using System.Net;
using System.Text.Json.Nodes;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Production;

public sealed class SecurityTests(SecurityTests.MarkupInData markup) : IClassFixture<SecurityTests.MarkupInData>
{
    private const string ScriptLabel = "<script>alert('label')</script>";
    private const string ImageTitle = "<img src=x onerror=alert('title')>";

    private readonly DashboardApp _app = markup.App;
    private readonly HttpClient _client = markup.App.CreateClient();

    /// <summary>
    /// One app for the class (its tests only read), seeded from data that tries to be markup: a label with a
    /// script, a chart title with an onerror attribute, a takeaway that closes its attribute.
    /// </summary>
    public sealed class MarkupInData() : SharedApp(data =>
    {
        data.EditFigure("jobs-per-year", f => f["label"]!["ko"] = ScriptLabel);
        data.EditChart("annual-pace", c => c["title"]!["ko"] = ImageTitle);
        data.EditChart("annual-pace", c => c["takeaway"]!["ko"] = "\"><svg onload=alert('takeaway')> {korea-annual-average-usd}");
    });

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/api/figures/jobs-per-year")]
    [InlineData("DELETE", "/api/figures/jobs-per-year")]
    [InlineData("PATCH", "/charts/annual-pace")]
    [InlineData("POST", "/healthz")]
    public async Task Anything_but_reading_is_refused_with_405(string method, string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Options_lists_the_allowed_methods_and_head_is_served()
    {
        var options = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/"));
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", options.Content.Headers.Allow));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/charts/annual-pace")]
    [InlineData("/figures/jobs-per-year")]
    [InlineData("/figures")]
    [InlineData("/embed/charts/annual-pace")]
    [InlineData("/present")]
    public async Task Markup_in_the_data_is_shown_as_text_and_never_runs(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var html = page.DocumentElement.OuterHtml;

        HtmlPage.AssertNoCodeInMarkup(page);
        Assert.Empty(page.QuerySelectorAll("img[onerror], svg[onload]"));
        Assert.True(page.Body!.TextContent.Contains(ScriptLabel) || page.Body.TextContent.Contains(ImageTitle), $"{url} shows neither text");
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task Markup_in_the_data_is_plain_text_in_the_json_inside_pages_and_in_downloads()
    {
        var page = await HtmlPage.GetAsync(_client, "/charts/annual-pace");
        var payload = JsonNode.Parse(page.QuerySelector("script.chart-data")!.TextContent)!;
        var csv = await _client.GetStringAsync("/exports/figures.csv");

        Assert.Equal(ImageTitle, (string?)payload["title"]);
        Assert.Contains(ScriptLabel, csv);
        Assert.DoesNotContain("<", page.QuerySelector("script.chart-data")!.InnerHtml);
    }

    /// <summary>Every kind of response: pages, downloads, API, redirects, the 404 page, static files, health.</summary>
    public static readonly TheoryData<string> EveryRouteKind = new(
        "/ko/KRW/", "/en/USD/charts/annual-pace", "/ko/KRW/figures", "/ko/KRW/figures/jobs-per-year", "/ko/KRW/background",
        "/ko/KRW/present", "/ko/KRW/present/presenter", "/ko/KRW/present/selection", "/en/USD/embed/charts/annual-pace",
        "/ko/KRW/exports/figures.csv", "/ko/KRW/exports/charts/annual-pace.json", "/ko/KRW/exports/sources.md",
        "/api/figures", "/api/figures/jobs-per-year", "/api/figures/no-such-figure", "/api/sources", "/healthz",
        "/", "/charts/annual-pace?culture=en", "/no-such-page", "/ko/KRW/charts/no-such-chart", "/NotFound", "/Error",
        "/favicon.svg", "/no-such-file.css", "/css/site.css", "/js/charts.js", "/lib/chart.js/chart.umd.js");

    [Theory]
    [MemberData(nameof(EveryRouteKind))]
    public async Task Every_kind_of_response_carries_the_strict_policy_and_only_embed_pages_may_be_framed(string url)
    {
        var client = _app.NoRedirectClient();

        var response = await client.GetAsync(url);
        var again = await client.GetAsync(url);

        AssertStrictPolicy(response, framable: url.Contains("/embed/", StringComparison.Ordinal));
        AssertStrictPolicy(again, framable: url.Contains("/embed/", StringComparison.Ordinal));
    }

    /// <summary>No 'unsafe-inline' or 'unsafe-eval'; scripts and styles from the site only; framing as the page allows.</summary>
    internal static void AssertStrictPolicy(HttpResponseMessage response, bool framable)
    {
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("unsafe-", policy);
        Assert.Contains(framable ? "frame-ancestors *" : "frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(framable, !response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Only_embed_pages_may_be_framed()
    {
        var embed = await _client.GetAsync("/embed/charts/annual-pace");
        var page = await _client.GetAsync("/charts/annual-pace");

        Assert.Contains("frame-ancestors *", string.Join(";", embed.Headers.GetValues("Content-Security-Policy")));
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("camera=()", page.Headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https()
    {
        var client = _app.CreateClient(new() { BaseAddress = new Uri("https://dashboard.example") });

        var response = await client.GetAsync("/ko/KRW/");

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        // The page is now cached; the HSTS header belongs to the HTTPS request, not to the stored page.
        Assert.False((await _client.GetAsync("/ko/KRW/")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unknown_route_gets_the_not_found_page()
    {
        var response = await _client.GetAsync("/wp-admin/setup.php");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("찾는 페이지가 없습니다", await response.Content.ReadAsStringAsync());
    }
}
