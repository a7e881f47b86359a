using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// The app on a real Kestrel port and Debian's headless Chromium driven by Playwright, shared by the
/// tests of one class. Playwright cannot download its own browser here; tests/run.sh installs chromium.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public DashboardApp App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "artifacts");

    /// <summary>A chance to edit the app's copy of data/ before it starts.</summary>
    protected virtual void PrepareData(DataDirectoryCopy data)
    {
    }

    public async Task InitializeAsync()
    {
        PrepareData(App.Data);
        BaseAddress = App.StartOnRealPort();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run tests/run.sh, which installs Debian's chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        App.Dispose();
    }
}
