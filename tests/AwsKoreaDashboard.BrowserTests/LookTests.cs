using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

public sealed class LookTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ko", "KRW", "")]
    [InlineData("en", "USD", "")]
    public async Task Dump(string language, string currency, string theme)
    {
        var dir = Path.Combine(BrowserFixture.ArtifactsDirectory, "look");
        Directory.CreateDirectory(dir);
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/?culture={language}&currency={currency}{theme}");
        await tab.WaitForAllChartsAsync();
        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");
        foreach (var key in keys)
        {
            var card = tab.ChartCard(key);
            await card.Locator("details.export > summary").ClickAsync();
            foreach (var size in new[] { "slide", "square", "page" })
            {
                await card.Locator(".export__size").SelectOptionAsync(size);
                await card.Locator(".export__scale").SelectOptionAsync("1");
                foreach (var action in size == "slide" ? new[] { "png", "svg" } : new[] { "png" })
                {
                    var download = await tab.Page.RunAndWaitForDownloadAsync(() => card.Locator($"[data-export='{action}']").ClickAsync());
                    await download.SaveAsAsync(Path.Combine(dir, (theme == "" ? "" : "dark.") + download.SuggestedFilename));
                }
            }
        }

        await using var phone = await browser.NewPageAsync(390, 844);
        await phone.GotoAsync($"/?culture={language}&currency={currency}{theme}");
        await phone.WaitForAllChartsAsync();
        foreach (var key in keys)
        {
            await phone.ChartCard(key).Locator(".chart-area").ScreenshotAsync(new() { Path = Path.Combine(dir, $"phone.{key}.{language}.{currency}{theme.Replace("&theme=", ".")}.png") });
        }
    }
}
