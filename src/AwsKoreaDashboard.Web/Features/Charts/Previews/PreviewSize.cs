namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// The sizes a chart image is drawn at: the 1200×630 card that link previews show (Open Graph's size), a 600×315
/// thumbnail of it and a 16:9 slide. <see cref="Suffix"/> is what the size adds to the file name
/// (<c>annual-pace.slide.png</c>).
/// </summary>
public sealed record PreviewSize(int Width, int Height, string Suffix)
{
    public static readonly PreviewSize Card = new(1200, 630, "");

    /// <summary>
    /// The card at half its width, for consumers that ask oEmbed for a thumbnail within a smaller box than the card
    /// (the specification has the thumbnail respect <c>maxwidth</c> and <c>maxheight</c>). The card's own shape
    /// (1.91:1), so a preview that crops to the card's frame crops the thumbnail alike; exactly half, so the
    /// renderer, which scales every length with the width, lays it out line for line as the card and nothing wraps
    /// or shrinks differently. Smaller would make the card's smallest text (its source line) too small to read.
    /// </summary>
    public static readonly PreviewSize Thumbnail = new(600, 315, ".thumb");

    public static readonly PreviewSize Slide = new(1920, 1080, ".slide");

    /// <summary>Every size a chart is drawn at, the card first (the since chart is drawn as the card alone).</summary>
    public static readonly IReadOnlyList<PreviewSize> OfChart = [Card, Thumbnail, Slide];

    /// <summary>The size a file name asks for, and the chart key before its suffix ("annual-pace.slide" → slide).</summary>
    public static (string Key, PreviewSize Size) Parse(string name) =>
        OfChart.FirstOrDefault(s => s.Suffix.Length > 0 && name.EndsWith(s.Suffix, StringComparison.Ordinal)) is { } size
            ? (name[..^size.Suffix.Length], size)
            : (name, Card);
}
