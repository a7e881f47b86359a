namespace AwsKoreaDashboard.BrowserTests;

/// <summary>The "since the article" page in a real browser: its periods chart is drawn from the page's data.</summary>
public sealed class SinceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_periods_chart_of_the_commitments_is_drawn(string language, string currency)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/since?culture={language}&currency={currency}");

        await tab.WaitForChartAsync("since-commitments");

        var painted = await tab.PaintedPixelsAsync("since-commitments");
        if (painted < 1000)
        {
            await tab.ScreenshotAsync($"since-blank-{language}");
        }

        Assert.True(painted >= 1000, $"the periods chart painted only {painted} pixels");
        Assert.Empty(tab.ConsoleErrors);
    }
}
