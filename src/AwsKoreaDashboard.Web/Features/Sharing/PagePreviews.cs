using AwsKoreaDashboard.Web.Catalog;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// The preview of each kind of page, in the reader's language and currency. The image is the page's own chart
/// where it has one (a chart page or embed: that chart; a figure: the first chart that draws it; /since: the
/// since chart), else the story's headline chart, the first chart of the dashboard.
/// </summary>
public sealed class PagePreviews(ReaderCharts charts, ReaderSettings reader)
{
    public static PagePreview ForChart(ChartView chart, ReaderSettings reader) =>
        new(chart.Title, chart.Takeaway, PreviewImages.Chart(reader.Language, reader.Currency, chart.Key), chart.AltText, "article");

    /// <summary>A figure: "label: value (period)", on the card of the first chart that draws it.</summary>
    public async Task<PagePreview> ForFigureAsync(FigureRecord figure, IEnumerable<string> drawnIn)
    {
        var presenter = await charts.PresenterAsync();
        var shown = presenter.Show(figure);
        var value = presenter.Marked(shown);
        var label = presenter.Text(figure.Label);
        var image = drawnIn.FirstOrDefault() is { } chartKey ? await charts.ChartAsync(chartKey) : null;
        var headline = image ?? await HeadlineChartAsync();
        return new PagePreview(
            label,
            $"{label}: {value} ({presenter.Text(figure.Period)})",
            headline is null ? "" : PreviewImages.Chart(reader.Language, reader.Currency, headline.Key),
            headline?.AltText ?? label,
            "article");
    }

    /// <summary>/since: its introduction, on the card of the since chart.</summary>
    public static PagePreview ForSince(string chartAltText, ReaderSettings reader, IStringLocalizer localizer) =>
        new(localizer["Since.Title"], localizer["Since.Intro"], PreviewImages.Since(reader.Language, reader.Currency), chartAltText);

    /// <summary>Any other page: its title (or the story's headline) and description (or the story line), on the headline chart's card.</summary>
    public async Task<PagePreview> DefaultAsync(string? title, string? description)
    {
        var presenter = await charts.PresenterAsync();
        var headline = await HeadlineChartAsync();
        return new PagePreview(
            title ?? presenter.StoryTitle,
            description ?? presenter.Text(presenter.Catalog.Story.Summary),
            headline is null ? "" : PreviewImages.Chart(reader.Language, reader.Currency, headline.Key),
            headline?.AltText ?? presenter.StoryTitle);
    }

    private async Task<ChartView?> HeadlineChartAsync() =>
        (await charts.PresenterAsync()).Catalog.Charts.FirstOrDefault() is { } first ? await charts.ChartAsync(first.Key) : null;
}
