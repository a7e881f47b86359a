using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>What a reader downloads: real files, decoded and parsed.</summary>
public sealed class ExportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Chart = "cloud-adoption-oecd";

    [Fact]
    public async Task The_png_at_2x_is_the_slide_size_opaque_not_blank_and_carries_its_title_band()
    {
        await using var tab = await OpenChartExportAsync();

        var (name, bytes) = await DownloadAsync(tab, "PNG 이미지 내려받기");
        var png = PngImage.Decode(bytes);

        Assert.Equal($"aws-korea-{Chart}.ko.png", name);
        Assert.Equal((3840, 2160), (png.Width, png.Height));
        var background = png.Pixel(2, 2);
        Assert.Equal((255, 255, 255, 255), background);
        Assert.True(Enumerable.Range(0, png.Width * png.Height).All(i => png.Rgba[(i * 4) + 3] == 255), "the image has transparent pixels");
        var painted = CountDifferent(png, background, 0, png.Height);
        Assert.True(painted > png.Width * png.Height / 50, $"only {painted} pixels differ from the background");
        // The same export with the chart's title emptied: the top of the image must change where the title was.
        // (Counting ink in the top band alone is not enough: without a title the subtitle moves up into it.)
        await tab.ChartCard(Chart).Locator("script.chart-data").EvaluateAsync(
            "s => { const data = JSON.parse(s.textContent); data.title = ''; s.textContent = JSON.stringify(data); }");
        var untitled = PngImage.Decode((await DownloadAsync(tab, "PNG 이미지 내려받기")).Bytes);
        var titleRows = png.Height / 12;
        var changed = Enumerable.Range(0, png.Width * titleRows).Count(i => png.Rgba[i * 4] != untitled.Rgba[i * 4]);
        Assert.True(changed > 10_000, $"only {changed} pixels of the title rows change when the title is removed");
    }

    [Fact]
    public async Task The_png_at_4x_is_twice_the_size_of_2x()
    {
        await using var tab = await OpenChartExportAsync();
        await SelectAsync(tab, "이미지 크기", "square");

        await SelectAsync(tab, "배율", "2");
        var twice = PngImage.Decode((await DownloadAsync(tab, "PNG 이미지 내려받기")).Bytes);
        await SelectAsync(tab, "배율", "4");
        var four = PngImage.Decode((await DownloadAsync(tab, "PNG 이미지 내려받기")).Bytes);

        Assert.Equal((2160, 2160), (twice.Width, twice.Height));
        Assert.Equal((twice.Width * 2, twice.Height * 2), (four.Width, four.Height));
    }

    [Fact]
    public async Task The_dark_theme_png_has_the_dark_background()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/charts/{Chart}?theme=dark");
        await tab.WaitForChartAsync(Chart);
        await tab.ChartCard(Chart).Locator("details.export > summary").ClickAsync();

        var png = PngImage.Decode((await DownloadAsync(tab, "PNG 이미지 내려받기")).Bytes);

        Assert.Equal((17, 21, 28, 255), png.Pixel(2, 2));
    }

    [Fact]
    public async Task The_svg_parses_as_xml_with_the_title_and_the_values_as_text()
    {
        await using var tab = await OpenChartExportAsync();

        var (name, bytes) = await DownloadAsync(tab, "SVG 벡터 이미지 내려받기");
        var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();

        Assert.Equal($"aws-korea-{Chart}.ko.svg", name);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(texts, t => t.Contains("한국 기업의 클라우드 이용률은"));
        Assert.Contains("28%", texts);
        Assert.Contains(texts, t => t.StartsWith("출처: 한국경제, 2023-10-12"));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "path");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Attribute("font-weight")?.Value == "700");
        // Building the SVG must not trip the page's Content-Security-Policy.
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_csv_parses_and_its_values_equal_the_api()
    {
        await using var tab = await OpenChartExportAsync();

        var (name, bytes) = await DownloadAsync(tab, "데이터 CSV 내려받기");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };

        Assert.Equal($"aws-korea-{Chart}.ko.csv", name);
        Assert.Equal(3, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var figure = await http.GetFromJsonAsync<JsonElement>($"/api/figures/{row[header.IndexOf("figure")]}");
            Assert.Equal(figure.GetProperty("value").GetDouble(), double.Parse(row[header.IndexOf("value")], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(figure.GetProperty("unit").GetString(), row[header.IndexOf("unit")]);
            Assert.Equal(figure.GetProperty("citation").GetProperty("quote").GetString(), row[header.IndexOf("quote")]);
            Assert.Equal(figure.GetProperty("citation").GetProperty("url").GetString(), row[header.IndexOf("url")]);
        }
    }

    [Fact]
    public async Task Download_all_gives_one_zip_with_every_chart_as_png_and_svg_the_data_and_the_sources()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.WaitForAllChartsAsync();
        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");

        var download = await tab.Page.RunAndWaitForDownloadAsync(
            () => tab.Page.GetByRole(AriaRole.Button, new() { Name = "모든 차트 내려받기" }).ClickAsync(),
            new() { Timeout = 60_000 });
        using var zip = new ZipArchive(new MemoryStream(await ReadAsync(download)));
        var entries = zip.Entries.Select(e => e.FullName).Order().ToList();

        var expected = keys.SelectMany(k => new[] { $"aws-korea-{k}.ko.png", $"aws-korea-{k}.ko.svg" })
            .Concat(["aws-korea-figures.ko.csv", "aws-korea-sources.ko.md"]).Order().ToList();
        Assert.Equal("aws-korea-charts.ko.zip", download.SuggestedFilename);
        Assert.Equal(expected, entries);
        using var png = zip.GetEntry($"aws-korea-{keys[0]}.ko.png")!.Open();
        using var buffer = new MemoryStream();
        await png.CopyToAsync(buffer);
        Assert.Equal(3840, PngImage.Decode(buffer.ToArray()).Width);
    }

    [Fact]
    public async Task Copy_image_with_clipboard_permission_puts_the_png_on_the_clipboard_and_says_so()
    {
        await using var tab = await browser.NewPageAsync(permissions: ["clipboard-read", "clipboard-write"]);
        await tab.GotoAsync($"/charts/{Chart}");
        await tab.WaitForChartAsync(Chart);
        await tab.ChartCard(Chart).Locator("details.export > summary").ClickAsync();
        var status = tab.ChartCard(Chart).Locator(".export__status");

        await tab.ChartCard(Chart).GetByRole(AriaRole.Button, new() { Name = "이미지 복사" }).ClickAsync();

        await Assertions.Expect(status).ToHaveTextAsync("클립보드에 복사했습니다.");
        var types = await tab.Page.EvaluateAsync<string[]>("async () => (await navigator.clipboard.read()).flatMap(item => item.types)");
        Assert.Contains("image/png", types);
    }

    [Fact]
    public async Task The_share_link_carries_language_currency_and_view_and_opens_that_state()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/charts/{Chart}?culture=en&currency=USD");
        var card = tab.ChartCard(Chart);
        await card.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        await card.Locator("details.export > summary").ClickAsync();

        await card.GetByRole(AriaRole.Button, new() { Name = "Copy link to this chart" }).ClickAsync();
        var link = await card.Locator(".export__link").InputValueAsync();

        Assert.Equal($"{browser.BaseAddress.ToString().TrimEnd('/')}/charts/{Chart}?culture=en&currency=USD&view=table", link);
        await using var other = await browser.NewPageAsync();
        await other.GotoAsync(link);
        await Assertions.Expect(other.ChartCard(Chart).Locator("table.chart-table")).ToBeVisibleAsync();
        Assert.Equal("en", await other.Page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task The_embed_page_renders_inside_an_iframe_on_another_origin_and_other_pages_refuse_framing()
    {
        await using var tab = await browser.NewPageAsync();
        var embed = new Uri(browser.BaseAddress, $"/embed/charts/{Chart}");
        var dashboard = new Uri(browser.BaseAddress, $"/charts/{Chart}");
        await using var blog = await OtherOriginSite.StartAsync(
            $"<!doctype html><title>A blog</title><iframe id=embed src=\"{embed}\" width=800 height=600></iframe><iframe id=page src=\"{dashboard}\" width=800 height=600></iframe>");
        Assert.NotEqual(blog.Address.Authority, browser.BaseAddress.Authority);

        await tab.Page.GotoAsync(blog.Address.ToString());
        var frame = tab.Page.FrameLocator("#embed");
        await frame.Locator($"#chart-{Chart}[data-rendered='true']").WaitForAsync(new() { Timeout = 10_000 });

        await Assertions.Expect(frame.Locator("h1")).ToHaveTextAsync("한국 기업의 클라우드 이용률은 OECD 평균보다 17%p 낮다");
        Assert.StartsWith("출처: 한국경제", (await frame.Locator(".source-line").TextContentAsync())!.Trim());
        Assert.Equal(0, await frame.Locator(".site-header, .export, .fact-panel").CountAsync());
        var pageFrame = tab.Page.Frames.FirstOrDefault(f => f.Url.StartsWith(dashboard.ToString()));
        var framedContent = pageFrame is null ? 0 : await pageFrame.Locator(".chart-card").CountAsync();
        Assert.Equal(0, framedContent);
    }

    [Fact]
    public async Task Printing_the_dashboard_gives_one_chart_per_page_without_controls()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.WaitForAllChartsAsync();
        var charts = await tab.ChartCards.CountAsync();

        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var hidden = await tab.Page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.site-header, .chart-card__controls, .export, .fact-panel, .export-all')].every(e => getComputedStyle(e).display === 'none')");
        var citations = await tab.Page.Locator(".print-citation").First.IsVisibleAsync();
        var pdf = await tab.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        var pages = CountPdfPages(pdf);

        Assert.True(hidden, "controls are visible in print");
        Assert.True(citations, "the full citation is not printed");
        Assert.Equal(1 + charts, pages);
    }

    private async Task<BrowserPage> OpenChartExportAsync()
    {
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/charts/{Chart}");
        await tab.WaitForChartAsync(Chart);
        await tab.ChartCard(Chart).Locator("details.export > summary").ClickAsync();
        return tab;
    }

    private static Task SelectAsync(BrowserPage tab, string label, string value) =>
        tab.ChartCard(Chart).GetByLabel(label).SelectOptionAsync(value);

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(BrowserPage tab, string control)
    {
        var download = await tab.Page.RunAndWaitForDownloadAsync(
            () => tab.ChartCard(Chart).GetByRole(AriaRole.Button, new() { Name = control }).Or(tab.ChartCard(Chart).GetByRole(AriaRole.Link, new() { Name = control })).ClickAsync(),
            new() { Timeout = 30_000 });
        return (download.SuggestedFilename, await ReadAsync(download));
    }

    private static async Task<byte[]> ReadAsync(IDownload download)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static int CountDifferent(PngImage png, (byte R, byte G, byte B, byte A) background, int fromRow, int toRow)
    {
        var count = 0;
        for (var y = fromRow; y < toRow; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                if (png.Pixel(x, y) != background)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString().TrimEnd('\r')); cell.Clear(); rows.Add(row); row = []; }
            else { cell.Append(c); }
        }

        return rows;
    }

    private static int CountPdfPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
}
