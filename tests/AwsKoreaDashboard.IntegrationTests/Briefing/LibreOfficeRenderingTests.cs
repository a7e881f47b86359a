using AwsKoreaDashboard.IntegrationTests.Tooling;
using AwsKoreaDashboard.Testing;
using Xunit.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>
/// A renderer no one here wrote: LibreOffice Impress turns the briefing deck into a PDF, and every chart page
/// must have its chart drawn where the chart sits. The PDFs are the ones <see cref="RenderedDecks"/> has
/// LibreOffice write for every deck, language and currency in one run (a LibreOffice start per deck was most of
/// this class's time). One rendered page is kept as a test artifact.
/// tests/run.sh installs libreoffice-impress-nogui and poppler-utils when they are missing.
/// </summary>
[StartsEarly(35)]
public sealed class LibreOfficeRenderingTests(RenderedDecks rendered, ITestOutputHelper output) : IClassFixture<RenderedDecks>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("ko", "USD")]
    [InlineData("en", "USD")]
    public async Task LibreOffice_draws_every_slide_of_the_briefing_deck_and_every_chart_where_the_chart_is(string language, string currency)
    {
        var rendering = await rendered.DeckAsync("briefing", language, currency);
        var name = $"aws-korea-briefing.{language}.{currency}";
        var pdf = rendering.PdfPath;

        await ExternalTool.RunAsync("pdftoppm", $"-r 60 -png {pdf} {_temp.Combine("page")}");
        var pages = Directory.GetFiles(_temp.Path, "page-*.png").Order().ToList();
        Assert.Equal(rendering.SlideCount, pages.Count);
        for (var i = 0; i < rendering.SlideCount; i++)
        {
            if (rendering.SlideChartKeys[i] is not { } key)
            {
                continue;
            }

            var image = PngImage.Decode(await File.ReadAllBytesAsync(pages[i]));
            var (drawn, highlighted, area) = ChartAreaPixels(image);
            output.WriteLine($"page {i + 1} ({key}): {drawn} of {area} chart-area pixels drawn, {highlighted} in the highlight colour");
            Assert.True(drawn > area / 100, $"page {i + 1} ({key}): only {drawn} of {area} pixels drawn in the chart's area");
            Assert.True(highlighted > 0, $"page {i + 1} ({key}): nothing in the highlight colour (Korea) in the chart's area");
        }

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var kept = Path.Combine(artifacts, $"{name}.slide-2.png");
        File.Copy(pages[1], kept, overwrite: true);
        File.Copy(pdf, Path.Combine(artifacts, $"{name}.pdf"), overwrite: true);
        File.Copy(rendering.PptxPath, Path.Combine(artifacts, $"{name}.pptx"), overwrite: true);
        output.WriteLine($"Rendered slide 2 kept at {kept}");
        Console.WriteLine($"Rendered slide 2 kept at {kept}");
    }

    [Fact]
    public async Task LibreOffice_draws_the_since_2023_deck_with_the_since_chart_where_the_chart_is()
    {
        var rendering = await rendered.DeckAsync("since-2023", "en", "USD");
        const string name = "aws-korea-since-2023.en.USD";
        var pdf = rendering.PdfPath;
        Assert.Equal(rendering.SlideCount, rendering.Pages.Count);

        var since = rendering.SlideChartKeys.ToList().IndexOf("since-commitments");
        Assert.True(since > 0, "the deck has no since slide");
        await ExternalTool.RunAsync("pdftoppm", $"-r 60 -png -f {since + 1} -l {since + 1} {pdf} {_temp.Combine("since")}");
        var page = Assert.Single(Directory.GetFiles(_temp.Path, "since-*.png"));
        var (drawn, highlighted, area) = ChartAreaPixels(PngImage.Decode(await File.ReadAllBytesAsync(page)));
        output.WriteLine($"page {since + 1} (since-commitments): {drawn} of {area} chart-area pixels drawn, {highlighted} in the highlight colour");
        Assert.True(drawn > area / 100, $"only {drawn} of {area} pixels drawn in the since chart's area");
        // The follow-up bars are in the highlight colour, the article's in the neutral one.
        Assert.True(highlighted > area / 200, $"only {highlighted} pixels of the follow-up bars' colour in the chart's area");

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var kept = Path.Combine(artifacts, $"{name}.since-slide.png");
        File.Copy(page, kept, overwrite: true);
        File.Copy(pdf, Path.Combine(artifacts, $"{name}.pdf"), overwrite: true);
        output.WriteLine($"Rendered since slide kept at {kept}");
    }

    /// <summary>Pixels in the chart's frame that are not the white background, and those in the highlight colour (#C24E00).</summary>
    private static (int Drawn, int Highlighted, int Area) ChartAreaPixels(PngImage image)
    {
        int drawn = 0, highlighted = 0, area = 0;
        for (var y = (int)(image.Height * ChartFrame.Top); y < (int)(image.Height * ChartFrame.Bottom); y++)
        {
            for (var x = (int)(image.Width * ChartFrame.Left); x < (int)(image.Width * ChartFrame.Right); x++)
            {
                var (r, g, b, _) = image.Pixel(x, y);
                area++;
                if (Math.Max(255 - r, Math.Max(255 - g, 255 - b)) > 40)
                {
                    drawn++;
                }

                if (Math.Abs(r - 0xC2) < 24 && Math.Abs(g - 0x4E) < 24 && Math.Abs(b - 0x00) < 24)
                {
                    highlighted++;
                }
            }
        }

        return (drawn, highlighted, area);
    }

}
