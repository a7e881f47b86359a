using AwsKoreaDashboard.Web.Infrastructure;

namespace AwsKoreaDashboard.Web.Sharing;

/// <summary>
/// Where the server-drawn preview cards live (1200×630 PNG, drawn by the chart-image feature): one per chart
/// and one of the since chart, per reader setting. Pages name them as their <c>og:image</c> and oEmbed as its
/// thumbnail; this is the one place that knows the addresses.
/// </summary>
public static class PreviewImages
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary><c>/ko/KRW/charts/annual-pace.png</c></summary>
    public static string Chart(string language, string currency, string chartKey) =>
        ReaderUrls.Page(language, currency, $"/charts/{chartKey}.png");

    /// <summary><c>/ko/KRW/since/chart.png</c></summary>
    public static string Since(string language, string currency) =>
        ReaderUrls.Page(language, currency, "/since/chart.png");
}
