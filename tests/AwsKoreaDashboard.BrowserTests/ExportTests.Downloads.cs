using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>What a reader downloads besides the chart images: print, CSV, the zip, the clipboard, the share link and the embed.</summary>
public sealed partial class ExportTests
{
    [Fact]
    public async Task Printing_from_the_dark_theme_puts_dark_labels_and_light_gridlines_on_white_paper()
    {
        const string key = "annual-pace";
        // The width of an A4 landscape page's printable area (297 mm less two 12 mm margins) in CSS pixels,
        // so the layout measured here is the printed one.
        await using var tab = await browser.NewPageAsync(width: 1032, height: 700);
        await tab.GotoAsync($"/charts/{key}?theme=dark");
        await tab.WaitForChartAsync(key);
        await tab.EmulatePrintAsync();
        var geometry = await tab.ChartCard(key).Locator("canvas").EvaluateAsync<JsonElement>(
            """
            canvas => {
              const chart = Chart.getChart(canvas);
              const rect = canvas.getBoundingClientRect();
              const ctx = document.createElement('canvas').getContext('2d');
              const labels = chart.scales.y.getLabelItems().map(item => {
                ctx.font = item.font.string;
                const lines = [].concat(item.label);
                const width = Math.max(...lines.map(l => ctx.measureText(l).width));
                const [x, y] = item.options.translation;
                return { left: x - width, right: x, top: y + item.textOffset - item.font.size / 2, bottom: y + item.textOffset + (lines.length - 0.5) * item.font.lineHeight };
              });
              const grid = chart.scales.x.ticks.map((_, i) => chart.scales.x.getPixelForTick(i));
              return { left: rect.left + window.scrollX, top: rect.top + window.scrollY, labels, grid, gridTop: chart.chartArea.top };
            }
            """);
        // Back to the screen (the charts draw dark again), then print as a reader would.
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Null });
        var pdf = await tab.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        var page = PngImage.Decode(await RasterizeFirstPdfPageAsync(pdf, dpi: 192));

        // 192 dpi is two device pixels a CSS pixel; the page margin is 12 mm.
        const double scale = 2;
        var margin = 12 / 25.4 * 96;
        int X(double cssX) => (int)Math.Round((margin + geometry.GetProperty("left").GetDouble() + cssX) * scale);
        int Y(double cssY) => (int)Math.Round((margin + geometry.GetProperty("top").GetDouble() + cssY) * scale);

        Assert.True(page.Luminance(X(4), Y(4)) > 240, $"the chart's background prints at luminance {page.Luminance(X(4), Y(4)):0}");
        var labels = geometry.GetProperty("labels").EnumerateArray().ToList();
        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            var darkest = page.DarkestIn(X(label.GetProperty("left").GetDouble()), Y(label.GetProperty("top").GetDouble()), X(label.GetProperty("right").GetDouble()), Y(label.GetProperty("bottom").GetDouble()));
            Assert.True(darkest < 110, $"a category label prints no darker than luminance {darkest:0}");
        }

        var gridTop = geometry.GetProperty("gridTop").GetDouble();
        foreach (var x in geometry.GetProperty("grid").EnumerateArray().Select(g => g.GetDouble()))
        {
            var line = page.DarkestIn(X(x) - 3, Y(gridTop + 1), X(x) + 3, Y(gridTop + 2));
            Assert.True(line is > 150 and < 252, $"a gridline prints at luminance {line:0}");
        }
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

        Assert.Equal($"aws-korea-{Chart}.ko.KRW.csv", name);
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
    public async Task Download_all_gives_one_zip_with_every_chart_as_png_and_svg_the_data_the_events_and_the_sources()
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

        var expected = keys.SelectMany(k => new[] { $"aws-korea-{k}.ko.KRW.slide@2x.png", $"aws-korea-{k}.ko.KRW.slide.svg" })
            .Concat(["aws-korea-figures.ko.csv", "aws-korea-events.ko.csv", "aws-korea-events.ko.json", "aws-korea-sources.ko.md"]).Order().ToList();
        Assert.Equal("aws-korea-charts.ko.zip", download.SuggestedFilename);
        Assert.Equal(expected, entries);
        // The follow-up events come as their own files, each row marked as not from the original article.
        using (var events = new StreamReader(zip.GetEntry("aws-korea-events.ko.csv")!.Open()))
        {
            var csv = await events.ReadToEndAsync();
            Assert.Contains("not_from_original_article", csv.Split('\n')[0]);
            Assert.Contains("https://www.koreaherald.com/article/10604137", csv);
        }
        using var png = zip.GetEntry($"aws-korea-{keys[0]}.ko.KRW.slide@2x.png")!.Open();
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
        await tab.GotoAsync($"/en/USD/charts/{Chart}");
        var card = tab.ChartCard(Chart);
        await card.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        await card.Locator("details.export > summary").ClickAsync();

        await card.GetByRole(AriaRole.Button, new() { Name = "Copy link to this chart" }).ClickAsync();
        var link = await card.Locator(".export__link").InputValueAsync();

        Assert.Equal($"{browser.BaseAddress.ToString().TrimEnd('/')}/en/USD/charts/{Chart}?view=table", link);
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

    private static async Task<byte[]> RasterizeFirstPdfPageAsync(byte[] pdf, int dpi)
    {
        var input = Path.GetTempFileName();
        var prefix = input + "-page";
        try
        {
            await File.WriteAllBytesAsync(input, pdf);
            await RunAsync("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, prefix);
            return await File.ReadAllBytesAsync(prefix + ".png");
        }
        finally
        {
            File.Delete(input);
            File.Delete(prefix + ".png");
        }
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
