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
    /// A fresh page (its own cookies and storage) that records console errors and failed requests: a browser set
    /// to Korean by default, as the dashboard's first readers' are (the site's "/" follows Accept-Language).
    /// </summary>
    /// <param name="permissions">Browser permissions granted to the app's origin, such as clipboard-write.</param>
    public async Task<BrowserPage> NewPageAsync(int width = 1440, int height = 1000, IEnumerable<string>? permissions = null, string locale = "ko-KR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = locale,
            Permissions = permissions,
        });
        var page = await context.NewPageAsync();
        return new BrowserPage(page);
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

    public Task DisposeAsync()
    {
        if (_ownsApp)
        {
            App.Dispose();
        }

        return Task.CompletedTask;
    }
}
