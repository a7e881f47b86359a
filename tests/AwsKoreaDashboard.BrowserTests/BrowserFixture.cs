using System.Collections.Concurrent;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// The app on a real Kestrel port and Debian's headless Chromium driven by Playwright. Playwright cannot download
/// its own browser here; tests/run.sh installs chromium-headless-shell.
/// <para>
/// One started app and one Chromium serve every test class of the run that uses this fixture as it is (the
/// seeded repository data, read only): starting the app (migrate and seed) and a browser for each of about twenty
/// classes was minutes of a busy two-core run. Classes still run side by side; each page has its own browser
/// context (cookies, storage). A subclass (one that overrides <see cref="PrepareData"/> to change the data, or
/// sets <see cref="DashboardApp.Settings"/>) gets an app of its own, started for its class, beside the shared
/// browser. Both shared ones are closed when the test process exits.
/// </para>
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's chromium-headless-shell: the same Chromium (version, Blink, V8, Skia, fonts) as the chromium
    /// package, built as the headless shell Playwright itself runs for headless tests, without the desktop
    /// browser's window layer. The same 179 browser tests took about 1,100 s of processor time in the desktop
    /// binary's headless mode and about 680 s in the shell (docs/benchmarks.md).
    /// </summary>
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    private static readonly Lazy<DashboardApp> SharedApp = new(() =>
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeShared();
        return new DashboardApp();
    });

    private static readonly Lazy<Task<Uri>> SharedAppStart = new(() => Task.Run(SharedApp.Value.StartOnRealPort));

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> SharedBrowser = new(LaunchAsync);

    private static int _disposed;

    private readonly bool _ownsApp;

    public BrowserFixture()
    {
        _ownsApp = GetType() != typeof(BrowserFixture);
        App = _ownsApp ? new DashboardApp() : SharedApp.Value;
    }

    public DashboardApp App { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "artifacts");

    /// <summary>A chance to edit the app's copy of data/ before it starts (the class then gets an app of its own).</summary>
    protected virtual void PrepareData(DataDirectoryCopy data)
    {
    }

    public async Task InitializeAsync()
    {
        if (_ownsApp)
        {
            PrepareData(App.Data);
            BaseAddress = App.StartOnRealPort();
        }
        else
        {
            BaseAddress = await SharedAppStart.Value;
        }

        Browser = (await SharedBrowser.Value).Browser;
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run tests/run.sh, which installs Debian's chromium-headless-shell.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeShared();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Closes the shared browser and stops the shared app (at most once; a handler may run twice).</summary>
    private static void DisposeShared()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (SharedBrowser.IsValueCreated && SharedBrowser.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = SharedBrowser.Value.Result;
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(20));
            playwright.Dispose();
        }

        if (SharedApp.IsValueCreated)
        {
            SharedApp.Value.Dispose();
        }
    }

    /// <summary>
    /// A page with no cookies, storage, permissions or emulated media of an earlier test, that records console
    /// errors and failed requests: a browser set to Korean by default, as the dashboard's first readers' are (the
    /// site's "/" follows Accept-Language).
    /// <para>
    /// The tab is lent, not new: disposing it clears what a test can leave behind (see <see cref="ClearAsync"/>)
    /// and keeps it for the next test with the same app and language. A new browser context is a new renderer
    /// process: about 0.3 s of processor time before the first page, and more for the dashboard's first load
    /// (docs/benchmarks.md, Round 10). A tab that left the app's origin is closed instead. A test that
    /// changes what is not cleared asks for <paramref name="fresh"/>: the page's clock, an init script, an exposed
    /// function, extra HTTP headers, geolocation, its own handlers of the page's events (a dialog handler that
    /// neither accepts nor dismisses would hold the next test's dialogs).
    /// </para>
    /// </summary>
    /// <param name="permissions">Browser permissions granted to the app's origin, such as clipboard-write (a fresh context).</param>
    /// <param name="fresh">A context of its own, closed when the page is disposed.</param>
    public async Task<BrowserPage> NewPageAsync(int width = 1440, int height = 1000, IEnumerable<string>? permissions = null, string locale = "ko-KR", bool fresh = false)
    {
        if (permissions is null && !fresh)
        {
            var idle = IdleTabs.GetOrAdd((BaseAddress, locale), _ => new ConcurrentBag<IPage>());
            if (!idle.TryTake(out var lent))
            {
                lent = await (await NewContextAsync(width, height, null, locale)).NewPageAsync();
            }
            else
            {
                await lent.SetViewportSizeAsync(width, height);
            }

            return new BrowserPage(lent, page => GiveBackAsync(page, idle));
        }

        return new BrowserPage(await (await NewContextAsync(width, height, permissions, locale)).NewPageAsync());
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height, IEnumerable<string>? permissions, string locale) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = locale,
            Permissions = permissions,
        });

    /// <summary>Tabs waiting for the next test, by app address and language.</summary>
    private static readonly ConcurrentDictionary<(Uri App, string Locale), ConcurrentBag<IPage>> IdleTabs = new();

    /// <summary>
    /// Clears what a test left in a lent tab and keeps it; closes its context instead if the tab left the app's
    /// origin, if clearing fails, or if it takes over 15 s (a failed test's page stuck in a loop would hold an
    /// evaluate for ever).
    /// </summary>
    private async ValueTask GiveBackAsync(IPage page, ConcurrentBag<IPage> idle)
    {
        try
        {
            if (await ClearAsync(page).WaitAsync(TimeSpan.FromSeconds(15)))
            {
                idle.Add(page);
                return;
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
        }

        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Clears a lent tab for the next test: closes its context's other pages, leaves the page, clears everything
    /// the app's origin stored (session storage, then through DevTools local storage, IndexedDB, Cache Storage,
    /// service workers, cookies), and resets cookies, permissions, routes, offline mode, emulated media, held
    /// modifier keys and the mouse. False, and nothing cleared, when the tab left the app's origin.
    /// </summary>
    private async Task<bool> ClearAsync(IPage page)
    {
        var context = page.Context;
        var origin = BaseAddress.GetLeftPart(UriPartial.Authority);
        if (page.IsClosed || !(page.Url.StartsWith(origin + "/", StringComparison.Ordinal) || page.Url == "about:blank"))
        {
            return false;
        }

        foreach (var other in context.Pages.Where(p => p != page).ToList())
        {
            await other.CloseAsync();
        }

        if (page.Url != "about:blank")
        {
            // Session storage belongs to the tab.
            await page.EvaluateAsync("() => sessionStorage.clear()");
        }

        // Left first, so nothing the page writes as it unloads survives; then everything the origin stored at any
        // point of the test (local storage, IndexedDB, Cache Storage, service workers, cookies).
        await page.GotoAsync("about:blank");
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object> { ["origin"] = origin, ["storageTypes"] = "all" });
        await devtools.DetachAsync();
        await context.ClearCookiesAsync();
        await context.ClearPermissionsAsync();
        await context.UnrouteAllAsync();
        await page.UnrouteAllAsync();
        await context.SetOfflineAsync(false);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions
        {
            Media = Media.Null, ColorScheme = ColorScheme.Null, ReducedMotion = ReducedMotion.Null, ForcedColors = ForcedColors.Null, Contrast = Contrast.Null,
        });
        foreach (var key in new[] { "Shift", "Control", "Alt", "Meta" })
        {
            await page.Keyboard.UpAsync(key);
        }

        await page.Mouse.MoveAsync(-1, -1);
        return true;
    }

    /// <summary>
    /// A page like <see cref="NewPageAsync"/> in which every Chart.js chart built, and every time one is sized again
    /// after it was built, is recorded in <c>window.chartLog</c> by a plugin of the test's, registered as Chart.js
    /// loads (before the page draws its first chart); <see cref="BrowserPage.ChartLogAsync"/> reads it.
    /// </summary>
    public async Task<BrowserPage> NewPageWithChartLogAsync(int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ko-KR",
        });
        await context.AddInitScriptAsync(
            """
            window.chartLog = [];
            const key = (chart) => chart.canvas.closest('.chart-card').dataset.chartKey;
            const plugin = {
              id: 'chart-log',
              install: (chart) => window.chartLog.push({ built: key(chart) }),
              afterUpdate: (chart, { mode }) => { if (mode === 'resize') window.chartLog.push({ resized: key(chart), width: chart.width }); },
            };
            Object.defineProperty(window, 'Chart', {
              configurable: true,
              set(chart) {
                Object.defineProperty(window, 'Chart', { value: chart, writable: true, configurable: true });
                chart.register(plugin);
              },
            });
            """);
        return new BrowserPage(await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_ownsApp)
        {
            // Its tabs would otherwise wait, each a renderer process, for an app that is gone.
            foreach (var key in IdleTabs.Keys.Where(k => k.App == BaseAddress).ToList())
            {
                if (IdleTabs.TryRemove(key, out var tabs))
                {
                    foreach (var tab in tabs)
                    {
                        await tab.Context.CloseAsync();
                    }
                }
            }

            App.Dispose();
        }
    }
}
