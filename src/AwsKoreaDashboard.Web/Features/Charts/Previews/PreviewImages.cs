using System.Diagnostics;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// The chart images (<see cref="PreviewImageUrls"/>), mapped under the reader's prefix: every chart as a 1200×630
/// card (<c>/ko/KRW/charts/annual-pace.png</c>), its 600×315 thumbnail (<c>….thumb.png</c>, for oEmbed) and a
/// 1920×1080 slide (<c>….slide.png</c>), and the since-the-article chart (<c>/ko/KRW/since/chart.png</c>). Each is
/// drawn from the chart's <see cref="ChartView"/> (what the page, charts.js and the .pptx read), once per data
/// version: the page cache keeps the bytes and answers with an ETag. An unknown chart is the not-found page.
/// </summary>
public static class PreviewImages
{
    public const string ContentType = "image/png";

    public static IServiceCollection AddPreviewImages(this IServiceCollection services) =>
        services.AddSingleton<PreviewFonts>().AddSingleton<PreviewCardRenderer>();

    public static IEndpointRouteBuilder MapPreviewImages(this IEndpointRouteBuilder app)
    {
        // One route for every size: "{key}.png" and "{key}.slide.png" would both match "x.slide.png".
        app.MapGet("/charts/{name}.png", async (string name, ReaderCharts charts, PreviewCardRenderer renderer, IStringLocalizer<SharedResource> localizer, ILogger<PreviewCardRenderer> log, CancellationToken cancellationToken) =>
            {
                var (key, size) = PreviewSize.Parse(name);
                return await charts.ChartAsync(key, cancellationToken) is { } view
                    ? Png(renderer, PreviewCard.For(view, localizer["SiteName"]), size, key, log)
                    : Results.NotFound();
            })
            .WithMetadata(PageCache.Cacheable.Image);

        app.MapGet("/since/chart.png", async (ReaderCharts charts, PreviewCardRenderer renderer, IStringLocalizer<SharedResource> localizer, ILogger<PreviewCardRenderer> log, CancellationToken cancellationToken) =>
                Png(renderer, PreviewCard.For(await charts.SinceAsync(cancellationToken), localizer["Since.NotFromArticle"], localizer["SiteName"]), PreviewSize.Card, CommitmentPeriodsChart.Key, log))
            .WithMetadata(PageCache.Cacheable.Image);

        return app;
    }

    private static IResult Png(PreviewCardRenderer renderer, PreviewCard card, PreviewSize size, string key, ILogger log)
    {
        var started = Stopwatch.GetTimestamp();
        using var image = renderer.Draw(card, size);
        var drawn = Stopwatch.GetTimestamp();
        var png = PreviewCardRenderer.Encode(image);
        var encoded = Stopwatch.GetTimestamp();
        if (renderer.MissingGlyphs(card) is { Count: > 0 } missing)
        {
            log.LogWarning("The {ChartKey} image draws characters its font lacks: {Characters}", key, new string([.. missing]));
        }

        log.LogInformation("Drew the {ChartKey} image at {Width}×{Height}: {Bytes} bytes in {ElapsedMs:0.0} ms (drawing {DrawMs:0.0} ms, PNG encoding {EncodeMs:0.0} ms)",
            key, size.Width, size.Height, png.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            Stopwatch.GetElapsedTime(started, drawn).TotalMilliseconds, Stopwatch.GetElapsedTime(drawn, encoded).TotalMilliseconds);
        return Results.File(png, ContentType);
    }
}
