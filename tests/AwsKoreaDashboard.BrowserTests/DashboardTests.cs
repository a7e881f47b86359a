using System.Text.Json;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

public sealed class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_chart_on_the_dashboard_is_drawn()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.WaitForAllChartsAsync();

        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");
        var blank = new List<string>();
        foreach (var key in keys)
        {
            if (await tab.PaintedPixelsAsync(key) < 1000)
            {
                blank.Add(key);
            }
        }

        if (blank.Count > 0 || tab.ConsoleErrors.Count > 0)
        {
            await tab.ScreenshotAsync("dashboard-failure");
        }

        Assert.True(keys.Length >= 7);
        Assert.Empty(blank);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_table_switch_shows_the_same_values_the_chart_draws()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var card = tab.ChartCard("cloud-adoption-oecd");
        await tab.WaitForChartAsync("cloud-adoption-oecd");
        var payload = JsonDocument.Parse(await card.Locator("script.chart-data").TextContentAsync() ?? "{}").RootElement;
        var drawn = payload.GetProperty("series")[0].GetProperty("texts").EnumerateArray().Select(t => t.GetString()!).ToList();

        await card.GetByRole(AriaRole.Button, new() { Name = "표" }).ClickAsync();

        await Assertions.Expect(card.Locator("table.chart-table")).ToBeVisibleAsync();
        Assert.False(await card.Locator("canvas").IsVisibleAsync());
        var shown = (await card.Locator("table.chart-table tbody td.num a").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(drawn, shown);
        Assert.Equal(["75%", "45%", "28%"], shown);
        Assert.Equal("true", await card.GetByRole(AriaRole.Button, new() { Name = "표" }).GetAttributeAsync("aria-pressed"));

        await card.GetByRole(AriaRole.Button, new() { Name = "차트" }).ClickAsync();
        await Assertions.Expect(card.Locator("canvas")).ToBeVisibleAsync();
        Assert.False(await card.Locator("table.chart-table").IsVisibleAsync());
    }

    [Fact]
    public async Task The_table_switch_works_from_the_keyboard()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var card = tab.ChartCard("annual-pace");
        var tableButton = card.GetByRole(AriaRole.Button, new() { Name = "표" });

        await tableButton.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(card.Locator("table.chart-table")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "차트" }).FocusAsync();
        await tab.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(card.Locator("canvas")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_currency_switch_changes_the_investment_from_won_to_dollars()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var investment = tab.Page.Locator(".kpi[data-figure='investment-2023-2027-krw'] .kpi__value");
        await Assertions.Expect(investment).ToHaveTextAsync("약 7.85조 원");

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "달러($)" }).ClickAsync();
        await tab.WaitForChartAsync("investment-vs-previous");

        await Assertions.Expect(investment).ToHaveTextAsync("58.8억 달러");
        Assert.Contains("currency=USD", tab.Page.Url);
        var texts = await tab.ChartCard("investment-vs-previous").Locator("script.chart-data").TextContentAsync();
        Assert.Contains("58.8억 달러", texts);
    }

    [Fact]
    public async Task The_language_switch_changes_a_chart_title_to_english_and_back()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var title = tab.ChartCard("cloud-adoption-oecd").Locator(".chart-card__title");
        await Assertions.Expect(title).ToHaveTextAsync("한국 기업의 클라우드 이용률은 OECD 평균보다 17%p 낮다");

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await tab.WaitForChartAsync("cloud-adoption-oecd");

        await Assertions.Expect(title).ToHaveTextAsync("Korean firms use the cloud far less than the OECD average");
        Assert.Equal("en", await tab.Page.Locator("html").GetAttributeAsync("lang"));

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "한국어" }).ClickAsync();
        await Assertions.Expect(title).ToHaveTextAsync("한국 기업의 클라우드 이용률은 OECD 평균보다 17%p 낮다");
    }

    [Fact]
    public async Task The_dark_theme_draws_charts_on_a_dark_page()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/?theme=dark");
        await tab.WaitForAllChartsAsync();

        var background = await tab.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        Assert.Equal("rgb(17, 21, 28)", background);
        Assert.True(await tab.PaintedPixelsAsync("annual-pace") >= 1000);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_dashboard_fits_a_phone_without_sideways_scrolling()
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync("/");
        await tab.WaitForAllChartsAsync();

        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone screen");
    }
}
