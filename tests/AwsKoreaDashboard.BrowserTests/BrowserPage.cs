using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// A page object over one browser tab: the selectors of the dashboard in one place, and the console
/// errors the page produced (a CSP violation shows up there too).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    public BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                ConsoleErrors.Add($"{response.Status} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
        {
            throw new InvalidOperationException($"GET {path} answered {response?.Status}");
        }
    }

    public ILocator ChartCard(string key) => Page.Locator($"#chart-{key}");

    public ILocator ChartCards => Page.Locator(".chart-card");

    /// <summary>Waits until charts.js marks the card drawn; never sleeps.</summary>
    public Task WaitForChartAsync(string key) =>
        ChartCard(key).And(Page.Locator("[data-rendered='true']")).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

    public async Task WaitForAllChartsAsync()
    {
        var count = await ChartCards.CountAsync();
        await Page.WaitForFunctionAsync(
            "n => document.querySelectorAll(\".chart-card[data-rendered='true']\").length === n",
            count,
            new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    /// <summary>How many pixels of the chart's canvas hold paint: zero for a blank canvas.</summary>
    public Task<int> PaintedPixelsAsync(string key) =>
        ChartCard(key).Locator("canvas").EvaluateAsync<int>(
            """
            canvas => {
              const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
              return painted;
            }
            """);

    /// <summary>Saves a screenshot under tests/artifacts, for a failing test or a look by a person.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ArtifactsDirectory);
        var path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await Page.Context.DisposeAsync();
}
