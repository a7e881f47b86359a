using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages;

/// <summary>
/// /since: what happened after the article, as a cited timeline. Follow-ups are never the article's figures;
/// where outlets disagree every value is shown; amounts that overlap or may overlap are never added up.
/// </summary>
public sealed class SinceModel(ReaderCharts charts) : PageModel
{
    public const string ChartKey = CommitmentPeriodsChart.Key;

    public EventPresenter Events { get; private set; } = null!;

    public FigurePresenter Figures { get; private set; } = null!;

    public IReadOnlyList<EventView> Timeline { get; private set; } = [];

    /// <summary>For each disagreement, the event under which it is shown in full.</summary>
    public IReadOnlyDictionary<string, string> DisagreementHome { get; private set; } = new Dictionary<string, string>();

    /// <summary>The chart card: the same partial a deck's since slide uses.</summary>
    public SinceChart Card { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The chart card, as a deck's since slide and the chart image get it; the timeline reads the same events.
        Card = await charts.SinceAsync(cancellationToken);
        Figures = await charts.PresenterAsync(cancellationToken);
        Events = Card.Events;
        var catalog = Events.Events;
        Timeline = catalog.Events.Select(e => new EventView(
                e,
                e.Amounts.Select(a => Events.Show(a, e)).ToList(),
                // A figure and its pair show as one value in the reader's currency: list it once.
                e.FigureKeys.Select(k => Figures.Catalog.Figure(k)).OfType<FigureRecord>().Select(Figures.Show).DistinctBy(v => v.FigureKey).ToList()))
            .ToList();
        // A disagreement that concerns several events is shown once, under the first of them; the others link to it.
        DisagreementHome = catalog.Disagreements.ToDictionary(
            d => d.Key,
            d => catalog.Events.FirstOrDefault(e => d.EventKeys.Contains(e.Key))?.Key ?? "");
    }

    /// <summary>An event with its amounts in the reader's currency, or the article's own figures it points at.</summary>
    public sealed record EventView(TimelineEventRecord Event, IReadOnlyList<ShownAmount> Amounts, IReadOnlyList<ShownValue> ArticleFigures);
}
