using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Figures;

/// <summary>
/// /figures: every figure of the story with its evidence, in the order of data/figures.json, with what
/// wwwroot/js/figures.js filters by in the browser (no round trip, so it works in the static copy too): the
/// figure's kind, its topics and its words.
/// </summary>
public sealed class IndexModel(ReaderCharts charts) : PageModel
{
    /// <summary>The topic of the figures no chart draws (the services, the zones, the months of the deals).</summary>
    public const string NoChartTopic = "none";

    public IReadOnlyList<FigureItem> Figures { get; private set; } = [];

    /// <summary>
    /// The topics to filter by: one per chart (its title as the reader reads it), in the dashboard's order,
    /// then "in no chart".
    /// </summary>
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var presenter = await charts.PresenterAsync(cancellationToken);
        var catalog = presenter.Catalog;

        // A figure's topics are the charts that draw it or its pair; a computed figure's are its inputs' charts.
        List<string> ChartsOf(FigureRecord figure)
        {
            var related = presenter.Evidence(figure).Append(figure).SelectMany(f => new[] { f.Key, f.PairKey }).OfType<string>().ToHashSet();
            return catalog.Charts.Where(c => c.Figures.Any(f => related.Contains(f.Key))).Select(c => c.Key).ToList();
        }

        Figures = catalog.Figures.Select(figure =>
        {
            var topics = ChartsOf(figure);
            var words = new[]
            {
                figure.Key, figure.Label.Ko, figure.Label.En, figure.Format(presenter.Culture), presenter.Marked(presenter.Show(figure)),
                presenter.Text(figure.Period), figure.Citation?.Quote, figure.Citation?.QuoteEn,
                figure.Citation is { } c ? presenter.Text(c.Source.Publisher) : null,
            };
            return new FigureItem(figure, topics.Count == 0 ? [NoChartTopic] : topics, string.Join(" ", words.OfType<string>()).ToLowerInvariant());
        }).ToList();
        Topics = catalog.Charts.Select(c => new Topic(c.Key, presenter.FillTokens(c.Title)))
            .Where(t => Figures.Any(f => f.Topics.Contains(t.Key)))
            .ToList();
    }

    /// <summary>A figure in the list: its topics (chart keys, or <see cref="NoChartTopic"/>) and its searchable words.</summary>
    public sealed record FigureItem(FigureRecord Figure, IReadOnlyList<string> Topics, string SearchText);

    /// <summary>A topic of the filter: a chart's key and its title.</summary>
    public sealed record Topic(string Key, string Title);
}
