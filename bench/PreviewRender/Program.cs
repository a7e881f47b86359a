// The chart images' render benchmark: every chart image of both languages and currencies drawn in this process
// from the real data (an in-process app on a temp SQLite file), as the app draws them, with drawing and PNG
// encoding timed apart. Run by bench/previews.sh; on its own:
//   dotnet build -c Release bench/PreviewRender && dotnet bench/PreviewRender/bin/Release/net10.0/PreviewRender.dll [rounds, default 5]
//   … PreviewRender.dll --write DIR   (every image as a file, to compare two builds pixel by pixel)
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SkiaSharp;

// WebApplicationFactory finds the app's content root through the manifest next to this program.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var write = args.Length == 2 && args[0] == "--write" ? Path.GetFullPath(args[1], Environment.GetEnvironmentVariable("PWD") ?? ".") : null;
var rounds = write is null && args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;

using var app = new DashboardApp();
app.CreateClient().Dispose();
var cards = await CardsAsync(app);
using var fonts = new PreviewFonts(PreviewFonts.DefaultDirectory);
var renderer = new PreviewCardRenderer(fonts);

if (write is not null)
{
    Directory.CreateDirectory(write);
    foreach (var (name, card, size) in cards)
    {
        await File.WriteAllBytesAsync(Path.Combine(write, name.Replace('/', '_') + size.Suffix + ".png"), renderer.Render(card, size));
    }

    Console.WriteLine($"Wrote {cards.Count} images to {write}");
    return;
}

// The first render of the process: the fonts' first load, the JIT, Skia's first glyphs.
var started = Stopwatch.GetTimestamp();
renderer.Render(cards[0].Card, cards[0].Size);
var first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
foreach (var (_, card, size) in cards)
{
    renderer.Render(card, size);
}

var times = new Dictionary<string, List<double>>();
void Add(string what, PreviewSize size, long from) =>
    (times.TryGetValue($"{what} {size.Width}×{size.Height}", out var list) ? list : times[$"{what} {size.Width}×{size.Height}"] = []).Add(Stopwatch.GetElapsedTime(from).TotalMilliseconds);
var bytes = new Dictionary<string, long>();
for (var round = 0; round < rounds; round++)
{
    foreach (var (_, card, size) in cards)
    {
        var render = Stopwatch.GetTimestamp();
        using var image = renderer.Draw(card, size);
        Add("draw", size, render);
        var encode = Stopwatch.GetTimestamp();
        var png = PreviewCardRenderer.Encode(image);
        Add("encode", size, encode);
        Add("draw + encode", size, render);

        // For comparison: the same pixels with Skia's default PNG settings (every filter on every row, zlib 6).
        var before = Stopwatch.GetTimestamp();
        using var defaultPng = image.Encode(SKEncodedImageFormat.Png, 100);
        Add("encode with Skia's defaults", size, before);
        if (round == 0)
        {
            bytes[$"{size.Width}×{size.Height}"] = bytes.GetValueOrDefault($"{size.Width}×{size.Height}") + png.Length;
            bytes[$"{size.Width}×{size.Height} with Skia's defaults"] = bytes.GetValueOrDefault($"{size.Width}×{size.Height} with Skia's defaults") + defaultPng.Size;
        }
    }
}

var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
Console.WriteLine($"{cards.Count} images ({cards.Count(c => c.Size == PreviewSize.Card)} cards), {rounds} rounds, load average {string.Join(' ', load)}");
Console.WriteLine($"first render in the process (fonts, JIT): {first:0.0} ms");
foreach (var (what, list) in times)
{
    Console.WriteLine($"{what,-44} p50 {Percentile(list, .5),6:0.0} ms   p95 {Percentile(list, .95),6:0.0} ms   ({list.Count})");
}

foreach (var (what, total) in bytes)
{
    Console.WriteLine($"all images {what,-34} {total / 1024,6} KB");
}

Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "bench", "results"));
await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Root, "bench", "results", "preview-render.json"), JsonSerializer.Serialize(new
{
    load = string.Join(' ', load),
    rounds,
    firstMs = first,
    ms = times.ToDictionary(t => t.Key, t => new { p50 = Percentile(t.Value, .5), p95 = Percentile(t.Value, .95), n = t.Value.Count }),
    bytes,
}, new JsonSerializerOptions { WriteIndented = true }));

static double Percentile(List<double> values, double q)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Round(q * (sorted.Count - 1))];
}

// Every chart at each of its sizes (card, thumbnail, slide) and the since chart's card, per language and currency,
// as the image endpoints build them (PreviewImages.cs): a request scope whose reader settings are read from the
// image's address.
static async Task<List<(string Name, PreviewCard Card, PreviewSize Size)>> CardsAsync(DashboardApp app)
{
    var read = typeof(ReaderSettings).GetMethod("Read", BindingFlags.Instance | BindingFlags.NonPublic)!;
    var keys = app.Data.Read("charts.json")["charts"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
    var cards = new List<(string, PreviewCard, PreviewSize)>();
    foreach (var language in ReaderUrls.Languages)
    {
        foreach (var currency in ReaderUrls.Currencies)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
            using var scope = app.Services.CreateScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Path = PreviewImageUrls.Since(language, currency);
            read.Invoke(scope.ServiceProvider.GetRequiredService<ReaderSettings>(), [context]);
            var charts = scope.ServiceProvider.GetRequiredService<ReaderCharts>();
            var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            foreach (var key in keys)
            {
                var card = PreviewCard.For((await charts.ChartAsync(key))!, localizer["SiteName"]);
                cards.AddRange(PreviewSize.OfChart.Select(size => ($"{language}/{currency}/{key}", card, size)));
            }

            cards.Add(($"{language}/{currency}/since", PreviewCard.For(await charts.SinceAsync(), localizer["Since.NotFromArticle"], localizer["SiteName"]), PreviewSize.Card));
        }
    }

    return cards;
}
