using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>Presenting in a room: full screen, clicks on the slide, a blacked or whited screen, autoplay and the presenter window.</summary>
public sealed partial class PresentTests
{
    [Fact]
    public async Task In_full_screen_the_controls_leave_after_two_idle_seconds_and_come_back_on_a_mouse_move_or_keyboard_focus()
    {
        await using var tab = await OpenWithClockAsync(browser, "/present");
        await Expect(Bar(tab)).ToBeInViewportAsync();

        await tab.Page.Keyboard.PressAsync("f");
        await Expect(tab.Page.Locator("html")).ToHaveClassAsync(new Regex(@"\bdeck-immersive\b"));
        await Expect(Bar(tab)).Not.ToBeInViewportAsync();
        await Expect(tab.Page.Locator(".deck-line")).ToBeVisibleAsync();

        await tab.Page.Mouse.MoveAsync(800, 400);
        await Expect(Bar(tab)).ToBeInViewportAsync(new() { Ratio = 1 });
        await tab.Page.Clock.RunForAsync(1_000);
        await Expect(Bar(tab)).ToBeInViewportAsync(new() { Ratio = 1 });
        await tab.Page.Clock.RunForAsync(1_500);
        await Expect(Bar(tab)).Not.ToBeInViewportAsync();

        await tab.Page.Keyboard.PressAsync("Tab");
        await Expect(Bar(tab).Locator(":focus")).ToHaveCountAsync(1);
        await Expect(Bar(tab)).ToBeInViewportAsync(new() { Ratio = 1 });
        await tab.ScreenshotAsync("present-fullscreen-controls-shown");
    }

    [Fact]
    public async Task A_click_on_the_slide_advances_and_a_shift_click_or_a_click_on_the_left_edge_goes_back()
    {
        await using var tab = await OpenAsync(browser, "/present");
        var stage = tab.Page.Locator(".slide.is-current .slide__stage");
        var box = (await stage.BoundingBoxAsync())!;

        await tab.Page.Mouse.ClickAsync(box.X + box.Width * 0.6f, box.Y + box.Height * 0.5f);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");
        await tab.Page.Mouse.ClickAsync(box.X + box.Width * 0.6f, box.Y + box.Height * 0.5f);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "3");
        await Expect(tab.Page.Locator(".slide.is-current .chart-card")).ToHaveAttributeAsync("data-rendered", "true");
        await tab.ScreenshotAsync("present-stage-slide-3");

        await tab.Page.Keyboard.DownAsync("Shift");
        await tab.Page.Mouse.ClickAsync(box.X + box.Width * 0.6f, box.Y + box.Height * 0.5f);
        await tab.Page.Keyboard.UpAsync("Shift");
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");

