using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// A header that leaves room for the story: the settings (language, currency, theme) sit behind one button, a
/// disclosure a keyboard can open and Escape closes; on a phone the headline figures start in the first screen,
/// and on a laptop the header is one row.
/// </summary>
public sealed class HeaderTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/ko/KRW/")]
    [InlineData("/en/USD/")]
    [InlineData("/en/KRW/")]
    public async Task On_a_phone_the_first_headline_figure_is_in_the_first_screen(string path)
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync(path);

        var bottom = await tab.Page.Locator(".kpi .kpi__value").First.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        Assert.True(bottom <= 844, $"the first headline figure ends at {bottom:0} px, below the 844 px screen");
        var header = await tab.Page.Locator(".site-header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(header <= 844 / 6.0, $"the header takes {header:0} of 844 px");
    }

    [Theory]
    [InlineData("/en/USD/", 1280)]
    [InlineData("/ko/KRW/", 1280)]
    [InlineData("/en/KRW/figures", 1024)]
    public async Task On_a_laptop_the_brand_the_navigation_and_the_settings_share_one_row(string path, int width)
    {
        await using var tab = await browser.NewPageAsync(width: width, height: 720);
        await tab.GotoAsync(path);

        var rows = await tab.Page.EvaluateAsync<double[][]>(
            "() => ['.brand', '.site-nav', '[data-settings-toggle]'].map(s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom]; })");
        var sharedTop = rows.Max(r => r[0]);
        var sharedBottom = rows.Min(r => r[1]);
        Assert.True(sharedBottom > sharedTop, $"not one row: {string.Join("; ", rows.Select(r => $"{r[0]:0}–{r[1]:0}"))}");
    }

    [Fact]
    public async Task The_settings_button_opens_with_the_keyboard_and_escape_closes_it_and_returns_focus()
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync("/en/USD/");
        var button = tab.SettingsButton;
        var english = tab.Page.GetByRole(AriaRole.Link, new() { Name = "English" });

        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(english).ToBeHiddenAsync();

        await button.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(english).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator("[data-reader-currency][aria-current='true']")).ToHaveAttributeAsync("data-reader-currency", "USD");

        await tab.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(tab.Page.Locator("[data-reader-language='ko']")).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(english).ToBeHiddenAsync();
        await Assertions.Expect(button).ToBeFocusedAsync();

        await button.ClickAsync();
        await tab.Page.Locator("main h1").ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_settings_button_names_itself_and_the_readers_language_and_currency()
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync("/ko/USD/");

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "설정 한국어 · 달러" })).ToBeVisibleAsync();
    }
}
