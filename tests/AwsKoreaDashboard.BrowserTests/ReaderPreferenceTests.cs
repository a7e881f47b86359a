using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// What the browser keeps for the reader now that the server sends one page per address: the theme and
/// the chart ⇄ table view survive moving between pages and reloading; the language switch keeps the
/// reader's place and is remembered by the front door.
/// </summary>
public sealed class ReaderPreferenceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_theme_chosen_on_one_page_is_kept_on_the_next_page_and_after_a_reload()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/ko/KRW/");
        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "어둡게" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");

        await tab.Page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "모든 수치" }).ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ko/KRW/figures$"));
        await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await tab.OpenSettingsAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "어둡게" })).ToHaveAttributeAsync("aria-pressed", "true");

        await tab.Page.ReloadAsync();
        await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal("rgb(17, 21, 28)", await tab.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_table_view_of_a_chart_is_kept_on_its_own_page_and_after_a_reload_until_the_reader_switches_back()
    {
        const string Key = "cloud-adoption-oecd";
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/ko/KRW/");
        await tab.ChartCard(Key).GetByRole(AriaRole.Button, new() { Name = "표", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.ChartCard(Key).Locator("table.chart-table")).ToBeVisibleAsync();

        await tab.GotoAsync($"/ko/KRW/charts/{Key}");
        await Assertions.Expect(tab.ChartCard(Key).Locator("table.chart-table")).ToBeVisibleAsync();
        await Assertions.Expect(tab.ChartCard(Key).Locator("canvas")).ToBeHiddenAsync();

        await tab.Page.ReloadAsync();
        await Assertions.Expect(tab.ChartCard(Key).Locator("table.chart-table")).ToBeVisibleAsync();

        await tab.ChartCard(Key).GetByRole(AriaRole.Button, new() { Name = "차트", Exact = true }).ClickAsync();
        await tab.Page.ReloadAsync();
        await tab.WaitForChartAsync(Key);
        await Assertions.Expect(tab.ChartCard(Key).Locator("canvas")).ToBeVisibleAsync();
        await Assertions.Expect(tab.ChartCard(Key).Locator("table.chart-table")).ToBeHiddenAsync();
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Tabbing_into_the_sticky_header_leaves_the_reader_where_they_were()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/ko/KRW/");
        await tab.Page.EvaluateAsync("document.getElementById('chart-renewable-target-year').scrollIntoView({ block: 'start' })");
        var before = await tab.Page.EvaluateAsync<double>("window.scrollY");

        // Keyboard focus moves from the brand through the navigation to the settings button, all in the header.
        await tab.Page.Locator(".site-header a").First.FocusAsync();
        foreach (var _ in Enumerable.Range(0, 6))
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            Assert.True(await tab.Page.EvaluateAsync<bool>("document.activeElement.closest('.site-header') !== null"), "focus left the header");
            Assert.Equal(before, await tab.Page.EvaluateAsync<double>("window.scrollY"));
        }
    }

    [Fact]
    public async Task The_language_switch_opens_the_same_chart_in_english_and_the_front_door_remembers_the_choice()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/ko/KRW/");
        await tab.WaitForAllChartsAsync();
        await tab.ChartCard("renewable-target-year").ScrollIntoViewIfNeededAsync();
        await tab.Page.EvaluateAsync("document.getElementById('chart-renewable-target-year').scrollIntoView({ block: 'start' })");

        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/en/KRW/#chart-renewable-target-year$"));
        await Assertions.Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await tab.GotoAsync("/");
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/en/KRW/$"));
        Assert.Empty(tab.ConsoleErrors);
    }
}