        await tab.Page.Mouse.ClickAsync(box.X + 10, box.Y + box.Height * 0.5f);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "1");
        Assert.EndsWith("#1", tab.Page.Url);
    }

    [Fact]
    public async Task A_click_on_a_link_inside_a_slide_follows_the_link()
    {
        await using var tab = await OpenAsync(browser, "/present");
        await tab.Page.Keyboard.PressAsync("End");
        await tab.Page.Context.RouteAsync("https://www.hankyung.com/**", route => route.FulfillAsync(new() { Status = 200, Body = "article" }));

        await tab.Page.Locator(".slide.is-current .slide__sources a[href*='hankyung']").First.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Regex("^https://www\\.hankyung\\.com/"));
    }

    [Fact]
    public async Task B_or_full_stop_blacks_the_screen_W_or_comma_whites_it_and_any_key_or_click_brings_the_slide_back()
    {
        await using var tab = await OpenAsync(browser, "/present#2");
        var blank = tab.Page.Locator(".deck-blank");

        await tab.Page.Keyboard.PressAsync("b");
        await Expect(blank).ToBeVisibleAsync();
        await Expect(blank).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");
        Assert.Equal(1600, (await blank.BoundingBoxAsync())!.Width);
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await Expect(blank).ToBeHiddenAsync();
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");

        await tab.Page.Keyboard.PressAsync("w");
        await Expect(blank).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await blank.ClickAsync();
        await Expect(blank).ToBeHiddenAsync();
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");

        await tab.Page.Keyboard.PressAsync(".");
        await Expect(blank).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");
        await tab.Page.Keyboard.PressAsync("Escape");
        await Expect(blank).ToBeHiddenAsync();

        await tab.Page.Keyboard.PressAsync(",");
        await Expect(blank).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
    }

    [Fact]
    public async Task B_in_the_presenter_window_blacks_the_audience_screen_and_not_the_presenter_s_own()
    {
        await using var audience = await OpenAsync(browser, "/present");
        var presenterPage = await audience.Page.Context.NewPageAsync();
        await presenterPage.GotoAsync("/present/presenter");
        await presenterPage.Locator(".deck[data-ready='true']").WaitForAsync();

        await presenterPage.Keyboard.PressAsync("b");

        await Expect(audience.Page.Locator(".deck-blank")).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");
        Assert.Equal(1600, (await audience.Page.Locator(".deck-blank").BoundingBoxAsync())!.Width);
        await Expect(presenterPage.Locator(".deck-blank")).ToBeVisibleAsync();
        Assert.True((await presenterPage.Locator(".deck-blank").BoundingBoxAsync())!.Width < 100);
        await Expect(presenterPage.Locator(".slide.is-current .slide__notes")).ToBeInViewportAsync();

        await presenterPage.Keyboard.PressAsync("ArrowRight");
        await Expect(audience.Page.Locator(".deck-blank")).ToBeHiddenAsync();
        await Expect(audience.Page.Locator(".deck")).ToHaveAttributeAsync("data-current", "1");
    }

    [Fact]
    public async Task Autoplay_hides_the_controls_pauses_and_resumes_with_K_or_its_button_and_a_manual_move_restarts_its_timer()
    {
        await using var tab = await OpenWithClockAsync(browser, "/present?autoplay=10");
        await Expect(Bar(tab)).Not.ToBeInViewportAsync();

        await tab.Page.Clock.RunForAsync(10_000);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");

        await tab.Page.Keyboard.PressAsync("k");
        await tab.Page.Clock.RunForAsync(30_000);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");
        await tab.Page.Keyboard.PressAsync("k");
        await tab.Page.Clock.RunForAsync(10_000);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "3");

        // The button: shown with the controls on a mouse move.
        await tab.Page.Mouse.MoveAsync(800, 400);
        var pause = tab.Page.GetByRole(AriaRole.Button, new() { Name = "자동 넘김 멈춤" });
        await pause.ClickAsync();
        var resume = tab.Page.GetByRole(AriaRole.Button, new() { Name = "자동 넘김 재개" });
        await Expect(resume).ToBeVisibleAsync();
        await tab.Page.Clock.RunForAsync(30_000);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "3");
        await tab.Page.Mouse.MoveAsync(810, 400);
        await resume.ClickAsync();

        // Seven seconds into slide 3, Home: slide 1 gets its full ten seconds.
        await tab.Page.Clock.RunForAsync(7_000);
        await tab.Page.Keyboard.PressAsync("Home");
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "1");
        await tab.Page.Clock.RunForAsync(9_000);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "1");
        await tab.Page.Clock.RunForAsync(1_000);
        await Expect(Deck(tab)).ToHaveAttributeAsync("data-current", "2");
    }

    [Fact]
    public async Task The_presenter_window_labels_now_and_next_says_when_the_deck_ends_and_shows_the_clocks_against_a_target()
    {
        await using var tab = await OpenWithClockAsync(browser, "/present/presenter?minutes=5", 1280, 800);
        var page = tab.Page;
        var elapsed = page.Locator("[data-deck-clock]");

        await Expect(page.Locator(".presenter-label--now")).ToHaveTextAsync("지금");
        await Expect(page.Locator(".presenter-label--next")).ToHaveTextAsync("다음");
        await Expect(page.Locator("[data-deck-end]")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-deck-time-of-day]")).ToHaveTextAsync("09:29");
        await Expect(page.Locator("[data-deck-target]")).ToHaveTextAsync("목표 시간 05:00");

        await page.Clock.RunForAsync(30_000);
        await Expect(elapsed).ToHaveTextAsync("00:30");
        await Expect(elapsed).Not.ToHaveCSSAsync("background-color", "rgb(176, 0, 32)");
        await page.Clock.RunForAsync(215_000);
        await Expect(elapsed).ToHaveTextAsync("04:05");
        await Expect(elapsed).ToHaveCSSAsync("background-color", "rgb(255, 209, 102)");
        await page.Clock.RunForAsync(60_000);
        await Expect(elapsed).ToHaveTextAsync("05:05");
        await Expect(elapsed).ToHaveCSSAsync("background-color", "rgb(176, 0, 32)");
        await Expect(page.Locator("[data-deck-time-of-day]")).ToHaveTextAsync("09:34");
        await tab.ScreenshotAsync("present-presenter-window");

        await page.Keyboard.PressAsync("End");
        await Expect(page.Locator("[data-deck-end]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-deck-end]")).ToHaveTextAsync("마지막 슬라이드입니다");
        await Expect(page.Locator(".slide.is-next")).ToHaveCountAsync(0);
        await tab.ScreenshotAsync("present-presenter-window-end-of-deck");
    }

    [Fact]
    public async Task The_next_slide_preview_is_the_slide_in_miniature_with_chart_text_sized_like_the_current_slide()
    {
        await using var tab = await OpenAsync(browser, "/present/presenter#2");
        var current = tab.Page.Locator(".slide.is-current");
        var next = tab.Page.Locator(".slide.is-next");
        await Expect(next.Locator(".chart-card")).ToHaveAttributeAsync("data-rendered", "true");

        // Both are laid out at the same size and scaled as a whole, so their chart text is the same size
        // relative to the slide, and the preview fits its frame.
        Assert.Equal(await current.Locator(".chart-card").GetAttributeAsync("data-font-size"), await next.Locator(".chart-card").GetAttributeAsync("data-font-size"));
        var frame = (await next.Locator(".slide__screen").BoundingBoxAsync())!;
        var stage = (await next.Locator(".slide__stage").BoundingBoxAsync())!;
        Assert.InRange(stage.Width, frame.Width - 2, frame.Width + 2);
        Assert.InRange(stage.Height, frame.Height - 2, frame.Height + 2);
        Assert.True(frame.Width < (await current.Locator(".slide__screen").BoundingBoxAsync())!.Width);
    }

    [Fact]
    public async Task A_presenter_preview_chart_is_built_once_at_its_stage_size_and_neither_a_step_nor_a_resize_draws_it_again()
    {
        await using var tab = await OpenWithChartLogAsync("/present/briefing/presenter#2");
        await Expect(tab.Page.Locator(".slide.is-next .chart-card")).ToHaveAttributeAsync("data-rendered", "true");
        var shown = await tab.Page.Locator(".slide.is-current .chart-card, .slide.is-next .chart-card").EvaluateAllAsync<string[]>("cards => cards.map((c) => c.dataset.chartKey)");

        // The next slide becomes the current one at the same 1,600 px, and the window changes size twice.
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForSlideAsync(tab, 3);
        var next = (await tab.Page.Locator(".slide.is-next .chart-card").GetAttributeAsync("data-chart-key"))!;
        await ResizeAsync(tab, 1920, 1080);
        await ResizeAsync(tab, 1024, 768);
        var (built, resized) = await tab.ChartLogAsync();

        Assert.Equal([.. shown, next], built);
        Assert.Empty(resized);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task An_audience_slide_chart_is_drawn_again_in_larger_type_when_the_window_grows_and_only_then()
    {
        await using var tab = await OpenWithChartLogAsync("/present/briefing#3");
        var card = tab.Page.Locator(".slide.is-current .chart-card");
        await Expect(card).ToHaveAttributeAsync("data-rendered", "true");
        var small = int.Parse((await card.GetAttributeAsync("data-font-size"))!, System.Globalization.CultureInfo.InvariantCulture);

        await ResizeAsync(tab, 1920, 1080);
        var large = int.Parse((await card.GetAttributeAsync("data-font-size"))!, System.Globalization.CultureInfo.InvariantCulture);
        await tab.Page.Keyboard.PressAsync("ArrowLeft");
        await WaitForSlideAsync(tab, 2);
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForSlideAsync(tab, 3);
        var (built, resized) = await tab.ChartLogAsync();

        // Built at 1280 × 720, again for the larger stage, not again on coming back to it at the same size.
        var key = (await card.GetAttributeAsync("data-chart-key"))!;
        Assert.True(large > small, $"chart type {small} px at 1280 × 720, {large} px at 1920 × 1080");
        Assert.Equal([key, key], built.Where(k => k == key));
        Assert.Empty(resized);
    }

    [Fact]
    public async Task A_slide_chart_that_Chart_js_resizes_while_its_slide_is_hidden_keeps_its_size_and_is_not_drawn_again()
    {
        await using var tab = await OpenWithChartLogAsync("/present/briefing#3");
        var card = tab.Page.Locator(".slide.is-current .chart-card");
        await Expect(card).ToHaveAttributeAsync("data-rendered", "true");
        var key = (await card.GetAttributeAsync("data-chart-key"))!;
        await tab.Page.EvaluateAsync("() => { window.steppedAwayFrom = document.querySelector('.slide.is-current canvas.chart-canvas'); }");

        // Chart.js resizes a chart a frame after its box changed (its resize observer); a reader who steps away
        // within that frame hides the slide first (a full run on a busy machine did, once).
        await tab.Page.Keyboard.PressAsync("ArrowLeft");
        await WaitForSlideAsync(tab, 2);
        await tab.Page.EvaluateAsync("() => Chart.getChart(window.steppedAwayFrom).resize()");
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForSlideAsync(tab, 3);
        await Layout.LayoutCheck.SettleAsync(tab.Page);
        var (built, resized) = await tab.ChartLogAsync();

        Assert.Empty(resized);
        Assert.Equal([key], built.Where(k => k == key));
    }

    [Fact]
    public async Task Printing_a_deck_draws_each_slide_chart_once_for_the_page_though_the_browser_announces_print_twice()
    {
        await using var tab = await OpenWithChartLogAsync("/present/briefing#3");
        var onScreen = (await tab.ChartLogAsync()).Built.Count;
        var onScreenType = await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-font-size");
        var keys = await tab.Page.Locator(".slide .chart-card").EvaluateAllAsync<string[]>("cards => cards.map((c) => c.dataset.chartKey)");

        // Chromium's print: the print media query matches, then beforeprint.
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await tab.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        var (built, resized) = await tab.ChartLogAsync();
        var fontSizes = await tab.Page.Locator(".slide .chart-card").EvaluateAllAsync<string[]>("cards => cards.map((c) => c.dataset.fontSize)");

        Assert.Equal(keys.Order(), built.Skip(onScreen).Order());
        Assert.Empty(resized);
        // The printed stage is 338.7 mm (1,280 CSS px) wide: its type, not the 1280 × 720 window's.
        Assert.All(fontSizes, size => Assert.Equal("23", size));

        // Back on the screen, the slide shown takes the window's type again.
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Screen });
        await tab.Page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        Assert.Equal(onScreenType, await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-font-size"));
    }

    /// <summary>A deck at 1280 × 720 whose charts are logged (<see cref="BrowserFixture.NewPageWithChartLogAsync"/>).</summary>
    private async Task<BrowserPage> OpenWithChartLogAsync(string path)
    {
        var tab = await browser.NewPageWithChartLogAsync();
        await tab.GotoAsync(path);
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
        return tab;
    }

    private static async Task ResizeAsync(BrowserPage tab, int width, int height)
    {
        await tab.Page.SetViewportSizeAsync(width, height);
        await Layout.LayoutCheck.SettleAsync(tab.Page);
    }
}
