using System.Text;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>Briefing mode as a presenter with a clicker would use it.</summary>
public sealed class PresentTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<BrowserPage> OpenAsync(BrowserFixture browser, string path)
    {
        var tab = await browser.NewPageAsync(1600, 900);
        await tab.GotoAsync(path);
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
        return tab;
    }

    private static Task<string?> CurrentSlideAsync(BrowserPage tab) =>
        tab.Page.Locator(".slide.is-current").GetAttributeAsync("data-slide");

    private static async Task WaitForSlideAsync(BrowserPage tab, int n) =>
        await tab.Page.Locator($".deck[data-current='{n}']").WaitForAsync(new() { Timeout = 10_000 });

    [Fact]
    public async Task Present_opens_on_the_title_slide()
    {
        await using var tab = await OpenAsync(browser, "/present");

        Assert.Equal("1", await CurrentSlideAsync(tab));
        await Assertions.Expect(tab.Page.Locator(".slide.is-current .slide__headline")).ToHaveTextAsync("AWS, 2027년까지 한국 클라우드에 7.85조 원 투자");
        Assert.Contains("한국경제", await tab.Page.Locator(".slide.is-current .slide__meta").TextContentAsync());
        await Assertions.Expect(tab.Page.Locator("[data-deck-current]")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task ArrowRight_and_PageDown_advance_and_the_url_follows_and_End_goes_to_the_sources()
    {
        await using var tab = await OpenAsync(browser, "/present");

        await tab.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("2", await CurrentSlideAsync(tab));
        Assert.EndsWith("#2", tab.Page.Url);

        await tab.Page.Keyboard.PressAsync("PageDown");
        Assert.Equal("3", await CurrentSlideAsync(tab));
        Assert.EndsWith("#3", tab.Page.Url);

        await tab.Page.Keyboard.PressAsync("PageUp");
        Assert.Equal("2", await CurrentSlideAsync(tab));

        await tab.Page.Keyboard.PressAsync("End");
        Assert.Contains("slide--sources", await tab.Page.Locator(".slide.is-current").GetAttributeAsync("class"));
        var sources = await tab.Page.Locator(".slide.is-current .slide__sources li").AllTextContentsAsync();
        Assert.Contains(sources, s => s.Contains("한국경제") && s.Contains("https://www.hankyung.com/article/2023101112991"));

        await tab.Page.Keyboard.PressAsync("Home");
        Assert.Equal("1", await CurrentSlideAsync(tab));
    }

    [Fact]
    public async Task A_number_then_Enter_jumps_and_back_returns_to_the_previous_slide()
    {
        await using var tab = await OpenAsync(browser, "/present");

        await tab.Page.Keyboard.TypeAsync("5");
        await tab.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("5", await CurrentSlideAsync(tab));

        await tab.Page.GoBackAsync();
        await WaitForSlideAsync(tab, 1);
        Assert.Equal("1", await CurrentSlideAsync(tab));
    }

    [Fact]
    public async Task A_direct_link_to_slide_3_opens_slide_3_with_a_drawn_chart_and_a_visible_source_line()
    {
        await using var tab = await OpenAsync(browser, "/present#3");

        Assert.Equal("3", await CurrentSlideAsync(tab));
        var card = tab.Page.Locator(".slide.is-current .chart-card");
        await card.Locator("xpath=self::*[@data-rendered='true']").WaitForAsync();
        await Assertions.Expect(card.Locator(".source-line")).ToBeVisibleAsync();
        Assert.StartsWith("출처:", (await card.Locator(".source-line").TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task Every_chart_slide_has_a_drawn_canvas_and_a_visible_source_line()
    {
        await using var tab = await OpenAsync(browser, "/present");
        var count = int.Parse((await tab.Page.Locator(".deck").GetAttributeAsync("data-count"))!);

        for (var n = 2; n < count; n++)
        {
            await tab.Page.Keyboard.PressAsync("ArrowRight");
            await WaitForSlideAsync(tab, n);
            var key = await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-chart-key");
            var painted = await tab.PaintedPixelsAsync(key!);
            Assert.True(painted > 1000, $"slide {n} ({key}) has {painted} painted pixels");
            Assert.True(await tab.Page.Locator(".slide.is-current .source-line").IsVisibleAsync(), $"slide {n} hides its source line");
        }

        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task T_switches_the_slide_between_chart_and_table()
    {
        await using var tab = await OpenAsync(browser, "/present#2");

        await tab.Page.Keyboard.PressAsync("t");

        await Assertions.Expect(tab.Page.Locator(".slide.is-current table.chart-table")).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("t");
        await Assertions.Expect(tab.Page.Locator(".slide.is-current canvas")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Question_mark_shows_the_key_help_and_Escape_closes_it()
    {
        await using var tab = await OpenAsync(browser, "/present");

        await tab.Page.Keyboard.PressAsync("?");
        await Assertions.Expect(tab.Page.Locator("#deck-help")).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Escape");
        Assert.False(await tab.Page.Locator("#deck-help").IsVisibleAsync());
    }

    [Fact]
    public async Task The_presenter_window_and_the_audience_window_stay_in_step_both_ways()
    {
        await using var audience = await OpenAsync(browser, "/present");
        var presenterPage = await audience.Page.Context.NewPageAsync();
        await presenterPage.GotoAsync("/present/presenter");
        await presenterPage.Locator(".deck[data-ready='true']").WaitForAsync();

        await Assertions.Expect(presenterPage.Locator(".slide.is-current .slide__notes")).ToBeVisibleAsync();
        await Assertions.Expect(presenterPage.Locator(".slide.is-next")).ToHaveCountAsync(1);
        await presenterPage.Keyboard.PressAsync("ArrowRight");
        await audience.Page.Locator(".deck[data-current='2']").WaitForAsync(new() { Timeout = 5_000 });

        await audience.Page.Keyboard.PressAsync("ArrowRight");
        await presenterPage.Locator(".deck[data-current='3']").WaitForAsync(new() { Timeout = 5_000 });

        var notes = await presenterPage.Locator(".slide.is-current .slide__notes").TextContentAsync();
        Assert.Contains("“", notes);
    }

    [Fact]
    public async Task The_presenter_clock_counts_the_time_since_the_window_opened()
    {
        await using var tab = await browser.NewPageAsync(1600, 900);
        await tab.Page.Clock.InstallAsync();
        await tab.GotoAsync("/present/presenter");
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();

        await tab.Page.Clock.FastForwardAsync("01:05");

        // The server renders 00:00; only the running clock can show a minute and five seconds (and a few more on a slow machine).
        await Assertions.Expect(tab.Page.Locator("[data-deck-clock]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^01:(0[5-9]|1[0-9])$"));
    }

    [Fact]
    public async Task Autoplay_advances_without_input()
    {
        await using var tab = await OpenAsync(browser, "/present?autoplay=1");

        await WaitForSlideAsync(tab, 2);
        await WaitForSlideAsync(tab, 3);

        Assert.EndsWith("#3", tab.Page.Url);
    }

    [Fact]
    public async Task The_deck_still_advances_after_the_browser_goes_offline()
    {
        await using var tab = await OpenAsync(browser, "/present");
        await tab.Page.Context.SetOfflineAsync(true);
        try
        {
            await tab.Page.Keyboard.PressAsync("ArrowRight");
            await tab.Page.Keyboard.PressAsync("ArrowRight");

            Assert.Equal("3", await CurrentSlideAsync(tab));
            var key = await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-chart-key");
            Assert.True(await tab.PaintedPixelsAsync(key!) > 1000);
        }
        finally
        {
            await tab.Page.Context.SetOfflineAsync(false);
        }
    }

    [Fact]
    public async Task Printing_the_deck_gives_one_slide_per_page()
    {
        await using var tab = await OpenAsync(browser, "/present");
        var count = int.Parse((await tab.Page.Locator(".deck").GetAttributeAsync("data-count"))!);

        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await tab.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        var pages = System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;

        Assert.Equal(count, pages);
        Assert.False(await tab.Page.Locator(".deck-bar").IsVisibleAsync());
    }

    [Fact]
    public async Task A_reader_picks_and_orders_charts_on_the_dashboard_and_presents_that_selection()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");

        await tab.ChartCard("cloud-adoption-oecd").Locator("[data-briefing-toggle]").ClickAsync();
        await tab.ChartCard("annual-pace").Locator("[data-briefing-toggle]").ClickAsync();
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "위로: 한국 연평균 투자, 인도에 버금가고 예전의 약 2.9배" }).ClickAsync();

        Assert.Contains("briefing=annual-pace%2Ccloud-adoption-oecd", tab.Page.Url.Replace(",", "%2C"));
        await tab.Page.Locator("[data-briefing-present]").ClickAsync();
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
        Assert.Contains("/present?charts=annual-pace,cloud-adoption-oecd", Uri.UnescapeDataString(tab.Page.Url));
        Assert.Equal("4", await tab.Page.Locator(".deck").GetAttributeAsync("data-count"));
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("annual-pace", await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-chart-key"));
    }

    [Fact]
    public async Task A_named_deck_has_its_own_address()
    {
        await using var tab = await OpenAsync(browser, "/present/why-korea");

        Assert.Equal("5", await tab.Page.Locator(".deck").GetAttributeAsync("data-count"));
        await Assertions.Expect(tab.Page.Locator(".slide.is-current .slide__kicker")).ToHaveTextAsync("왜 한국인가: 낮은 클라우드 이용률");
    }
}
