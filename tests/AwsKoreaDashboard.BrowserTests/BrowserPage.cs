using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// A page object over one browser tab: the selectors of the dashboard in one place, and the console
/// errors the page produced (a CSP violation shows up there too).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly Func<IPage, ValueTask>? _release;

    /// <param name="page">The tab.</param>
    /// <param name="release">
    /// What disposing does with the tab: by default its browser context is closed; a tab lent by
    /// <see cref="BrowserFixture.NewPageAsync"/> goes back to the fixture for the next test.
    /// </param>
    public BrowserPage(IPage page, Func<IPage, ValueTask>? release = null)
    {
        Page = page;
        _release = release;
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.Response += OnResponse;
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

    /// <summary>
    /// In a page from <see cref="BrowserFixture.NewPageWithChartLogAsync"/>: the keys of the charts built, in order,
    /// and every chart sized again after it was built.
    /// </summary>
    public async Task<(List<string> Built, List<string> Resized)> ChartLogAsync()
    {
        var log = (await Page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.chartLog")).EnumerateArray().ToList();
        return (
            log.Where(e => e.TryGetProperty("built", out _)).Select(e => e.GetProperty("built").GetString()!).ToList(),
            log.Where(e => e.TryGetProperty("resized", out _)).Select(e => $"{e.GetProperty("resized").GetString()} to {e.GetProperty("width")} px").ToList());
    }

    /// <summary>The header's settings button: language, currency and theme sit behind it.</summary>
    public ILocator SettingsButton => Page.Locator("[data-settings-toggle]");

    /// <summary>Opens the header's settings, so that its switches can be clicked.</summary>
    public async Task OpenSettingsAsync()
    {
        if (await SettingsButton.GetAttributeAsync("aria-expanded") != "true")
        {
            await SettingsButton.ClickAsync();
        }
    }

    public ILocator ChartCards => Page.Locator(".chart-card");

    /// <summary>
    /// Scrolls the card into view, as a reader would (charts.js draws a chart as it comes near the window),
    /// and waits until charts.js marks it drawn; never sleeps.
    /// </summary>
    public async Task WaitForChartAsync(string key)
    {
        await ChartCard(key).ScrollIntoViewIfNeededAsync(new LocatorScrollIntoViewIfNeededOptions { Timeout = 10_000 });
        await ChartCard(key).And(Page.Locator("[data-rendered='true']")).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
    }

    /// <summary>
    /// Scrolls past every chart the page shows, as a reader would, waits until each is drawn, and goes back
    /// to where the page was. A chart on a slide the deck does not show is not drawn until it is shown.
    /// </summary>
    public async Task WaitForAllChartsAsync()
    {
        var top = await Page.EvaluateAsync<double>("() => window.scrollY");
        var shown = await Page.EvaluateAsync<int>(
            """
            async () => {
              const cards = [...document.querySelectorAll('.chart-card')].filter((c) => c.getClientRects().length > 0);
              for (const card of cards) {
                card.scrollIntoView({ block: 'center', behavior: 'instant' });
                await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              }
              return cards.length;
            }
            """);
        await Page.WaitForFunctionAsync(
            "n => [...document.querySelectorAll('.chart-card')].filter((c) => c.getClientRects().length > 0 && c.dataset.rendered === 'true').length === n",
            shown,
            new PageWaitForFunctionOptions { Timeout = 10_000 });
        await Page.EvaluateAsync("y => window.scrollTo({ top: y, behavior: 'instant' })", top);
    }

    /// <summary>
    /// Emulates print media and waits until charts.js has drawn every chart outside a slide for it (the print
    /// palette, the printed box): Chromium reports the media change to the page at its next frame, not when the
    /// emulation returns, so a chart read straight after it can still be the screen's (seen in a full run). The
    /// condition is polled at each animation frame. A deck's slides are drawn by the deck (present.js), not
    /// waited for here: on a deck page it returns at once.
    /// </summary>
    public async Task EmulatePrintAsync()
    {
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Page.WaitForFunctionAsync(
            """
            () => {
              const key = window.dashboardCharts.theme().key;
              return matchMedia('print').matches && [...document.querySelectorAll('.chart-card')]
                .filter((card) => !card.closest('.slide'))
                .every((card) => (card.dataset.drawnFor || '').endsWith(`@${key}`) && window.dashboardCharts.upToDate(card));
            }
            """,
            null,
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

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error")
        {
            ConsoleErrors.Add(message.Text);
        }
    }

    private void OnPageError(object? sender, string error) => ConsoleErrors.Add(error);

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Status >= 400)
        {
            ConsoleErrors.Add($"{response.Status} {response.Url}");
        }
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        // Once: a tab given back twice would be lent to two tests at the same time.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Page.Console -= OnConsole;
        Page.PageError -= OnPageError;
        Page.Response -= OnResponse;
        if (_release is null)
        {
            await Page.Context.DisposeAsync();
        }
        else
        {
            await _release(Page);
        }
    }
}
