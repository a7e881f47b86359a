using System.Text.Json;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>axe-core (from npm, pinned in this project's package-lock.json) run inside the page.</summary>
[StartsEarly(97)]
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string AxeScript = Path.Combine(
        RepositoryPaths.Root, "tests", "AwsKoreaDashboard.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [InlineData("/?culture=ko")]
    [InlineData("/?culture=en")]
    [InlineData("/charts/it-budget-control?culture=ko")]
    [InlineData("/charts/it-budget-control?culture=en")]
    [InlineData("/background?culture=ko")]
    [InlineData("/background?culture=en")]
    [InlineData("/figures/investment-growth-factor?culture=ko")]
    [InlineData("/ko/KRW/figures")]
    [InlineData("/en/USD/figures")]
    [InlineData("/?culture=ko&theme=dark")]
    [InlineData("/?culture=en&theme=contrast")]
    [InlineData("/since?culture=ko&currency=KRW")]
    [InlineData("/since?culture=en&currency=USD")]
    [InlineData("/since?culture=en&theme=dark")]
    [InlineData("/present#2")]
    [InlineData("/present/presenter?culture=en#3")]
    [InlineData("/en/USD/present/since-2023#3")]
    [InlineData("/ko/KRW/present/since-2023#4")]
    public async Task Axe_finds_no_violations(string path)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync(path);
        if (await tab.ChartCards.CountAsync() > 0)
        {
            await tab.WaitForAllChartsAsync();
        }

        var violations = await RunAxeAsync(tab.Page);
        if (violations.Count > 0)
        {
            await tab.ScreenshotAsync("axe-" + string.Concat(path.Where(char.IsLetterOrDigit)));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("ko", "표")]
    [InlineData("en", "Table")]
    public async Task Axe_finds_no_violations_with_the_export_and_evidence_panels_open_and_the_table_shown(string culture, string table)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/charts/economic-effects?culture={culture}&currency=USD");
        var card = tab.ChartCard("economic-effects");
        await card.Locator("details.export > summary").ClickAsync();
        await card.Locator("details.fact-panel > summary").ClickAsync();
        await card.Locator("[data-export='embed']").ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = table, Exact = true }).ClickAsync();

        var violations = await RunAxeAsync(tab.Page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Axe_would_catch_a_chart_that_lost_its_text_alternative()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.Page.EvaluateAsync("document.querySelector('canvas.chart-canvas').removeAttribute('aria-label')");

        var violations = await RunAxeAsync(tab.Page);

        Assert.Contains(violations, v => v.Contains("role-img-alt"));
    }

    /// <summary>
    /// Runs axe in the page and returns its violations. The page's CSP forbids inline script, rightly, so
    /// axe is evaluated through Playwright's debugging channel rather than added as a script tag.
    /// </summary>
    private static async Task<List<string>> RunAxeAsync(IPage page)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) })); }");
        return result.EnumerateArray().Select(v => v.ToString()).ToList();
    }
}
