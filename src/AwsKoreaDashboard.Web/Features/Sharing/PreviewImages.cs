
namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// The preview card a page names as its <c>og:image</c> and oEmbed as its thumbnail: the server-drawn 1200×630
/// chart card. The addresses themselves live in <see cref="PreviewImageUrls"/>, the size in <see cref="PreviewSize"/>.
/// </summary>
public static class PreviewImages
{
    public static int Width => PreviewSize.Card.Width;

    public static int Height => PreviewSize.Card.Height;

    /// <summary><c>/ko/KRW/charts/annual-pace.png</c></summary>
    public static string Chart(string language, string currency, string chartKey) =>
        PreviewImageUrls.Chart(language, currency, chartKey);

    /// <summary><c>/ko/KRW/since/chart.png</c></summary>
    public static string Since(string language, string currency) => PreviewImageUrls.Since(language, currency);
}
