
namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// The preview card a page names as its <c>og:image</c> and oEmbed as its thumbnail: the server-drawn 1200×630
/// chart card, or for oEmbed asked for less room its 600×315 thumbnail. The addresses themselves live in
/// <see cref="PreviewImageUrls"/>, the sizes in <see cref="PreviewSize"/>.
/// </summary>
public static class PreviewImages
{
    /// <summary>What oEmbed may offer as a thumbnail, largest first (the slide is an image to fetch, not a preview).</summary>
    private static readonly PreviewSize[] Thumbnails = [PreviewSize.Card, PreviewSize.Thumbnail];

    public static int Width => PreviewSize.Card.Width;

    public static int Height => PreviewSize.Card.Height;

    /// <summary><c>/ko/KRW/charts/annual-pace.png</c></summary>
    public static string Chart(string language, string currency, string chartKey) =>
        PreviewImageUrls.Chart(language, currency, chartKey);

    /// <summary><c>/ko/KRW/charts/annual-pace.thumb.png</c>: the chart at one of its sizes.</summary>
    public static string Chart(string language, string currency, string chartKey, PreviewSize size) =>
        PreviewImageUrls.Chart(language, currency, chartKey, size);

    /// <summary><c>/ko/KRW/since/chart.png</c></summary>
    public static string Since(string language, string currency) => PreviewImageUrls.Since(language, currency);

    /// <summary>
    /// The largest thumbnail within <paramref name="maxWidth"/> × <paramref name="maxHeight"/>, each a bound only
    /// when given; none when even the smallest is larger (oEmbed's thumbnail must respect both).
    /// </summary>
    public static PreviewSize? Thumbnail(int? maxWidth, int? maxHeight) =>
        Thumbnails.FirstOrDefault(s => s.Width <= (maxWidth ?? int.MaxValue) && s.Height <= (maxHeight ?? int.MaxValue));
}
