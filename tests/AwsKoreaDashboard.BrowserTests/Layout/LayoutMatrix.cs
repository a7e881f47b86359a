using System.Collections.Concurrent;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests.Layout;

/// <summary>
/// The layout check over the matrix of issue 16: every page kind in both languages and currencies at the sizes
/// people use, every slide of every deck at projector sizes (web slides, presenter view, handout). One
/// browser; the four reader settings run in parallel pages; a loaded page is reused across sizes (resized,
/// its charts redrawn) and a deck is stepped through with its own keys in the page instead of reloaded; and each
/// walk runs once for all the tests that read it (see <see cref="Once"/>).
/// </summary>
public sealed class LayoutMatrix(BrowserFixture browser)
{
    public static readonly (string Language, string Currency)[] Readers = [("ko", "KRW"), ("ko", "USD"), ("en", "KRW"), ("en", "USD")];

    /// <summary>Phone, tablet upright, small laptop, laptop, desktop, large screen.</summary>
    public static readonly (int Width, int Height)[] PageSizes = [(390, 844), (768, 1024), (1024, 768), (1280, 720), (1440, 900), (1920, 1080)];

    /// <summary>An embed on a narrow column of another site, at the height the embed code gives it.</summary>
    public static readonly (int Width, int Height)[] EmbedSizes = [(320, 620), .. PageSizes];

    /// <summary>The sizes a deck is shown at on a projector or a laptop.</summary>
    public static readonly (int Width, int Height)[] ProjectorSizes = [(1024, 768), (1280, 720), (1440, 900), (1920, 1080)];

    public static IReadOnlyList<string> ChartKeys { get; } = ReadKeys("charts.json", "charts");

    public static IReadOnlyList<string> DeckKeys { get; } = ReadKeys("decks.json", "decks");

    /// <summary>Figure pages of each shape: an article figure, a computed one, one shown converted, one with a chart that names figures.</summary>
    public static readonly string[] FigureKeys = ["investment-headline-krw", "korea-annual-average-usd", "anthropic-investment-usd", "economic-value-2028-krw"];

