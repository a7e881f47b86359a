namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// The sizes a chart image is drawn at: the 1200×630 card that link previews show (Open Graph's size) and a
/// 16:9 slide. <see cref="Suffix"/> is what the size adds to the file name (<c>annual-pace.slide.png</c>).
/// </summary>
public sealed record PreviewSize(int Width, int Height, string Suffix)
{
    public static readonly PreviewSize Card = new(1200, 630, "");

    public static readonly PreviewSize Slide = new(1920, 1080, ".slide");

    /// <summary>The size a file name asks for, and the chart key before its suffix ("annual-pace.slide" → slide).</summary>
    public static (string Key, PreviewSize Size) Parse(string name) =>
        name.EndsWith(Slide.Suffix, StringComparison.Ordinal) ? (name[..^Slide.Suffix.Length], Slide) : (name, Card);
}
