using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.IntegrationTests.Briefing;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web;
using AwsKoreaDashboard.Web.Features.Charts;
using AwsKoreaDashboard.Web.Features.Charts.Previews;
using AwsKoreaDashboard.Web.Features.Urls;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.IntegrationTests.Charting;

/// <summary>
/// The chart images drawn on the server (/{lang}/{currency}/charts/{key}.png, ….thumb.png, ….slide.png,
/// /since/chart.png): real PNGs of their stated size with a chart in them, their titles really drawn in the reader's
/// language (read back with Debian's tesseract OCR), kept like pages (ETag, 304, the same bytes).
/// </summary>
[StartsEarly(40)]
public sealed partial class ChartImageTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();
    private readonly IReadOnlyList<string> _charts = shared.App.Data.Read("charts.json")["charts"]!.AsArray().Select(c => (string)c!["key"]!).ToList();

    public static TheoryData<string, string> Settings => new() { { "ko", "KRW" }, { "ko", "USD" }, { "en", "KRW" }, { "en", "USD" } };

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Every_chart_image_is_a_png_of_its_size_with_a_chart_drawn_in_it(string language, string currency)
    {
        var images = _charts.SelectMany(key => new[]
            {
                (Url: PreviewImageUrls.Chart(language, currency, key), Width: 1200, Height: 630),
                (Url: PreviewImageUrls.ChartThumbnail(language, currency, key), Width: 600, Height: 315),
                (Url: PreviewImageUrls.ChartSlide(language, currency, key), Width: 1920, Height: 1080),
            })
            .Append((Url: PreviewImageUrls.Since(language, currency), Width: 1200, Height: 630));

        foreach (var (url, width, height) in images)
        {
            var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var image = PngImage.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.True((image.Width, image.Height) == (width, height), $"{url} is {image.Width}×{image.Height}, not {width}×{height}");

            // Not blank: text and bars in several colours (anti-aliased text alone gives dozens of shades),
            // covering a real part of the card but far from all of it.
            var (colours, ink) = ColoursAndInk(image);
            Assert.True(colours >= 40, $"{url} has {colours} distinct colours");
            Assert.True(ink is > 0.03 and < 0.5, $"{url} has {ink:P1} of its pixels inked");
        }

        // Each image is drawn before it is sent, so what its drawing logged is there: no character lacks a glyph.
        Assert.DoesNotContain("font lacks", _app.LogEvents.Snapshot());
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_title_of_each_image_is_really_drawn_in_the_readers_language_as_OCR_reads_it(string language, string currency)
    {
        var images = new List<(string Url, string Title)>();
        foreach (var key in _charts)
        {
            using var json = JsonDocument.Parse(await _client.GetStringAsync($"/{language}/{currency}/exports/charts/{key}.json"));
            images.Add((PreviewImageUrls.Chart(language, currency, key), json.RootElement.GetProperty("title").GetString()!));
        }

        var since = SinceTitle().Match(await _client.GetStringAsync($"/{language}/{currency}/since")).Groups[1].Value;
        images.Add((PreviewImageUrls.Since(language, currency), WebUtility.HtmlDecode(since)));

        using var temp = new TempDirectory();
        var files = new List<string>();
        foreach (var (url, _) in images)
        {
            var file = temp.Combine($"{files.Count}-{Path.GetFileName(url)}");
            await File.WriteAllBytesAsync(file, await _client.GetByteArrayAsync(url));
            files.Add(file);
        }

        var pages = await OcrAsync(files, temp.Combine("images.txt"));
        var failures = new List<string>();
        foreach (var ((url, title), page) in images.Zip(pages))
        {
            var read = Squeeze(page);
            var words = Words(title).ToList();
            var found = words.Where(w => read.Contains(Squeeze(w), StringComparison.OrdinalIgnoreCase)).ToList();
            if (found.Count < Math.Ceiling(words.Count * 0.6))
            {
                failures.Add($"{url}: OCR found {found.Count} of the title's words {string.Join(" | ", words)} in “{read}”");
            }

            if (language == "ko" && read.Count(IsHangul) < 15)
            {
                failures.Add($"{url}: OCR read only {read.Count(IsHangul)} Hangul syllables in “{read}”");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// docs/chart-images.md: the thumbnail is the card line for line. Every text the renderer draws, in order, at
    /// both sizes: the same lines (nothing wrapped, shrunk or dropped differently), each at half the card's size
    /// and position. The card is built as the image endpoints build it, for a reader of this language and currency.
    /// </summary>
    [Theory]
    [MemberData(nameof(Settings))]
    public async Task The_thumbnail_is_the_card_line_for_line_at_half_size(string language, string currency)
    {
        using var scope = _app.Services.CreateScope();
        var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        request.Request.Path = $"/{language}/{currency}/charts/annual-pace.thumb.png";
        (request.Request.RouteValues["lang"], request.Request.RouteValues["currency"]) = (language, currency);
        scope.ServiceProvider.GetRequiredService<ReaderSettings>().Read(request);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(language), CultureInfo.GetCultureInfo(language));
        var charts = scope.ServiceProvider.GetRequiredService<ReaderCharts>();
        var renderer = scope.ServiceProvider.GetRequiredService<PreviewCardRenderer>();
        var siteName = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>()["SiteName"];

        var failures = new List<string>();
        foreach (var key in _charts)
        {
            var card = PreviewCard.For((await charts.ChartAsync(key))!, siteName);
            var big = renderer.DrawnTexts(card, PreviewSize.Card);
            var small = renderer.DrawnTexts(card, PreviewSize.Thumbnail);
            Assert.Contains(big, t => t.Text == card.Title || card.Title.StartsWith(t.Text, StringComparison.Ordinal));
            if (big.Count != small.Count || !big.Select(t => t.Text).SequenceEqual(small.Select(t => t.Text)))
            {
                failures.Add($"{key}: the card draws [{string.Join(" | ", big.Select(t => t.Text))}], the thumbnail [{string.Join(" | ", small.Select(t => t.Text))}]");
                continue;
            }

            failures.AddRange(big.Zip(small)
                .Where(p => p.First.Bold != p.Second.Bold || Math.Abs((p.First.Size / 2) - p.Second.Size) > 0.01
                    || Math.Abs((p.First.X / 2) - p.Second.X) > 0.5 || Math.Abs((p.First.Baseline / 2) - p.Second.Baseline) > 0.5)
                .Select(p => $"{key}: \"{p.First.Text}\" is {p.First.Size:0.#} px at ({p.First.X:0.#}, {p.First.Baseline:0.#}) on the card, {p.Second.Size:0.#} px at ({p.Second.X:0.#}, {p.Second.Baseline:0.#}) on the thumbnail"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task An_image_is_kept_like_a_page_with_an_etag_a_304_and_the_same_bytes()
    {
        var url = PreviewImageUrls.Chart("ko", "KRW", "annual-pace");
        var first = await _client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var second = await _client.SendAsync(request);

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(second.Content.Headers.ContentEncoding);
        // Like a page: browsers revalidate, a shared cache may keep it for a while (docs/deployment.md).
        Assert.StartsWith("public, max-age=0, s-maxage=", first.Headers.CacheControl?.ToString());

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await _client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/ko/KRW/charts/no-such-chart.png")]
    [InlineData("/en/USD/charts/no-such-chart.slide.png")]
    [InlineData("/ko/USD/charts/no-such-chart.thumb.png")]
    public async Task An_unknown_chart_has_no_image_but_the_not_found_page(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.InternalServerError)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task Without_its_font_the_app_answers_an_error_rather_than_an_image_of_empty_boxes(bool withFonts, HttpStatusCode expected)
    {
        // A font folder of its own (Dashboard:FontDirectory): empty, or holding the two files the build ships.
        using var fonts = new TempDirectory();
        if (withFonts)
        {
            foreach (var file in new[] { PreviewFonts.RegularFile, PreviewFonts.BoldFile })
            {
                File.Copy(Path.Combine(PreviewFonts.DefaultDirectory, file), fonts.Combine(file));
            }
        }

        using var bare = new DashboardApp();
        using var app = bare.WithWebHostBuilder(builder => builder.UseSetting("Dashboard:FontDirectory", fonts.Path));

        var response = await app.CreateClient().GetAsync(PreviewImageUrls.Chart("ko", "KRW", "annual-pace"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(withFonts, response.Content.Headers.ContentType?.MediaType == "image/png");
    }

    [GeneratedRegex("""id="since-chart-title">([^<]+)<""")]
    private static partial Regex SinceTitle();

    /// <summary>The title's words as OCR can be asked for them: letters and digits, two or more.</summary>
    private static IEnumerable<string> Words(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length >= 2);

    /// <summary>Letters and digits only: OCR's spacing and punctuation vary, the words do not.</summary>
    private static string Squeeze(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// What tesseract reads in each image, in the order given: one process for all of them (a list file as its
    /// input), with a form feed as its page separator. Tesseract 5 (Debian 12 and 13) writes the separator between
    /// one image's text and the next; tesseract 4 wrote it after each image, which leaves one empty piece at the end.
    /// One process instead of one per card: tesseract 11.0 s of processor time for the 18 cards of both languages
    /// before, 9.7 s after (docs/benchmarks.md, Round 15).
    /// </summary>
    private static async Task<IReadOnlyList<string>> OcrAsync(IReadOnlyList<string> files, string listFile)
    {
        await File.WriteAllLinesAsync(listFile, files);
        // Debian's tesseract is built with OpenMP, whose threads spin for work: one thread reads a card in about
        // 0.6 s of processor time, the default threads took 2.5 s (and 4.8 s of wall time on a busy machine).
        // --psm 4: one column of text of different sizes, as a card is; the default page segmentation misreads the bold title.
        // The separator is named, so that no configuration file can change it.
        var (output, error) = await ExternalTool.RunAsync(
            "tesseract",
            [listFile, "-", "-l", "kor+eng", "--psm", "4", "-c", "page_separator=\f"],
            new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        var pages = output.Split('\f');
        if (pages.Length == files.Count + 1 && string.IsNullOrWhiteSpace(pages[^1]))
        {
            pages = pages[..^1];
        }

        Assert.True(pages.Length == files.Count, $"tesseract read {pages.Length} pages from {files.Count} images ({error}): {output.Replace("\f", "[form feed]")}");
        return pages;
    }

    private static (int Colours, double Ink) ColoursAndInk(PngImage image)
    {
        // Every second pixel of every second row: the same answer for a card, at a quarter of the work.
        var colours = new HashSet<int>();
        var inked = 0;
        var background = image.Pixel(0, image.Height - 1);
        for (var y = 0; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                var pixel = image.Pixel(x, y);
                colours.Add((pixel.R << 16) | (pixel.G << 8) | pixel.B);
                if (Math.Abs(pixel.R - background.R) + Math.Abs(pixel.G - background.G) + Math.Abs(pixel.B - background.B) > 30)
                {
                    inked++;
                }
            }
        }

        return (colours.Count, inked / (image.Width / 2.0 * (image.Height / 2.0)));
    }
}
