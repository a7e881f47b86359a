using System.Text.Json;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// Slides built for a room, at the sizes projectors and laptops really have: every source on a sources slide
/// inside the stage, the controls inside the window, type no smaller than 18 px on a 1024 × 768 projector, the
/// table view (T) in that type, and the conversion rate beside every converted amount.
/// </summary>
[StartsEarly(19)]
public sealed class PresentRoomTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<BrowserPage> OpenAsync(BrowserFixture browser, string path, int width, int height)
    {
        var tab = await browser.NewPageAsync(width, height);
        await tab.GotoAsync(path);
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
        return tab;
    }

    private static async Task ShowAsync(BrowserPage tab, int n)
    {
        await tab.Page.EvaluateAsync("n => { window.location.hash = '#' + n; }", n);
        await tab.Page.Locator($".deck[data-current='{n}']").WaitForAsync();
    }

    private static async Task<int> CountAsync(BrowserPage tab) =>
        int.Parse((await tab.Page.Locator(".deck").GetAttributeAsync("data-count"))!);

    /// <summary>
    /// Every piece of text a person sees on the current slide: its words, its computed size, and how far its
    /// boxes reach past the stage's edges (0 when inside).
    /// </summary>
    private const string CurrentSlideText =
        """
        () => {
          const stage = document.querySelector('.slide.is-current .slide__stage');
          const box = stage.getBoundingClientRect();
          const texts = [];
          const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            if (!node.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
            if (rects.length === 0) continue;
            const outside = Math.max(0, ...rects.map((r) => Math.max(box.left - r.left, box.top - r.top, r.right - box.right, r.bottom - box.bottom)));
            texts.push({ text: node.textContent.trim().slice(0, 60), size: parseFloat(getComputedStyle(node.parentElement).fontSize), outside });
          }
          return texts;
        }
        """;

    private sealed record SlideText(string Text, double Size, double Outside);

    private static async Task<IReadOnlyList<SlideText>> TextsAsync(BrowserPage tab) =>
        (await tab.Page.EvaluateAsync<JsonElement>(CurrentSlideText)).EnumerateArray()
            .Select(t => new SlideText(t.GetProperty("text").GetString()!, t.GetProperty("size").GetDouble(), t.GetProperty("outside").GetDouble()))
            .ToList();

    [Theory]
    [InlineData("/en/USD/present/since-2023", 1024, 768)]
    [InlineData("/ko/KRW/present/since-2023", 1024, 768)]
    [InlineData("/en/USD/present/money", 1920, 1080)]
    [InlineData("/ko/KRW/present/money", 1024, 768)]
    public async Task Every_source_is_on_a_sources_slide_inside_the_stage_the_later_ones_continued(string path, int width, int height)
    {
        await using var tab = await OpenAsync(browser, path, width, height);
        var english = path.StartsWith("/en/", StringComparison.Ordinal);
        var pages = await tab.Page.Locator(".slide--sources").CountAsync();
        var first = await CountAsync(tab) - pages + 1;

        var listed = new List<string>();
        for (var n = first; n <= first + pages - 1; n++)
        {
            await ShowAsync(tab, n);
            var outside = (await TextsAsync(tab)).Where(t => t.Outside > 0.5).ToList();
            Assert.True(outside.Count == 0, $"slide {n} at {width}×{height}: {string.Join("; ", outside.Select(t => $"'{t.Text}' {t.Outside:0}px outside"))}");
            var heading = (await tab.Page.Locator(".slide.is-current .slide__headline").TextContentAsync())!.Trim();
            Assert.Equal(n == first ? (english ? "Sources" : "출처") : (english ? "Sources (continued)" : "출처 (계속)"), heading);
            listed.AddRange(await tab.Page.Locator(".slide.is-current .slide__sources .label").AllTextContentsAsync());
        }

        Assert.True(pages >= 2, $"the sources are on {pages} slide(s)");
        // The last outlets of events.json's list, which the single slide used to cut, are there.
        Assert.Contains(english ? "Segye Ilbo" : "세계일보", listed);
        Assert.Contains("mdaily", listed);
        Assert.Contains(english ? "Herald Business" : "헤럴드경제", listed);
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        var note = (await tab.Page.Locator(".slide.is-current .slide__meta").TextContentAsync())!;
        Assert.DoesNotContain(english ? "below" : "아래", note);
        await tab.ScreenshotAsync($"present-sources-last-{width}x{height}-{(english ? "en" : "ko")}");
    }

    [Theory]
    [InlineData("/en/USD/present", 1024, 768)]
    [InlineData("/en/USD/present", 1280, 720)]
    [InlineData("/ko/KRW/present", 1024, 768)]
    [InlineData("/en/USD/present/presenter", 1024, 768)]
    public async Task Every_control_of_the_slide_bar_is_inside_the_window(string path, int width, int height)
    {
        await using var tab = await OpenAsync(browser, path, width, height);

        var controls = tab.Page.Locator(".deck-bar button:visible, .deck-bar a:visible, .deck-bar [role='timer']:visible");
        var count = await controls.CountAsync();
        Assert.True(count >= 5, $"{count} controls in the bar");
        for (var i = 0; i < count; i++)
        {
            await Expect(controls.Nth(i)).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        Assert.True(await tab.Page.EvaluateAsync<bool>("() => { const bar = document.querySelector('.deck-bar'); return bar.scrollWidth <= bar.clientWidth; }"), "the bar's content is wider than the bar");

        // The menu's controls, opened, are inside the window too.
        await tab.Page.Locator("[data-deck-menu-toggle]").ClickAsync();
        var items = tab.Page.Locator("#deck-menu button:visible, #deck-menu a:visible, #deck-menu label:visible");
        Assert.True(await items.CountAsync() >= 1);
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            await Expect(items.Nth(i)).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        await tab.ScreenshotAsync($"present-bar-menu-{width}x{height}-{path.Split('/')[1]}");
    }

    [Fact]
    public async Task The_More_menu_opens_from_the_keyboard_moves_with_arrows_and_Escape_closes_it_with_focus_back_on_its_button()
    {
        await using var tab = await OpenAsync(browser, "/en/USD/present", 1024, 768);
        var toggle = tab.Page.GetByRole(AriaRole.Button, new() { Name = "More", Exact = true });
        var panel = tab.Page.Locator("#deck-menu");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(toggle).ToHaveAttributeAsync("aria-controls", "deck-menu");

        await toggle.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Full screen" })).ToBeFocusedAsync();

        await tab.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Open presenter view" })).ToBeFocusedAsync();
        // Space presses the focused control; it does not turn the slide.
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Projector high contrast" })).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync(" ");
        await Expect(tab.Page.Locator(".deck[data-current='1']")).ToHaveCountAsync(1);
        await Expect(tab.Page.Locator("[data-theme-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(toggle).ToBeFocusedAsync();
        await Expect(panel).ToBeHiddenAsync();

        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(panel).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(toggle).ToBeFocusedAsync();
        Assert.Empty(tab.ConsoleErrors);
    }

    [Theory]
    [InlineData("/en/USD/present")]
    [InlineData("/ko/KRW/present/money")]
    [InlineData("/en/USD/present/since-2023")]
    public async Task No_text_on_any_slide_is_under_18_px_on_a_1024_by_768_projector_and_none_leaves_the_stage(string path)
    {
        await using var tab = await OpenAsync(browser, path, 1024, 768);
        var count = await CountAsync(tab);
        var problems = new List<string>();

        for (var n = 1; n <= count; n++)
        {
            await ShowAsync(tab, n);
            foreach (var text in await TextsAsync(tab))
            {
                if (text.Size < 18)
                {
                    problems.Add($"slide {n}: '{text.Text}' at {text.Size:0.#}px");
                }

                if (text.Outside > 0.5)
                {
                    problems.Add($"slide {n}: '{text.Text}' {text.Outside:0}px outside the stage");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/en/USD/present")]
    [InlineData("/ko/KRW/present")]
    public async Task The_table_view_of_every_chart_slide_is_in_projector_type_and_fills_the_slide(string path)
    {
        await using var tab = await OpenAsync(browser, path, 1024, 768);
        var count = await CountAsync(tab);

        for (var n = 2; n < count; n++)
        {
            await ShowAsync(tab, n);
            await tab.Page.Keyboard.PressAsync("t");
            var table = tab.Page.Locator(".slide.is-current .chart-table");
            await Expect(table).ToBeVisibleAsync();
            foreach (var text in await TextsAsync(tab))
            {
                Assert.True(text.Size >= 18, $"slide {n}: '{text.Text}' at {text.Size:0.#}px in the table view");
                Assert.True(text.Outside <= 0.5, $"slide {n}: '{text.Text}' {text.Outside:0}px outside the stage in the table view");
            }

            var stage = (await tab.Page.Locator(".slide.is-current .slide__stage").BoundingBoxAsync())!;
            var box = (await table.BoundingBoxAsync())!;
            Assert.True(box.Height > stage.Height * 0.45, $"slide {n}: the table is {box.Height:0}px high on a {stage.Height:0}px stage");
            if (n == 2)
            {
                await tab.ScreenshotAsync($"present-table-view-{path.Split('/')[1]}");
            }

            await tab.Page.Keyboard.PressAsync("t");
        }
    }

    [Theory]
    [InlineData("/en/USD/present", "†")]
    [InlineData("/ko/USD/present", "(환산)")]
    [InlineData("/ko/KRW/present/money", "(환산)")]
    [InlineData("/en/USD/present/since-2023", "(converted)")]
    public async Task Every_slide_with_a_converted_amount_says_at_what_rate(string path, string mark)
    {
        await using var tab = await OpenAsync(browser, path, 1280, 720);
        var count = await CountAsync(tab);
        var marked = 0;

        for (var n = 1; n <= count; n++)
        {
            await ShowAsync(tab, n);
            var slide = tab.Page.Locator(".slide.is-current");
            var card = slide.Locator(".chart-card");
            await Expect(card.Or(slide.Locator(".slide__headline"))).Not.ToHaveCountAsync(0);
            // A converted amount shows in the chart (its data), the table, or the words of the slide.
            var data = await card.CountAsync() > 0 ? await card.Locator(".chart-data").TextContentAsync() ?? "" : "";
            var text = await slide.Locator(".slide__stage").InnerTextAsync();
            if (!text.Contains(mark, StringComparison.Ordinal) && !data.Contains(mark, StringComparison.Ordinal) && !data.Contains("\"converted\":true", StringComparison.Ordinal))
            {
                continue;
            }

            marked++;
            var rate = slide.Locator("[data-export-line='rate'], [data-rate-line]");
            await Expect(rate).ToBeVisibleAsync();
            Assert.Matches(path.StartsWith("/en/", StringComparison.Ordinal) ? "(?i)convert" : "환산", await rate.InnerTextAsync());
        }

        Assert.True(marked > 0, $"no slide of {path} shows '{mark}'");
    }
}
