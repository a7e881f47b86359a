using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>oEmbed as a CMS uses it: discovery on chart and embed pages, the "rich" answer with the embed code, and errors.</summary>
public sealed class OEmbedTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Origin = "http://localhost";
    private readonly HttpClient _client = shared.App.CreateClient();

    [Theory]
    [InlineData("/ko/KRW/charts/annual-pace")]
    [InlineData("/en/USD/embed/charts/annual-pace")]
    public async Task Chart_and_embed_pages_name_their_oembed_address_absolute_and_it_answers(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var link = page.QuerySelector("link[rel='alternate'][type='application/json+oembed']")?.GetAttribute("href");
        var canonical = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;

        Assert.NotNull(link);
        Assert.Equal($"{Origin}/oembed?url={Uri.EscapeDataString(canonical)}&format=json", link);
        var response = await _client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/ko/KRW/")]
    [InlineData("/ko/KRW/figures/jobs-per-year")]
    [InlineData("/en/USD/since")]
    public async Task Pages_without_a_single_chart_offer_no_oembed(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);

        Assert.Null(page.QuerySelector("link[type='application/json+oembed']"));
    }

    [Theory]
    [InlineData("ko", "KRW", "/charts/annual-pace", null, null, 760, 620)]
    [InlineData("en", "USD", "/embed/charts/annual-pace", "320", "400", 320, 400)]
    [InlineData("en", "KRW", "/charts/economic-effects", "1200", null, 760, 620)]
    public async Task The_answer_is_a_rich_oembed_with_the_embed_code_of_the_canonical_embed_page(string language, string currency, string page, string? maxWidth, string? maxHeight, int width, int height)
    {
        var json = await OEmbedAsync($"{Origin}/{language}/{currency}{page}", maxWidth, maxHeight);
        var chartKey = page.Split('/').Last();
        var chartPage = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/charts/{chartKey}");

        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal("1.0", json.GetProperty("version").GetString());
        Assert.Equal(chartPage.QuerySelector("h1")!.TextContent.Trim(), json.GetProperty("title").GetString());
        Assert.Equal(language == "ko" ? "AWS 한국 투자 대시보드" : "AWS Korea Investment Dashboard", json.GetProperty("provider_name").GetString());
        Assert.Equal($"{Origin}/{language}/{currency}/", json.GetProperty("provider_url").GetString());
        Assert.Equal(width, json.GetProperty("width").GetInt32());
        Assert.Equal(height, json.GetProperty("height").GetInt32());

        var html = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<body>{json.GetProperty("html").GetString()}</body>"));
        var iframe = Assert.Single(html.QuerySelectorAll("iframe"));
        Assert.Equal($"{Origin}/{language}/{currency}/embed/charts/{chartKey}", iframe.GetAttribute("src"));
        Assert.Equal(json.GetProperty("title").GetString(), iframe.GetAttribute("title"));
        Assert.Equal(height.ToString(CultureInfo.InvariantCulture), iframe.GetAttribute("height"));
        Assert.Equal($"{Origin}/js/embed.js", Assert.Single(html.QuerySelectorAll("script")).GetAttribute("src"));
        // The page's own embed code is the same code.
        Assert.Equal(json.GetProperty("html").GetString()!.Replace($"height=\"{height}\"", "height=\"620\"", StringComparison.Ordinal),
            chartPage.QuerySelector(".export__embed")!.GetAttribute("data-embed-code"));
    }

    [Theory]
    [InlineData(null, null, 1200, 630)]
    [InlineData("1200", "630", 1200, 630)]
    [InlineData("700", null, 600, 315)]
    [InlineData(null, "400", 600, 315)]
    [InlineData("1199", "10000", 600, 315)]
    [InlineData("600", "315", 600, 315)]
    [InlineData("320", null, null, null)]
    [InlineData(null, "200", null, null)]
    [InlineData("10000", "314", null, null)]
    public async Task The_thumbnail_is_the_largest_chart_image_within_maxwidth_and_maxheight_or_none_at_all(string? maxWidth, string? maxHeight, int? width, int? height)
    {
        // oEmbed 2.3.4: the thumbnail must respect maxwidth and maxheight, and its URL, width and height come together.
        var response = await OEmbedResponseAsync($"{Origin}/en/USD/charts/annual-pace", maxWidth, maxHeight);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;

        if (width is null)
        {
            Assert.DoesNotContain("thumbnail", body, StringComparison.Ordinal);
            return;
        }

        var url = json.GetProperty("thumbnail_url").GetString()!;
        Assert.Equal(width, json.GetProperty("thumbnail_width").GetInt32());
        Assert.Equal(height, json.GetProperty("thumbnail_height").GetInt32());
        Assert.True(maxWidth is null || width <= int.Parse(maxWidth, CultureInfo.InvariantCulture), $"{width} px wide, asked at most {maxWidth}");
        Assert.True(maxHeight is null || height <= int.Parse(maxHeight, CultureInfo.InvariantCulture), $"{height} px high, asked at most {maxHeight}");
        Assert.Equal(width == 1200 ? $"{Origin}/en/USD/charts/annual-pace.png" : $"{Origin}/en/USD/charts/annual-pace.thumb.png", url);

        // The address answers an image of exactly the size the answer states.
        var image = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var png = PngImage.Decode(await image.Content.ReadAsByteArrayAsync());
        Assert.True((png.Width, png.Height) == (width, height), $"{url} is {png.Width}×{png.Height}, not {width}×{height}");
    }

    [Theory]
    [InlineData("/ko/KRW/charts/annual-pace/", "ko", "KRW")]
    [InlineData("/EN/usd/Charts/Annual-Pace", "en", "USD")]
    [InlineData("/en/USD//embed/charts/annual-pace/", "en", "USD")]
    public async Task A_url_spelled_as_the_site_redirects_it_answers_for_its_canonical_page(string path, string language, string currency)
    {
        // The site sends these spellings to the canonical page (301), so a pasted one is the same chart.
        var response = await _client.GetAsync($"/oembed?url={Uri.EscapeDataString(Origin + path)}&format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains($"src=\"{Origin}/{language}/{currency}/embed/charts/annual-pace\"", json.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("https://evil.example/ko/KRW/charts/annual-pace")]
    [InlineData("http://localhost:8080/ko/KRW/charts/annual-pace")]
    [InlineData("https://localhost/ko/KRW/charts/annual-pace")]
    [InlineData("http://localhost.evil.example/ko/KRW/charts/annual-pace")]
    [InlineData("http://localhost/ko/KRW/charts/no-such-chart")]
    [InlineData("http://localhost/ko/KRW/figures/jobs-per-year")]
    [InlineData("http://localhost/fr/KRW/charts/annual-pace")]
    [InlineData("http://localhost/ko/KRW/charts/annual-pace/extra")]
    public async Task A_url_that_is_not_a_chart_of_this_site_is_not_found(string url)
    {
        var response = await _client.GetAsync($"/oembed?url={Uri.EscapeDataString(url)}&format=json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("evil", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Xml_is_not_implemented()
    {
        var response = await _client.GetAsync($"/oembed?url={Uri.EscapeDataString($"{Origin}/ko/KRW/charts/annual-pace")}&format=xml");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?format=json")]
    [InlineData("?url=&format=json")]
    [InlineData("?url=not%20a%20url")]
    [InlineData("?url=%2Fko%2FKRW%2Fcharts%2Fannual-pace")]
    [InlineData("?url=javascript%3Aalert(1)")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxwidth=wide")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxwidth=-5")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxwidth=0")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxwidth=99999999999")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxheight=1e3")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxwidth=320&maxwidth=640")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&format=%3Cscript%3E")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&format=")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxwidth=")]
    [InlineData("?url=http%3A%2F%2Flocalhost%2Fko%2FKRW%2Fcharts%2Fannual-pace&maxheight=")]
    public async Task Bad_input_is_a_bad_request_that_repeats_none_of_it(string query)
    {
        var response = await _client.GetAsync("/oembed" + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wide", body, StringComparison.Ordinal);
        Assert.DoesNotContain("not a url", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_is_stored_like_a_page_and_extra_parameters_change_nothing()
    {
        var url = $"/oembed?url={Uri.EscapeDataString($"{Origin}/ko/KRW/charts/annual-pace?view=table&x=%3Cb%3E")}&maxwidth=400&callback=%3Cscript%3E";
        var first = await _client.GetAsync(url);
        var second = await _client.GetAsync(url);
        var body = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(second.IsPageCacheHit(), "the second answer came from the page cache");
        Assert.NotNull(second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), body);
        Assert.DoesNotContain("view=table", body);
        Assert.DoesNotContain("<b>", body);
        Assert.DoesNotContain("callback", body);
        Assert.DoesNotContain("%3C", body);
    }

    [Theory]
    [InlineData("&format=")]
    [InlineData("&maxwidth=")]
    [InlineData("&maxheight")]
    public async Task An_empty_parameter_is_a_bad_request_even_after_the_answer_without_it_was_stored(string empty)
    {
        // The stored answer of the address without the parameter must not be handed to the one that gives it empty.
        var plain = $"/oembed?url={Uri.EscapeDataString($"{Origin}/en/KRW/charts/annual-pace")}";
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(plain)).StatusCode);
        Assert.True((await _client.GetAsync(plain)).IsPageCacheHit(), "the plain answer was stored");

        var response = await _client.GetAsync(plain + empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The oEmbed answer for a page, asked as a CMS asks (with maxwidth and maxheight when given).</summary>
    private async Task<HttpResponseMessage> OEmbedResponseAsync(string pageUrl, string? maxWidth, string? maxHeight)
    {
        var response = await _client.GetAsync($"/oembed?url={Uri.EscapeDataString(pageUrl)}&format=json"
            + (maxWidth is null ? "" : $"&maxwidth={maxWidth}") + (maxHeight is null ? "" : $"&maxheight={maxHeight}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<JsonElement> OEmbedAsync(string pageUrl, string? maxWidth, string? maxHeight) =>
        JsonDocument.Parse(await (await OEmbedResponseAsync(pageUrl, maxWidth, maxHeight)).Content.ReadAsStringAsync()).RootElement;
}
