using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>What a reader downloads: real files, decoded and parsed.</summary>
[StartsEarly(107)]
public sealed partial class ExportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Chart = "cloud-adoption-oecd";

    [Fact]
    public async Task The_png_at_2x_is_the_slide_size_opaque_not_blank_and_carries_its_title_band()
    {
        await using var tab = await OpenChartExportAsync();

        var (name, bytes) = await DownloadAsync(tab, "PNG 이미지 내려받기");
        var png = PngImage.Decode(bytes);

        Assert.Equal($"aws-korea-{Chart}.ko.KRW.slide@2x.png", name);
        Assert.Equal((3840, 2160), (png.Width, png.Height));
        var background = png.Pixel(2, 2);
        Assert.Equal((255, 255, 255, 255), background);
        Assert.True(Enumerable.Range(0, png.Width * png.Height).All(i => png.Rgba[(i * 4) + 3] == 255), "the image has transparent pixels");
        var painted = CountDifferent(png, background, 0, png.Height);
        Assert.True(painted > png.Width * png.Height / 50, $"only {painted} pixels differ from the background");
        // The same export with the chart's title emptied: the top of the image must change where the title was.
        // (Counting ink in the top band alone is not enough: without a title the subtitle moves up into it.)
        // The image takes its title from the card as the reader sees it (and the chart's data as a fallback): empty both.
        await tab.ChartCard(Chart).EvaluateAsync(
            "c => { c.querySelector('.chart-card__title').textContent = ''; const s = c.querySelector('script.chart-data'); const data = JSON.parse(s.textContent); data.title = ''; s.textContent = JSON.stringify(data); }");
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

        Assert.Equal($"aws-korea-{Chart}.ko.KRW.slide.svg", name);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(texts, t => t.Contains("한국 기업의 클라우드 이용률은"));
        Assert.Contains("28%", texts);
        Assert.Contains(texts, t => t.StartsWith("출처: 한국경제, 2023-10-12"));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "path");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Attribute("font-weight")?.Value == "700");
        // Building the SVG must not trip the page's Content-Security-Policy.
        Assert.Empty(tab.ConsoleErrors);
    }

    [Theory]
    [InlineData("en", "USD", "square", 1440)]
    [InlineData("en", "KRW", "square", 1440)]
    [InlineData("ko", "KRW", "square", 1440)]
    [InlineData("en", "USD", "slide", 1440)]
    [InlineData("en", "USD", "page", 1440)]
    // A page image from a phone is 480 px wide: the takeaway takes five lines there.
    [InlineData("en", "USD", "page", 390)]
    [InlineData("ko", "KRW", "page", 390)]
    public async Task An_exported_image_holds_every_word_of_its_texts_and_never_an_ellipsis(string language, string currency, string size, int viewport)
    {
        const string Key = "economic-effects";
        await using var tab = await browser.NewPageAsync(width: viewport, height: 900);
        await tab.GotoAsync($"/{language}/{currency}/charts/{Key}");
        await tab.WaitForChartAsync(Key);
        var card = tab.ChartCard(Key);
        await card.Locator("details.export > summary").ClickAsync();
        await card.Locator(".export__size").SelectOptionAsync(size);
        await card.Locator(".export__scale").SelectOptionAsync("1");

        var png = PngImage.Decode((await DownloadAsync(tab, Key, "png")).Bytes);
        var layout = await ExportLayoutAsync(tab, Key);
        var blocks = layout.GetProperty("blocks");
        string Joined(JsonElement block) => string.Join(" ", block.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(Squash(await card.Locator(".chart-card__takeaway").TextContentAsync()), Joined(blocks.GetProperty("takeaway")));
        Assert.Equal(Squash(await card.Locator(".chart-card__title").TextContentAsync()), Joined(blocks.GetProperty("title")));
        var everyLine = new[] { "title", "subtitle", "takeaway", "source" }.Select(b => blocks.GetProperty(b))
            .Concat(blocks.GetProperty("notes").EnumerateArray())
            .SelectMany(b => b.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!));
        Assert.DoesNotContain(everyLine, line => line.EndsWith('…'));
        Assert.Equal((layout.GetProperty("width").GetInt32(), layout.GetProperty("height").GetInt32()), (png.Width, png.Height));
    }

    [Theory]
    [InlineData("ko", "KRW", "square", 1)]
    [InlineData("en", "USD", "page", 4)]
    [InlineData("ko", "USD", "slide", 2)]
    public async Task An_image_is_named_for_its_chart_language_currency_size_and_scale(string language, string currency, string size, int scale)
    {
        await using var tab = await OpenChartExportAsync("annual-pace", language, currency);
        var card = tab.ChartCard("annual-pace");
        await card.Locator(".export__size").SelectOptionAsync(size);
        await card.Locator(".export__scale").SelectOptionAsync(scale.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var png = await DownloadAsync(tab, "annual-pace", "png");
        var svg = await DownloadAsync(tab, "annual-pace", "svg");

        Assert.Equal($"aws-korea-annual-pace.{language}.{currency}.{size}@{scale}x.png", png.Name);
        Assert.Equal($"aws-korea-annual-pace.{language}.{currency}.{size}.svg", svg.Name);
    }

    [Theory]
    [InlineData("slide", 1920, 1080, "ko", "KRW")]
    [InlineData("square", 1080, 1080, "ko", "KRW")]
    [InlineData("slide", 1920, 1080, "en", "USD")]
    [InlineData("square", 1080, 1080, "en", "USD")]
    public async Task Slide_and_square_images_set_type_and_bars_for_a_room_not_for_a_web_card(string size, int width, int height, string language, string currency)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/?culture={language}&currency={currency}");
        await tab.WaitForAllChartsAsync();
        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");
        var problems = new List<string>();

        foreach (var key in keys)
        {
            var card = tab.ChartCard(key);
            await card.Locator("details.export > summary").ClickAsync();
            await card.Locator(".export__size").SelectOptionAsync(size);
            await card.Locator(".export__scale").SelectOptionAsync("1");
            var png = PngImage.Decode((await DownloadAsync(tab, key, "png")).Bytes);
            var layout = await ExportLayoutAsync(tab, key);
            var fonts = layout.GetProperty("fonts");
            var bars = layout.GetProperty("bars");

            Assert.Equal((width, height), (png.Width, png.Height));
            Assert.Equal((width, height), (layout.GetProperty("width").GetInt32(), layout.GetProperty("height").GetInt32()));
            if (fonts.GetProperty("title").GetDouble() < 56)
            {
                problems.Add($"{key}: title at {fonts.GetProperty("title")} px");
            }

            foreach (var text in new[] { "subtitle", "takeaway", "note", "source", "chart" })
            {
                if (fonts.GetProperty(text).GetDouble() < 28)
                {
                    problems.Add($"{key}: {text} at {fonts.GetProperty(text)} px");
                }
            }

            foreach (var label in new[] { "categoryLabels", "valueTicks", "valueLabels" })
            {
                if (bars.GetProperty(label).GetDouble() < 28)
                {
                    problems.Add($"{key}: chart {label} drawn at {bars.GetProperty(label)} px");
                }
            }

            // A range is one arrow-carrying bar (its own test checks it); every other bar fills half its band.
            var thickness = bars.GetProperty("thickness").GetDouble();
            var band = bars.GetProperty("band").GetDouble();
            if (key != "renewable-target-year" && thickness < band / 2)
            {
                problems.Add($"{key}: bars {thickness:0} px thick in {band:0} px bands");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("annual-pace", "ko", "KRW")]
    [InlineData("annual-pace", "en", "KRW")]
    [InlineData("economic-effects", "ko", "USD")]
    [InlineData("economic-effects", "en", "USD")]
    public async Task Images_carry_the_cards_title_note_and_conversion_rate_lines(string key, string language, string currency)
    {
        // Both charts have a note, and draw amounts converted into the reader's currency: annual-pace has
        // dollar figures only, economic-effects won figures only.
        await using var tab = await OpenChartExportAsync(key, language, currency);
        var card = tab.ChartCard(key);
        var title = Squash(await card.Locator(".chart-card__title").TextContentAsync());
        var lines = (await card.Locator("[data-export-line]").AllTextContentsAsync()).Select(Squash).ToList();
        var rate = Squash(await card.Locator("[data-export-line='rate']").TextContentAsync());

        var svg = XDocument.Parse(Encoding.UTF8.GetString((await DownloadAsync(tab, key, "svg")).Bytes));
        var svgText = Squash(string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)));
        await DownloadAsync(tab, key, "png");
        var pngLayout = await ExportLayoutAsync(tab, key);
        string Lines(string block) => Squash(string.Join(" ", pngLayout.GetProperty("blocks").GetProperty(block).GetProperty("lines").EnumerateArray().Select(l => l.GetString())));
        var pngNotes = pngLayout.GetProperty("blocks").GetProperty("notes").EnumerateArray()
            .Select(n => Squash(string.Join(" ", n.GetProperty("lines").EnumerateArray().Select(l => l.GetString())))).ToList();

        Assert.Contains("1,335", rate);
        Assert.Equal(2, lines.Count);
        Assert.Contains(title, svgText);
        Assert.Equal(title, Lines("title"));
        foreach (var line in lines)
        {
            Assert.Contains(line, svgText);
        }

        Assert.Equal(lines, pngNotes);
    }

    [Fact]
    public async Task The_svg_has_explicit_baselines_no_undefined_attributes_and_a_font_stack_every_system_has()
    {
        await using var tab = await OpenChartExportAsync("renewable-target-year", "ko", "KRW");

        var raw = Encoding.UTF8.GetString((await DownloadAsync(tab, "renewable-target-year", "svg")).Bytes);
        var texts = XDocument.Parse(raw).Descendants().Where(e => e.Name.LocalName == "text").ToList();

        Assert.DoesNotContain("dominant-baseline", raw);
        Assert.DoesNotContain("\"undefined\"", raw);
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.EndsWith("\"Noto Sans CJK KR\", \"Apple SD Gothic Neo\", \"Malgun Gothic\", sans-serif", t.Attribute("font-family")?.Value));
    }

    [Fact]
    public async Task Every_svg_draws_the_same_in_librsvg_as_in_chromium()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/?culture=ko&currency=KRW");
        await tab.WaitForAllChartsAsync();
        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");
        var differences = new List<string>();
        // One tab draws every SVG, as a reader's browser would open the files one after another.
        await using var viewer = await browser.NewPageAsync(1920, 1080);

        foreach (var key in keys)
        {
            await tab.ChartCard(key).Locator("details.export > summary").ClickAsync();
            var svg = (await DownloadAsync(tab, key, "svg")).Bytes;
            var librsvg = PngImage.Decode(await RenderWithLibrsvgAsync(svg, 1920, 1080));
            var chromium = PngImage.Decode(await RenderWithChromiumAsync(viewer, svg, 1920, 1080));

            // Drawn the same, at most 0.3% of the blocks differ (a glyph's hinting); text placed by
            // dominant-baseline, which librsvg ignores, made 0.5–1.2% differ.
            var share = librsvg.ShareOfBlocksThatDiffer(chromium, block: 8, tolerance: 24);
            if (share > 0.003)
            {
                differences.Add($"{key}: {share:P2} of 8×8 blocks differ");
                await File.WriteAllBytesAsync(Path.Combine(Artifacts(), $"{key}.svg"), svg);
            }
        }

        Assert.Empty(differences);
    }

    private async Task<BrowserPage> OpenChartExportAsync()
    {
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/charts/{Chart}");
        await tab.WaitForChartAsync(Chart);
        await tab.ChartCard(Chart).Locator("details.export > summary").ClickAsync();
        return tab;
    }

    private async Task<BrowserPage> OpenChartExportAsync(string key, string language, string currency)
    {
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/charts/{key}?culture={language}&currency={currency}");
        await tab.WaitForChartAsync(key);
        await tab.ChartCard(key).Locator("details.export > summary").ClickAsync();
        return tab;
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(BrowserPage tab, string key, string action)
    {
        var download = await tab.Page.RunAndWaitForDownloadAsync(
            () => tab.ChartCard(key).Locator($"[data-export='{action}']").ClickAsync(),
            new() { Timeout = 30_000 });
        return (download.SuggestedFilename, await ReadAsync(download));
    }

    private static async Task<JsonElement> ExportLayoutAsync(BrowserPage tab, string key) =>
        JsonDocument.Parse(await tab.ChartCard(key).GetAttributeAsync("data-export-layout") ?? "{}").RootElement;

    private static string Squash(string? text) => System.Text.RegularExpressions.Regex.Replace(text ?? "", @"\s+", " ").Trim();

    private static string Artifacts()
    {
        Directory.CreateDirectory(BrowserFixture.ArtifactsDirectory);
        return BrowserFixture.ArtifactsDirectory;
    }

    private static async Task<byte[]> RenderWithLibrsvgAsync(byte[] svg, int width, int height)
    {
        var input = Path.GetTempFileName();
        var output = input + ".png";
        try
        {
            await File.WriteAllBytesAsync(input, svg);
            await RunAsync("rsvg-convert", "-w", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", output, input);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static async Task<byte[]> RenderWithChromiumAsync(BrowserPage tab, byte[] svg, int width, int height)
    {
        await tab.Page.SetContentAsync(
            $"<!doctype html><style>html,body{{margin:0}}img{{display:block}}</style><img width={width} height={height} src=\"data:image/svg+xml;base64,{Convert.ToBase64String(svg)}\">");
        await tab.Page.Locator("img").EvaluateAsync("img => img.decode()");
        return await tab.Page.ScreenshotAsync(new() { Clip = new() { X = 0, Y = 0, Width = width, Height = height } });
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException($"{program} did not start: tests/run.sh installs it");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {errors}");
        }
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
}
