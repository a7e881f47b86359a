using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Figures;

/// <summary>/figures/{key}: one figure, its quote or its arithmetic, the charts that draw it, the related coverage.</summary>
public sealed class FigureModel(CatalogReader reader) : PageModel
{
    public FigureRecord Figure { get; private set; } = null!;

    public FigureRecord? Pair { get; private set; }

    public IReadOnlyList<ChartRecord> UsedIn { get; private set; } = [];

    public IReadOnlyList<FigureRecord> UsedBy { get; private set; } = [];

    public IReadOnlyList<SourceRecord> RelatedCoverage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var catalog = await reader.ReadAsync(cancellationToken);
        if (catalog.Figure(key) is not { } figure)
        {
            return NotFound();
        }

        Figure = figure;
        Pair = figure.PairKey is null ? null : catalog.Figure(figure.PairKey);
        UsedIn = catalog.Charts.Where(c => c.Figures.Any(f => f.Key == key || f.Key == figure.PairKey)).ToList();
        UsedBy = catalog.Figures.Where(f => f.Inputs.Contains(key)).ToList();
        RelatedCoverage = catalog.RelatedCoverage(figure.Citation?.Source.Key ?? catalog.Story.PrimarySource.Key).ToList();
        return Page();
    }
}
