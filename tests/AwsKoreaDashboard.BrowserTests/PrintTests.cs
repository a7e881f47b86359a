using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// The dashboard printed, read back from Chromium's PDF with pdftotext: the headline figures keep their
/// citations, no page is left nearly empty, and links that only make sense on a screen are not printed.
/// </summary>
[StartsEarly(21)]
public sealed class PrintTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Printing_the_dashboard_builds_each_chart_once_and_a_chart_in_table_view_at_no_size()
    {
        await using var tab = await browser.NewPageWithChartLogAsync(1280, 900);
        await tab.GotoAsync("/ko/KRW/");
        await tab.WaitForAllChartsAsync();
        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map((c) => c.dataset.chartKey)");
        var table = tab.ChartCard(keys[0]);
        await table.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "표", Exact = true }).ClickAsync();
        var onScreen = (await tab.ChartLogAsync()).Built.Count;

        // Chromium's print: the print media query matches, then beforeprint.
        await tab.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await tab.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        var (built, _) = await tab.ChartLogAsync();

        // Every chart once in the print palette; the one in table view too, at no size, its hidden area left alone.
        Assert.Equal(keys.Order(), built.Skip(onScreen).Order());
        Assert.Equal("", await table.Locator(".chart-area").EvaluateAsync<string>("a => a.style.minHeight"));
        Assert.Equal(0, await table.Locator("canvas.chart-canvas").EvaluateAsync<int>("c => c.width"));
    }

    [Theory]
    [InlineData("ko", "KRW", "기사 이후 보기", "다른 수치")]
    [InlineData("en", "USD", "See what happened since", "Other facts")]
    public async Task The_printed_dashboard_cites_its_headline_figures_on_full_pages_without_screen_only_links(string language, string currency, string screenOnlyLink, string otherFacts)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/{language}/{currency}/");
        await tab.WaitForAllChartsAsync();
        var sources = await tab.Page.Locator(".kpi .kpi__source").AllTextContentsAsync();
        await tab.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        var path = Path.Combine(Path.GetTempPath(), $"dashboard-print-{Guid.NewGuid():N}.pdf");
        try
        {
            await tab.Page.PdfAsync(new() { Path = path, PreferCSSPageSize = true, PrintBackground = true });
            var pages = (await PdfTools.PageTextsAsync(path)).Select(Squash).ToList();

            Assert.NotEmpty(sources);
            Assert.All(sources.Select(Squash), source => Assert.Contains(source, pages[0]));
            Assert.Contains(otherFacts, pages[0]);
            Assert.DoesNotContain(pages, page => page.Contains(screenOnlyLink, StringComparison.Ordinal));
            // A near-empty page: less than a tenth of the text of the fullest page.
            var fullest = pages.Max(p => p.Length);
            Assert.All(pages.Select((text, i) => (text, i)), page => Assert.True(page.text.Length >= fullest / 10, $"page {page.i + 1} holds only \"{page.text}\""));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ko", "KRW", "인용하기", "APA 7 복사")]
    [InlineData("en", "USD", "Cite this", "Copy APA 7")]
    public async Task A_printed_chart_page_keeps_its_citation_heading_with_the_citations_and_prints_no_copy_buttons(string language, string currency, string heading, string copyButton)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/{language}/{currency}/charts/annual-pace");
        await tab.WaitForChartAsync("annual-pace");
        await tab.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        var path = Path.Combine(Path.GetTempPath(), $"chart-print-{Guid.NewGuid():N}.pdf");
        try
        {
            await tab.Page.PdfAsync(new() { Path = path, PreferCSSPageSize = true, PrintBackground = true });
            var pages = (await PdfTools.PageTextsAsync(path)).Select(Squash).ToList();

            Assert.DoesNotContain(pages, page => page.Contains(copyButton, StringComparison.Ordinal));
            // The page where the heading is printed also holds the first citation under it (APA 7), not the page's foot.
            var withHeading = pages.FindIndex(page => page.Contains(heading, StringComparison.Ordinal));
            Assert.True(withHeading >= 0, $"no page holds \"{heading}\"");
            var afterHeading = pages[withHeading][(pages[withHeading].LastIndexOf(heading, StringComparison.Ordinal) + heading.Length)..];
            Assert.True(afterHeading.Contains("APA 7", StringComparison.Ordinal), $"page {withHeading + 1} ends after the heading with \"{afterHeading}\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Squash(string? text) => System.Text.RegularExpressions.Regex.Replace(text ?? "", @"\s+", " ").Trim();
}
