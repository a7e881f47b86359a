namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// What a chart image shows, in the reader's language and currency: the title, the subtitle (unit and period),
/// the chart as the page draws it (<see cref="ChartPayload"/>: the same labels, order, highlight and value texts
/// with their converted marks that charts.js and the .pptx read), the lines under it (the note, the conversion
/// rate, a follow-up's flag), the source line and the site's name.
/// </summary>
public sealed record PreviewCard(string Title, string Subtitle, ChartPayload Chart, IReadOnlyList<string> Notes, string SourceLine, string SiteName)
{
    /// <summary>Every text the image draws, for checks that the font has a glyph for each character.</summary>
    public IEnumerable<string> Texts =>
        new[] { Title, Subtitle, SourceLine, SiteName }
            .Concat(Notes)
            .Concat(Chart.Labels)
            .Concat(Chart.Series.Select(s => s.Label))
            .Concat(Chart.Series.SelectMany(s => s.Texts));

    /// <summary>The card of one chart as its page shows it.</summary>
    public static PreviewCard For(ChartView view, string siteName) =>
        new(view.Title, view.Subtitle, view.Payload, new[] { view.NoteLine, view.RateLine }.OfType<string>().ToList(), view.SourceLine, siteName);

    /// <summary>The card of the since-the-article chart, with the flag that its follow-ups are not from the article.</summary>
    public static PreviewCard For(SinceChart since, string notFromArticle, string siteName) =>
        new(since.Chart.Title, since.Chart.Subtitle, since.Chart, since.RateLine is { } rate ? [notFromArticle, rate] : [notFromArticle], since.Chart.SourceLine, siteName);
}
