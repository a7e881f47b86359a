using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Figures;

/// <summary>/figures/{key}: one figure, its quote or its arithmetic, the charts that draw it, the related coverage.</summary>
public sealed class FigureModel(ReaderCharts charts) : PageModel
{
    public FigureRecord Figure { get; private set; } = null!;

    public FigureRecord? Pair { get; private set; }

    /// <summary>The charts that draw the figure or its pair, each with its title as the reader reads it (tokens filled).</summary>
    public IReadOnlyList<ChartLink> UsedIn { get; private set; } = [];

    /// <summary>The figures computed from this one, each with its value as a card shows it.</summary>
    public IReadOnlyList<DerivedLink> UsedBy { get; private set; } = [];

    public IReadOnlyList<SourceRecord> RelatedCoverage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var presenter = await charts.PresenterAsync(cancellationToken);
        var catalog = presenter.Catalog;
        if (catalog.Figure(key) is not { } figure)
        {
            return NotFound();
        }

        Figure = figure;
        Pair = figure.PairKey is null ? null : catalog.Figure(figure.PairKey);
        UsedIn = catalog.Charts.Where(c => c.Figures.Any(f => f.Key == key || f.Key == figure.PairKey))
            .Select(c => new ChartLink(c.Key, presenter.FillTokens(c.Title)))
            .ToList();
        UsedBy = catalog.Figures.Where(f => f.Inputs.Contains(key))
            .Select(f => new DerivedLink(f, presenter.Marked(presenter.Show(f))))
            .ToList();
        RelatedCoverage = catalog.RelatedCoverage(figure.Citation?.Source.Key ?? catalog.Story.PrimarySource.Key).ToList();
        return Page();
    }

    /// <summary>A chart that draws the figure: its key and its title with every {figure-key} token filled.</summary>
    public sealed record ChartLink(string Key, string Title);

    /// <summary>A figure computed from this one, and its value as the reader sees it.</summary>
    public sealed record DerivedLink(FigureRecord Figure, string Value);
}
