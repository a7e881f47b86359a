using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages;

/// <summary>The dashboard: the story, its headline figures as cards, and every chart with its evidence.</summary>
public sealed class IndexModel(ReaderCharts charts) : PageModel
{
    public StoryRecord Story { get; private set; } = null!;

    /// <summary>The story's headline in the reader's currency.</summary>
    public string StoryTitle { get; private set; } = "";

    public IReadOnlyList<HeadlineCard> Headlines { get; private set; } = [];

    /// <summary>
    /// The "other facts" band: what AWS already runs in Korea (its services, its zones), the context the
    /// investment lands in. Cited like the cards; a key missing from data/ is left out.
    /// </summary>
    public static readonly IReadOnlyList<string> OtherFactKeys = ["cloud-services-count", "korea-cloud-zones"];

    public IReadOnlyList<HeadlineCard> OtherFacts { get; private set; } = [];

    public IReadOnlyList<ChartView> Charts { get; private set; } = [];

    public IReadOnlyList<DeckRecord> Decks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var presenter = await charts.PresenterAsync(cancellationToken);
        var builder = await charts.BuilderAsync(cancellationToken);
        var catalog = presenter.Catalog;

        Story = catalog.Story;
        StoryTitle = presenter.StoryTitle;
        Headlines = catalog.Story.HeadlineFigures
            .Select(figure => new HeadlineCard(figure, presenter.Show(figure), presenter.SourceLine([presenter.Show(figure)])))
            .ToList();
        OtherFacts = OtherFactKeys
            .Select(catalog.Figure)
            .OfType<FigureRecord>()
            .Select(figure => new HeadlineCard(figure, presenter.Show(figure), presenter.SourceLine([presenter.Show(figure)])))
            .ToList();
        Charts = catalog.Charts.Select(builder.Build).ToList();
        Decks = catalog.Decks;
    }

    /// <summary>A headline number at the top of the page, linking to the figure's evidence.</summary>
    public sealed record HeadlineCard(FigureRecord Figure, ShownValue Shown, string SourceLine);
}
