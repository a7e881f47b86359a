using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>/figures searched and filtered in the page, by keyboard, with the result count announced.</summary>
public sealed class FiguresFilterTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The keys of the figures the list shows now.</summary>
    public static Task<string[]> VisibleFiguresAsync(IPage page) =>
        page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('[data-figure-item]')].filter(li => !li.hidden && li.offsetParent !== null).map(li => li.querySelector('.fact').dataset.figureKey)");

    [Fact]
    public async Task Typing_in_the_labelled_search_box_narrows_the_figures_and_the_live_count_says_how_many()
    {
        await using var tab = await browser.NewPageAsync(locale: "en-US");
        await tab.GotoAsync("/en/USD/figures");
        var page = tab.Page;
        var total = (await VisibleFiguresAsync(page)).Length;
        var count = page.Locator("[data-figure-count]");

        Assert.Equal(48, total);
        Assert.Equal("polite", await count.GetAttributeAsync("aria-live"));
        Assert.Equal("48 of 48 figures", await count.TextContentAsync());

        // By keyboard: from the skip link's neighbourhood to the box, as a reader would Tab to it.
        await page.GetByLabel("Search figures (name, value, quote)").FocusAsync();
        await page.Keyboard.TypeAsync("zones");
        Assert.Equal(["korea-cloud-zones"], await VisibleFiguresAsync(page));
        Assert.Equal("1 of 48 figures", await count.TextContentAsync());

        // Enter filters in place: no request, no new page.
        var url = page.Url;
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(url, page.Url);

        await page.GetByLabel("Search figures (name, value, quote)").FillAsync("no such figure anywhere");
        Assert.Empty(await VisibleFiguresAsync(page));
        Assert.Equal("0 of 48 figures", await count.TextContentAsync());
        Assert.True(await page.GetByText("No figure matches.").IsVisibleAsync());
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_kind_and_topic_filters_show_the_computed_figures_and_the_figures_of_one_chart()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/ko/KRW/figures");
        var page = tab.Page;

        await page.GetByLabel("종류").SelectOptionAsync(new SelectOptionValue { Label = "계산값" });
        var computed = await VisibleFiguresAsync(page);
        Assert.Equal(7, computed.Length);
        Assert.Contains("investment-growth-factor", computed);
        Assert.Equal("48개 수치 중 7개", await page.Locator("[data-figure-count]").TextContentAsync());

        await page.GetByLabel("종류").SelectOptionAsync("");
        await page.GetByLabel("주제 (차트)").SelectOptionAsync("renewable-target-year");
        var renewable = await VisibleFiguresAsync(page);
        Assert.Contains("renewable-target-year-original", renewable);
        Assert.Contains("renewable-target-year-new", renewable);
        // A computed figure belongs to the charts of its inputs.
        Assert.Contains("renewable-target-years-earlier", renewable);
        Assert.DoesNotContain("jobs-per-year", renewable);

        await page.GetByLabel("주제 (차트)").SelectOptionAsync("none");
        var inNoChart = await VisibleFiguresAsync(page);
        Assert.Contains("cloud-services-count", inNoChart);
        Assert.Contains("korea-cloud-zones", inNoChart);

        // Korean words find Korean labels; the filters combine.
        await page.GetByLabel("수치 검색 (이름, 값, 인용문)").FillAsync("구역");
        Assert.Equal(["korea-cloud-zones"], await VisibleFiguresAsync(page));
        Assert.Matches(new Regex("^48개 수치 중 1개$"), (await page.Locator("[data-figure-count]").TextContentAsync())!);
        Assert.Empty(tab.ConsoleErrors);
    }
}
