using AwsKoreaDashboard.Web.Catalog;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Charts;

/// <summary>
/// Charts and figures as this request's reader sees them (language, currency): one place for pages,
/// downloads and the presentation to get a <see cref="FigurePresenter"/> and chart views.
/// </summary>
public sealed class ReaderCharts(CatalogReader reader, EventCatalogReader events, ReaderSettings settings, IStringLocalizer<SharedResource> localizer)
{
    private FigurePresenter? _presenter;

    public async Task<FigurePresenter> PresenterAsync(CancellationToken cancellationToken = default) =>
        _presenter ??= settings.Figures(await reader.ReadAsync(cancellationToken));

    public async Task<ChartViewBuilder> BuilderAsync(CancellationToken cancellationToken = default) =>
        new(await PresenterAsync(cancellationToken), localizer);

    /// <summary>The since-the-article commitments chart (follow-up reporting, kept apart from the article's figures).</summary>
    public async Task<SinceChart> SinceAsync(CancellationToken cancellationToken = default)
    {
        var figures = await PresenterAsync(cancellationToken);
        var presenter = settings.Events(await events.ReadAsync(cancellationToken));
        var chart = new CommitmentPeriodsChart(figures, presenter, localizer);
        var rows = chart.Rows();
        return new SinceChart(chart.Payload(rows), rows, chart.AltText(rows), presenter, chart.RateLine(rows));
    }

    /// <summary>The chart with this key, or null when there is none.</summary>
    public async Task<ChartView?> ChartAsync(string key, CancellationToken cancellationToken = default)
    {
        var presenter = await PresenterAsync(cancellationToken);
        return presenter.Catalog.Chart(key) is { } chart ? new ChartViewBuilder(presenter, localizer).Build(chart) : null;
    }
}