    /// <summary>The addresses (after /{lang}/{currency}) of one page kind.</summary>
    public static IReadOnlyList<string> Paths(string kind) => kind switch
    {
        "dashboard" => ["/"],
        "chart-pages" => ChartKeys.Select(k => $"{ChartPathPrefix}{k}").ToList(),
        "figures" => ["/figures", .. FigureKeys.Select(k => $"/figures/{k}")],
        "background" => ["/background"],
        "since" => ["/since"],
        "embeds" => ChartKeys.Select(k => $"/embed/charts/{k}").ToList(),
        "not-found" => ["/no-such-page"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static IReadOnlyList<string> ReadKeys(string file, string array)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.DataDirectory, file)));
        return json.RootElement.GetProperty(array).EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList();
    }

    /// <summary>Every finding of a page kind in every reader setting at every size, as "address at size: [kind] message".</summary>
    /// <param name="focus">Whether the keyboard focus findings count (they are always looked for: see <see cref="Once"/>).</param>
    public async Task<IReadOnlyList<string>> CheckPagesAsync(string kind, Func<LayoutFinding, bool>? keep = null, bool focus = true) =>
        Kept(await Once($"pages {kind}", () => WalkPagesAsync(kind)), keep, focus);

    private async Task<IReadOnlyList<Located>> WalkPagesAsync(string kind)
    {
        var sizes = kind == "embeds" ? EmbedSizes : PageSizes;
        var findings = new ConcurrentBag<Located>();
        await Parallel.ForEachAsync(Readers, new ParallelOptions { MaxDegreeOfParallelism = Readers.Length }, async (reader, _) =>
        {
            // One tab per reader setting for all the kind's addresses: a fresh browser context costs the browser
            // process about 0.3 s of processor time, and a reader moving between pages keeps theirs too.
            await using var tab = await browser.NewPageAsync(sizes[0].Width, sizes[0].Height);
            foreach (var path in Paths(kind))
            {
                var address = $"/{reader.Language}/{reader.Currency}{path}";
                // Each page loads at the size the last one ended at and walks the sizes from there: resizing a page
                // back to the first size only to leave it cost a whole resize and redraw per page.
                var order = tab.Page.ViewportSize!.Width == sizes[^1].Width ? [.. Enumerable.Reverse(sizes)] : sizes;
                var response = await tab.Page.GotoAsync(address);
                if (response is null || (response.Status != 200 && kind != "not-found"))
                {
                    findings.Add(new Located(address, new LayoutFinding("status", $"answered {response?.Status}")));
                    continue;
                }

                foreach (var (width, height) in order)
                {
                    await tab.Page.SetViewportSizeAsync(width, height);
                    foreach (var f in await LayoutCheck.CheckAsync(tab.Page, drawCharts: true))
                    {
                        findings.Add(new Located($"{address} at {width}×{height}", f));
                    }

                    if (kind == "chart-pages")
                    {
                        await CheckExportsAsync(tab.Page, address, path[ChartPathPrefix.Length..], width, findings);
                    }
                }
            }
        });
        return [.. findings];
    }

    /// <summary>
    /// Every slide of a deck in every reader setting at every projector size, in the audience window or the
    /// presenter's, stepped through with the deck's keys (Home, then the right arrow) in the page.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckSlidesAsync(string deck, bool presenter, Func<LayoutFinding, bool>? keep = null, bool focus = true) =>
        Kept(await Once($"slides {deck} {(presenter ? "presenter" : "audience")}", () => WalkSlidesAsync(deck, presenter)), keep, focus);

    private async Task<IReadOnlyList<Located>> WalkSlidesAsync(string deck, bool presenter)
    {
        var findings = new ConcurrentBag<Located>();
        await Parallel.ForEachAsync(Readers, new ParallelOptions { MaxDegreeOfParallelism = Readers.Length }, async (reader, _) =>
        {
            var address = $"/{reader.Language}/{reader.Currency}/present/{deck}{(presenter ? "/presenter" : "")}";
            await using var tab = await browser.NewPageAsync(ProjectorSizes[0].Width, ProjectorSizes[0].Height);
            await tab.GotoAsync(address);
            await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
            var count = int.Parse((await tab.Page.Locator(".deck").GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture);
            var stages = presenter ? ".slide.is-current .slide__stage, .slide.is-next .slide__stage" : ".slide.is-current .slide__stage";

            // The focus check's one real key press (see LayoutCheck.CheckAsync), then no focus left behind: every
            // cell starts as the walk left the last one, with nothing focused.
            await LayoutCheck.LoadAsync(tab.Page);
            await tab.Page.Keyboard.PressAsync("Tab");
            await tab.Page.EvaluateAsync("() => { window.layoutCheck.keyPressed = true; document.activeElement?.blur(); }");
            // Slide after slide at each size, so the window is resized three times per walk, not at every slide. A
            // presenter's current and next previews sit on a 1,600 × 900 stage scaled to the window, so a resize
            // draws no chart again, but it still lays out, rasters and composites the whole window: walked size
            // after size at each slide, the presenter walk cost about a third more processor time (Chromium's
            // display compositor twice as much; docs/benchmarks.md, Round 14). Every slide is still checked at
            // every size, the presenter's controls and notes included. The slides of one size are stepped and
            // checked in the page, in one call (layoutCheck.slides, layout-check.focus.js).
            foreach (var (width, height) in ProjectorSizes)
            {
                if (tab.Page.ViewportSize is not { } now || (now.Width, now.Height) != (width, height))
                {
                    await tab.Page.SetViewportSizeAsync(width, height);
                }

                var cells = await tab.Page.EvaluateAsync<JsonElement>("o => window.layoutCheck.slides(o)", new { stages, count });
                foreach (var cell in cells.EnumerateArray())
                {
                    var where = $"{address}#{cell.GetProperty("slide").GetInt32()} at {width}×{height}";
                    foreach (var f in LayoutCheck.Read(cell.GetProperty("findings")))
                    {
                        findings.Add(new Located(where, f));
                    }
                }
            }
        });
        return [.. findings];
    }

    /// <summary>
    /// The printed handout of a deck in every reader setting: one slide a page (the print stage is 1280×720 CSS
    /// px), and with speaker notes on A4 paper. Every stage must hold its content.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckHandoutAsync(string deck, Func<LayoutFinding, bool>? keep = null) =>
        Kept(await Once($"handout {deck}", () => WalkHandoutAsync(deck)), keep, focus: false);

    private async Task<IReadOnlyList<Located>> WalkHandoutAsync(string deck)
    {
        var findings = new ConcurrentBag<Located>();
        await Parallel.ForEachAsync(Readers, new ParallelOptions { MaxDegreeOfParallelism = Readers.Length }, async (reader, _) =>
        {
            var address = $"/{reader.Language}/{reader.Currency}/present/{deck}";
            // One tab for both handouts, as a reader prints one and then the other.
            await using var tab = await browser.NewPageAsync(1280, 720);
            await tab.GotoAsync(address);
            await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
            foreach (var (notes, width, height) in new[] { (false, 1280, 720), (true, 794, 1123) })
            {
                if (notes)
                {
                    // Back on the screen, in a window as wide as A4 paper; the handout's options wait in the bar's
                    // "More" menu.
                    await tab.Page.EmulateMediaAsync(new() { Media = Media.Screen });
                    await tab.Page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
                    await tab.Page.SetViewportSizeAsync(width, height);
                    await tab.Page.Locator("[data-deck-menu-toggle]").ClickAsync();
                    await tab.Page.Locator("[data-deck-handout-notes]").CheckAsync();
                    if (!await tab.Page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('deck-handout-notes')"))
                    {
                        findings.Add(new Located(address, new LayoutFinding("status", "the handout with notes did not turn on")));
                    }
                }

                await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
                await LayoutCheck.SettleAsync(tab.Page);
                await tab.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
                var view = notes ? "handout with notes (A4)" : "handout";
                foreach (var f in await LayoutCheck.CheckAsync(tab.Page, ".slide__stage", focus: false, stageInWindow: false))
                {
                    findings.Add(new Located($"{address} {view}", f));
                }
            }
        });
        return [.. findings];
    }

    /// <summary>The sizes of an exported image, each with the window it is exported from (a page image takes the card's width).</summary>
    public static readonly (string Size, int Width)[] ExportSizes = [("square", 1440), ("slide", 1440), ("page", 1440), ("page", 390)];

    private const string ChartPathPrefix = "/charts/";

    /// <summary>
    /// The text boxes of every chart's exported image (PNG and SVG share export.js's layout) in every reader
    /// setting at every export size: inside the image, clear of each other, no zero tick with a unit. They are
    /// read in the chart pages' walk of <see cref="CheckPagesAsync"/>, at the two window widths the sizes are
    /// exported from, after the layout check of that cell: loading every chart page in every reader setting again
    /// only for them, and resizing each twice, cost about 18 s of processor time (docs/benchmarks.md, Round 17). An
    /// image that cannot be laid out (export.js throws) is an export-error finding of this test, not the walk's failure.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckExportsAsync()
    {
        if (ExportSizes.FirstOrDefault(e => !PageSizes.Any(p => p.Width == e.Width)) is { Size: not null } missing)
        {
            throw new InvalidOperationException($"The {missing.Size} image is exported from a {missing.Width} px window, a width the chart pages' walk never takes: add it to PageSizes.");
        }

        return Sorted((await Once("pages chart-pages", () => WalkPagesAsync("chart-pages")))
            .Where(l => l.Exported || l.Finding.Kind == "status")
            .Select(l => $"{l.Where}: [{l.Finding.Kind}] {l.Finding.Message}"));
    }

    /// <summary>The exported image sizes taken from a chart page at this window width, checked as the page is now.</summary>
    private static async Task CheckExportsAsync(IPage page, string address, string key, int width, ConcurrentBag<Located> findings)
    {
        foreach (var (size, _) in ExportSizes.Where(s => s.Width == width))
        {
            var where = $"{address} {size} image from a {width} px window";
            JsonElement found;
            try
            {
                found = await page.EvaluateAsync<JsonElement>(
                    "([key, size]) => window.layoutCheck.exported(window.dashboardExport.layoutOf(document.querySelector(`.chart-card[data-chart-key='${key}']`), size))",
                    new object[] { key, size });
            }
            catch (PlaywrightException e)
            {
                // An image that cannot be laid out is the export test's finding; the page's own walk goes on.
                findings.Add(new Located(where, new LayoutFinding("export-error", e.Message.Split('\n')[0]), Exported: true));
                continue;
            }

            foreach (var f in LayoutCheck.Read(found))
            {
                findings.Add(new Located(where, f, Exported: true));
            }
        }
    }

    /// <summary>A finding and where it was seen ("address at size"); <paramref name="Exported"/> for an exported image's.</summary>
    private sealed record Located(string Where, LayoutFinding Finding, bool Exported = false);

    /// <summary>
    /// Each walk of the matrix (a page kind, a deck view, a handout) runs once per app and run: the tests that
    /// answer for a part of it (<c>SinceChartAndFocusLayoutTests</c>: the since chart's labels, the focus rings)
    /// read their findings from the same walk as <see cref="LayoutTests"/> instead of loading every page, size,
    /// language and currency again. A walk always looks for every kind of finding, focus included (the keyboard
    /// check runs after the layout check at each size); a test keeps the ones it answers for.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<Located>>>> Walks = new();

    private Task<IReadOnlyList<Located>> Once(string walk, Func<Task<IReadOnlyList<Located>>> run) =>
        Walks.GetOrAdd($"{browser.BaseAddress} {walk}", _ => new Lazy<Task<IReadOnlyList<Located>>>(run)).Value;

    private static List<string> Kept(IReadOnlyList<Located> findings, Func<LayoutFinding, bool>? keep, bool focus) =>
        Sorted(findings
            .Where(l => !l.Exported)
            .Where(l => l.Finding.Kind == "status"
                || ((focus || !l.Finding.Kind.StartsWith("focus-", StringComparison.Ordinal)) && (keep is null || keep(l.Finding))))
            .Select(l => l.Finding.Kind == "status" ? $"{l.Where}: {l.Finding.Message}" : $"{l.Where}: [{l.Finding.Kind}] {l.Finding.Message}"));

    private static List<string> Sorted(IEnumerable<string> findings) => findings.Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The findings as a failure message: how many of each kind, then the first 200; all of them are written to
    /// tests/artifacts/layout-{name}.txt.
    /// </summary>
    public static string Report(string name, IReadOnlyList<string> findings)
    {
        Directory.CreateDirectory(BrowserFixture.ArtifactsDirectory);
        var file = Path.Combine(BrowserFixture.ArtifactsDirectory, $"layout-{name}.txt");
        File.WriteAllLines(file, findings);
        var kinds = findings.Select(f => System.Text.RegularExpressions.Regex.Match(f, @"\[([a-z-]+)\]") is { Success: true } m ? m.Groups[1].Value : "status")
            .GroupBy(k => k).Select(g => $"{g.Count()} {g.Key}");
        var shown = findings.Take(200).Append(findings.Count > 200 ? $"… {findings.Count - 200} more in {file}" : $"(also in {file})");
        return $"{findings.Count} layout findings ({string.Join(", ", kinds)}):{Environment.NewLine}{string.Join(Environment.NewLine, shown)}";
    }
}
