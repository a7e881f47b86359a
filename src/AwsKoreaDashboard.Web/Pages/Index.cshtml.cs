using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Pages;

/// <summary>The dashboard: the story, its headline figures as cards, and every chart with its evidence.</summary>
public sealed class IndexModel(CatalogReader reader, ReaderSettings settings, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public StoryRecord Story { get; private set; } = null!;

    public IReadOnlyList<HeadlineCard> Headlines { get; private set; } = [];

    public IReadOnlyList<ChartView> Charts { get; private set; } = [];

    public IReadOnlyList<DeckRecord> Decks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var catalog = await reader.ReadAsync(cancellationToken);
        var presenter = FigurePresenter.For(catalog, settings, localizer);
        var charts = new ChartViewBuilder(presenter, localizer);

        Story = catalog.Story;
        Headlines = catalog.Story.HeadlineFigures
            .Select(figure => new HeadlineCard(figure, presenter.Show(figure), presenter.SourceLine([presenter.Show(figure)])))
            .ToList();
        Charts = catalog.Charts.Select(charts.Build).ToList();
        Decks = catalog.Decks;
    }

    /// <summary>A headline number at the top of the page, linking to the figure's evidence.</summary>
    public sealed record HeadlineCard(FigureRecord Figure, ShownValue Shown, string SourceLine);
}
