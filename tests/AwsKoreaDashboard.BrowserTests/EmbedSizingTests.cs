using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// The embed code as another site pastes it (the chart page's own, with the host script /js/embed.js), on a page
/// of another origin: the iframe grows or shrinks to its chart, so the source line is inside the iframe's visible
/// box with no inner scrollbar, at a phone's 320 px as at a desktop column.
/// </summary>
public sealed partial class EmbedSizingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Chart = "annual-pace";

    /// <summary>The height the embed code gives the iframe before (or without) the host script.</summary>
    private const int EmbedFallbackHeight = 620;

    /// <summary>In the frame: the source line and the last line inside the visible box, no scrolling, little left empty.</summary>
    private const string Fits = """
        () => {
          const last = document.querySelector('.embed-link').getBoundingClientRect();
          const source = document.querySelector('.source-line').getBoundingClientRect();
          return source.bottom <= innerHeight && last.bottom <= innerHeight
            && document.documentElement.scrollHeight <= innerHeight && innerHeight - last.bottom < 48;
        }
        """;

    /// <summary>The iframe's border, as drawn: none, whether the embed code's style attribute or the host script set it.</summary>
    private const string BorderWidth = "f => getComputedStyle(f).borderTopWidth + ' ' + getComputedStyle(f).borderLeftStyle";

    /// <param name="strictHost">
    /// The host page sends a Content-Security-Policy that allows the dashboard's script and frame but no style
    /// attribute, so only the host script can give the iframe its width and border.
    /// </param>
    [Theory]
    [InlineData(320, false)]
    [InlineData(760, false)]
    [InlineData(320, true)]
    public async Task An_embedded_chart_sizes_its_iframe_to_its_content_so_the_source_line_shows(int width, bool strictHost)
    {
        var code = await EmbedCodeAsync();
        var dashboard = browser.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"{dashboard}/js/embed.js", code);
        var policy = strictHost ? $"default-src 'self'; script-src {dashboard}; frame-src {dashboard}; style-src 'self'; img-src data:" : null;
        await using var blog = await BlogAsync(code, width, after: "<p>After the chart.</p>", contentSecurityPolicy: policy);
        await using var tab = await browser.NewPageAsync(width: 1000, height: 900);

        await tab.Page.GotoAsync(blog.Address.ToString());
        var frame = tab.Page.FrameLocator("iframe");
        await frame.Locator($"#chart-{Chart}[data-rendered='true']").WaitForAsync(new() { Timeout = 15_000 });
        var inner = tab.Page.Frames.Single(f => f.Url.Contains("/embed/charts/", StringComparison.Ordinal));
        // Sized once the content stops changing: the source line and the link below it lie inside the frame, which does not scroll.
        await inner.WaitForFunctionAsync(Fits, null, new() { Timeout = 15_000 });

        var height = int.Parse((await tab.Page.Locator("iframe").First.GetAttributeAsync("height"))!, System.Globalization.CultureInfo.InvariantCulture);
        var box = (await tab.Page.Locator("iframe").BoundingBoxAsync())!;
        Assert.NotEqual(EmbedFallbackHeight, height);
        Assert.Equal(width, (int)Math.Round(box.Width));
        Assert.Equal(height, (int)Math.Round(box.Height));
        Assert.Equal("0px none", await tab.Page.Locator("iframe").EvaluateAsync<string>(BorderWidth));
        if (width == 320)
        {
            Assert.True(height > EmbedFallbackHeight, $"at 320 px the chart is taller than the fallback, but the frame is {height} px");
        }
        else
        {
            Assert.True(height < EmbedFallbackHeight, $"at 760 px the chart needs less than the fallback, but the frame is {height} px");
        }

        // A message from anything but the frame's own window (here: the host page itself) moves nothing.
        await tab.Page.EvaluateAsync("() => window.postMessage({ type: 'aws-korea-dashboard:height', height: 3000 }, '*')");
        await tab.Page.WaitForTimeoutAsync(300);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), await tab.Page.Locator("iframe").GetAttributeAsync("height"));
        // The strict host refuses the embed code's style attribute (and says so on its console); nothing else is wrong.
        Assert.DoesNotContain(tab.ConsoleErrors, e => !(strictHost && e.Contains("style", StringComparison.OrdinalIgnoreCase) && e.Contains("Content Security Policy", StringComparison.Ordinal)));
        if (strictHost)
        {
            Assert.Contains(tab.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));

            // An embed the host page adds later (a comment section, an infinite scroll), once the script has run.
            var iframe = IframeOf(code);
            await tab.Page.EvaluateAsync("html => document.getElementById('column').insertAdjacentHTML('beforeend', html)", iframe);
            var later = tab.Page.Locator("iframe").Nth(1);
            await later.ScrollIntoViewIfNeededAsync();
            await tab.Page.WaitForFunctionAsync($"() => document.querySelectorAll('iframe')[1].getAttribute('height') !== '{EmbedFallbackHeight}'", null, new() { Timeout = 15_000 });
            Assert.Equal(width, (int)Math.Round((await later.BoundingBoxAsync())!.Width));
            Assert.Equal("0px none", await later.EvaluateAsync<string>(BorderWidth));
        }
    }

    [Fact]
    public async Task A_host_that_restyles_the_iframe_keeps_its_own_width_and_border()
    {
        // An author who edits the pasted style, on a host that allows it: the script sizes the height and leaves the rest.
        var code = (await EmbedCodeAsync()).Replace("style=\"width:100%;border:0\"", "style=\"width:400px;border:1px solid red\"", StringComparison.Ordinal);
        Assert.Contains("width:400px", code);
        await using var blog = await BlogAsync(code, 600);
        await using var tab = await browser.NewPageAsync(width: 1000, height: 900);

        await tab.Page.GotoAsync(blog.Address.ToString());
        await tab.Page.FrameLocator("iframe").Locator($"#chart-{Chart}[data-rendered='true']").WaitForAsync(new() { Timeout = 15_000 });
        await tab.Page.WaitForFunctionAsync($"() => document.querySelector('iframe').getAttribute('height') !== '{EmbedFallbackHeight}'", null, new() { Timeout = 15_000 });

        Assert.Equal(402, (int)Math.Round((await tab.Page.Locator("iframe").BoundingBoxAsync())!.Width));
        Assert.Equal("1px solid", await tab.Page.Locator("iframe").EvaluateAsync<string>(BorderWidth));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task A_host_script_that_arrives_after_the_embed_has_drawn_and_said_its_height_still_sizes_it()
    {
        // The host script loads async: on a slow host page it can run after the embed page has drawn, said its height
        // to nobody, and stopped changing. Here the page adds it only then.
        var code = await EmbedCodeAsync();
        await using var blog = await BlogAsync(IframeOf(code), 600);
        await using var tab = await browser.NewPageAsync(width: 1000, height: 900);

        await tab.Page.GotoAsync(blog.Address.ToString());
        await tab.Page.FrameLocator("iframe").Locator($"#chart-{Chart}[data-rendered='true']").WaitForAsync(new() { Timeout = 15_000 });
        var inner = tab.Page.Frames.Single(f => f.Url.Contains("/embed/charts/", StringComparison.Ordinal));
        await inner.WaitForLoadStateAsync(LoadState.Load);
        await inner.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Assert.Equal(EmbedFallbackHeight.ToString(System.Globalization.CultureInfo.InvariantCulture), await tab.Page.Locator("iframe").GetAttributeAsync("height"));

        await tab.Page.AddScriptTagAsync(new() { Url = $"{browser.BaseAddress.GetLeftPart(UriPartial.Authority)}/js/embed.js" });

        await tab.Page.WaitForFunctionAsync($"() => document.querySelector('iframe').getAttribute('height') !== '{EmbedFallbackHeight}'", null, new() { Timeout = 15_000 });
        await inner.WaitForFunctionAsync(Fits, null, new() { Timeout = 15_000 });
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Without_the_host_script_the_iframe_still_spans_the_column_with_no_border_at_its_fallback_height()
    {
        // A site that strips scripts from what authors paste keeps only the iframe.
        var code = await EmbedCodeAsync();
        var iframe = IframeOf(code);
        await using var blog = await BlogAsync(iframe, 600);
        await using var tab = await browser.NewPageAsync(width: 1000, height: 900);

        await tab.Page.GotoAsync(blog.Address.ToString());
        await tab.Page.FrameLocator("iframe").Locator($"#chart-{Chart}[data-rendered='true']").WaitForAsync(new() { Timeout = 15_000 });

        var box = (await tab.Page.Locator("iframe").BoundingBoxAsync())!;
        Assert.Equal(600, (int)Math.Round(box.Width));
        Assert.Equal(EmbedFallbackHeight, (int)Math.Round(box.Height));
        Assert.Equal("0px none", await tab.Page.Locator("iframe").EvaluateAsync<string>(BorderWidth));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task A_link_in_an_embedded_chart_opens_the_dashboard_outside_the_frame()
    {
        var code = await EmbedCodeAsync();
        await using var blog = await BlogAsync(code, 600);
        await using var tab = await browser.NewPageAsync(width: 1000, height: 900);
        await tab.Page.GotoAsync(blog.Address.ToString());
        var frame = tab.Page.FrameLocator("iframe");
        await frame.Locator($"#chart-{Chart}[data-rendered='true']").WaitForAsync(new() { Timeout = 15_000 });

        // The table's figure links lead to pages that refuse to be framed: they open in a tab of their own.
        await frame.Locator(".view-switch__button[data-view='table']").ClickAsync();
        var link = frame.Locator(".chart-table a[href*='/figures/']").First;
        var opened = await tab.Page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await opened.WaitForLoadStateAsync();
        Assert.Contains("/en/USD/figures/", opened.Url);
        Assert.Equal(200, (await opened.ReloadAsync())?.Status);
        Assert.Contains("/embed/charts/", tab.Page.Frames.Single(f => f.ParentFrame is not null).Url);
    }

    [Fact]
    public async Task The_host_script_is_served_at_its_stable_address_as_javascript()
    {
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };
        var response = await http.GetAsync("/js/embed.js");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event.origin", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Another site's page (a blog), on its own origin: this in a column of this width, then what follows the column,
    /// with the page's own Content-Security-Policy if given.
    /// </summary>
    private static Task<OtherOriginSite> BlogAsync(string column, int columnWidth, string after = "", string? contentSecurityPolicy = null) =>
        OtherOriginSite.StartAsync(
            $"<!doctype html><html lang=en><link rel=icon href=\"data:,\"><title>A blog</title><body><div id=column>{column}</div>{after}</body></html>",
            $"#column {{ width: {columnWidth}px; }} body {{ margin: 0; }}",
            contentSecurityPolicy);

    /// <summary>The embed code's iframe without the host script after it, as a site that strips scripts keeps it.</summary>
    private static string IframeOf(string code) => code[..(code.IndexOf("</iframe>", StringComparison.Ordinal) + "</iframe>".Length)];

    /// <summary>The embed code the chart page offers (its export panel), as a reader copies it.</summary>
    private async Task<string> EmbedCodeAsync()
    {
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };
        var html = await http.GetStringAsync($"/en/USD/charts/{Chart}");
        var code = EmbedCodeAttribute().Match(html).Groups["code"].Value;
        Assert.False(string.IsNullOrEmpty(code), "the chart page offers no embed code");
        return System.Net.WebUtility.HtmlDecode(code);
    }

    [GeneratedRegex("""data-embed-code="(?<code>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EmbedCodeAttribute();
}
