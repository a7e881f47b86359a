namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// The addresses of the server-drawn chart images, relative to the site root, for pages, previews
/// (<c>og:image</c>), oEmbed and the static copy to link: one image per chart, size and reader setting.
/// </summary>
public static class PreviewImageUrls
{
    /// <summary>The 1200×630 preview card of a chart: <c>/ko/KRW/charts/annual-pace.png</c>.</summary>
    public static string Chart(string language, string currency, string key) => Chart(language, currency, key, PreviewSize.Card);

    /// <summary>The 600×315 thumbnail of a chart's card: <c>/ko/KRW/charts/annual-pace.thumb.png</c>.</summary>
    public static string ChartThumbnail(string language, string currency, string key) => Chart(language, currency, key, PreviewSize.Thumbnail);

    /// <summary>The 1920×1080 slide-size image of a chart: <c>/ko/KRW/charts/annual-pace.slide.png</c>.</summary>
    public static string ChartSlide(string language, string currency, string key) => Chart(language, currency, key, PreviewSize.Slide);

    /// <summary>A chart drawn at one of its sizes: <c>/ko/KRW/charts/annual-pace{suffix}.png</c>.</summary>
    public static string Chart(string language, string currency, string key, PreviewSize size) => $"/{language}/{currency}/charts/{key}{size.Suffix}.png";

    /// <summary>The 1200×630 preview card of the since-the-article commitments chart: <c>/ko/KRW/since/chart.png</c>.</summary>
    public static string Since(string language, string currency) => $"/{language}/{currency}/since/chart.png";

    /// <summary>Every image of one reader setting (each chart at each of its sizes, and the since chart), for the static copy.</summary>
    public static IEnumerable<string> All(string language, string currency, IEnumerable<string> chartKeys) =>
        chartKeys.SelectMany(key => PreviewSize.OfChart.Select(size => Chart(language, currency, key, size)))
            .Append(Since(language, currency));
}
