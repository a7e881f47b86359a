namespace AwsKoreaDashboard.BrowserTests;

public sealed class HomePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_home_page_chart_is_drawn_and_the_console_has_no_errors()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.WaitForChartAsync("investment-vs-previous");

        var painted = await tab.PaintedPixelsAsync("investment-vs-previous");

        if (painted < 1000 || tab.ConsoleErrors.Count > 0)
        {
            await tab.ScreenshotAsync("home-page-failure");
        }

        Assert.True(painted >= 1000, $"the chart canvas has only {painted} painted pixels");
        Assert.Empty(tab.ConsoleErrors);
    }
}
