namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// The addresses of the server-drawn chart images, relative to the site root, for pages, previews
/// (<c>og:image</c>), oEmbed and the static copy to link: one image per chart and reader setting.
/// </summary>
public static class PreviewImageUrls
{
    /// <summary>The 1200×630 preview card of a chart: <c>/ko/KRW/charts/annual-pace.png</c>.</summary>
    public static string Chart(string language, string currency, string key) => $"/{language}/{currency}/charts/{key}{PreviewSize.Card.Suffix}.png";

    /// <summary>The 1920×1080 slide-size image of a chart: <c>/ko/KRW/charts/annual-pace.slide.png</c>.</summary>
    public static string ChartSlide(string language, string currency, string key) => $"/{language}/{currency}/charts/{key}{PreviewSize.Slide.Suffix}.png";

    /// <summary>The 1200×630 preview card of the since-the-article commitments chart: <c>/ko/KRW/since/chart.png</c>.</summary>
    public static string Since(string language, string currency) => $"/{language}/{currency}/since/chart.png";

    /// <summary>Every image of one reader setting, for the static copy and the benchmark.</summary>
    public static IEnumerable<string> All(string language, string currency, IEnumerable<string> chartKeys) =>
        chartKeys.SelectMany(key => new[] { Chart(language, currency, key), ChartSlide(language, currency, key) })
            .Append(Since(language, currency));
}
