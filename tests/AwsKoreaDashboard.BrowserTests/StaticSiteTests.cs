using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// One `export-site` of the repository's data, run as the built app's own process, shared by the tests of
/// <see cref="StaticSiteTests"/>: they only read the copy (exporting it took a busy two-core machine half a minute
/// a test).
/// </summary>
public sealed class StaticSiteExport : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string Site => _temp.Combine("site");

    public async Task InitializeAsync()
    {
        var data = new DataDirectoryCopy(_temp.Combine("data"));
        var result = await AppProcess.RunAsync(_temp.Path, AppProcess.Environment(data.Path, _temp.Combine("db", "dashboard.db"), _temp.Combine("logs")), "export-site", Site);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The exported static site opened from disk (file://), as on a laptop at an offline briefing.</summary>
[StartsEarly(14)]
public sealed class StaticSiteTests(BrowserFixture browser, StaticSiteExport export) : IClassFixture<BrowserFixture>, IClassFixture<StaticSiteExport>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_exported_site_works_from_disk_charts_switches_presentation_and_image_export()
    {
        var site = export.Site;
        await using var tab = await browser.NewPageAsync();

        await tab.Page.GotoAsync(new Uri(Path.Combine(site, "index.html")).ToString());
        // The root's meta refresh fires after its load; a busy two-core machine once took over 30 s to load the
        // dashboard it leads to, so the wait is generous (a wait, not a time limit on the product).
        await tab.Page.WaitForURLAsync("**/ko/KRW/index.html", new() { Timeout = 120_000 });
        await tab.WaitForAllChartsAsync();
        Assert.True(await tab.PaintedPixelsAsync("annual-pace") > 1000);

        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/en/KRW/index.html");
        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Dollars ($)" }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/en/USD/index.html");
        await Assertions.Expect(tab.Page.Locator(".kpi[data-figure='investment-2023-2027-krw'] .kpi__value")).ToHaveTextAsync("$5.88B");

        var zip = await tab.Page.RunAndWaitForDownloadAsync(
            () => tab.Page.GetByRole(AriaRole.Button, new() { Name = "Download all charts" }).ClickAsync(), new() { Timeout = 60_000 });
        Assert.Equal("aws-korea-charts.en.zip", zip.SuggestedFilename);
        var zipFile = _temp.Combine("download.zip");
        await zip.SaveAsAsync(zipFile);
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(zipFile);
            Assert.Contains(archive.Entries, e => e.FullName == "aws-korea-figures.en.csv" && e.Length > 1000);
            Assert.Contains(archive.Entries, e => e.FullName == "aws-korea-sources.en.md" && e.Length > 1000);
            Assert.Contains(archive.Entries, e => e.FullName == "aws-korea-events.en.csv" && e.Length > 1000);
            Assert.Contains(archive.Entries, e => e.FullName == "aws-korea-events.en.json" && e.Length > 1000);
        }

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Briefing", Exact = true }).ClickAsync();
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("2", await tab.Page.Locator(".deck").GetAttributeAsync("data-current"));

        await tab.Page.GotoAsync(new Uri(Path.Combine(site, "ko", "KRW", "charts", "annual-pace", "index.html")).ToString());
        await tab.WaitForChartAsync("annual-pace");
        await tab.ChartCard("annual-pace").Locator("details.export > summary").ClickAsync();
        foreach (var (control, name) in new[] { ("PNG 이미지 내려받기", "ko.KRW.slide@2x.png"), ("SVG 벡터 이미지 내려받기", "ko.KRW.slide.svg"), ("데이터 CSV 내려받기", "ko.csv") })
        {
            var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.ChartCard("annual-pace").Locator("button, a").GetByText(control).ClickAsync());
            // Images are named by the page; a data file opened from disk keeps its file's name (the copy has the
            // live site's layout, ko/KRW/exports/charts/annual-pace.csv; over HTTP the link's download name applies).
            Assert.Equal(name.EndsWith(".csv", StringComparison.Ordinal) ? "annual-pace.csv" : $"aws-korea-annual-pace.{name}", download.SuggestedFilename);
        }

        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task On_the_static_copy_the_theme_switch_and_a_readers_own_briefing_work_without_a_server()
    {
        var site = export.Site;
        await using var tab = await browser.NewPageAsync();
        await tab.Page.GotoAsync(new Uri(Path.Combine(site, "ko", "KRW", "index.html")).ToString());
        await tab.WaitForAllChartsAsync();

        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "어둡게" }).ClickAsync();
        Assert.Equal("dark", await tab.Page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("rgb(17, 21, 28)", await tab.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));

        await tab.ChartCard("it-budget-control").Locator("[data-briefing-toggle]").ClickAsync();
        await tab.ChartCard("investment-vs-previous").Locator("[data-briefing-toggle]").ClickAsync();
        await tab.Page.Locator("[data-briefing-present]").ClickAsync();
        await tab.Page.Locator(".deck[data-ready='true']").WaitForAsync();

        Assert.Equal("dark", await tab.Page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("4", await tab.Page.Locator(".deck").GetAttributeAsync("data-count"));
        await Assertions.Expect(tab.Page.Locator("[data-deck-total]")).ToHaveTextAsync("4");
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("it-budget-control", await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-chart-key"));
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("investment-vs-previous", await tab.Page.Locator(".slide.is-current .chart-card").GetAttributeAsync("data-chart-key"));
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Contains("slide--sources", await tab.Page.Locator(".slide.is-current").GetAttributeAsync("class"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task From_disk_the_chart_json_downloads_as_a_file_and_the_figures_list_filters()
    {
        var site = export.Site;
        await using var tab = await browser.NewPageAsync();
        var chartPage = new Uri(Path.Combine(site, "en", "USD", "charts", "annual-pace", "index.html")).ToString();
        await tab.Page.GotoAsync(chartPage);
        await tab.WaitForChartAsync("annual-pace");
        await tab.ChartCard("annual-pace").Locator("details.export > summary").ClickAsync();

        var download = await tab.Page.RunAndWaitForDownloadAsync(
            () => tab.ChartCard("annual-pace").GetByText("Download data as JSON").ClickAsync());

        Assert.Equal("aws-korea-annual-pace.en.USD.json", download.SuggestedFilename);
        var saved = _temp.Combine("annual-pace.json");
        await download.SaveAsAsync(saved);
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(site, "en", "USD", "exports", "charts", "annual-pace.json")),
            await File.ReadAllTextAsync(saved));
        using (var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(saved)))
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Object, json.RootElement.ValueKind);
        }

        // The page stayed where it was: the file was saved, not shown.
        Assert.Equal(chartPage, tab.Page.Url);

        await tab.Page.GotoAsync(new Uri(Path.Combine(site, "en", "USD", "figures", "index.html")).ToString());
        await tab.Page.GetByLabel("Search figures (name, value, quote)").FillAsync("zones");
        Assert.Equal(["korea-cloud-zones"], await FiguresFilterTests.VisibleFiguresAsync(tab.Page));
        await tab.Page.GetByLabel("Search figures (name, value, quote)").FillAsync("");
        await tab.Page.GetByLabel("Kind").SelectOptionAsync("derived");
        Assert.Equal("7 of 48 figures", await tab.Page.Locator("[data-figure-count]").TextContentAsync());
        Assert.Empty(tab.ConsoleErrors);
    }
}
