using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Pages.Charts;

/// <summary>/charts/{key}: one chart on its own, with the evidence open and the related coverage.</summary>
public sealed class ChartModel(CatalogReader reader, ReaderSettings settings, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ChartView Chart { get; private set; } = null!;

    public IReadOnlyList<SourceRecord> RelatedCoverage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var catalog = await reader.ReadAsync(cancellationToken);
        if (catalog.Chart(key) is not { } chart)
        {
            return NotFound();
        }

        var presenter = FigurePresenter.For(catalog, settings, localizer);
        Chart = new ChartViewBuilder(presenter, localizer).Build(chart);
        var cited = Chart.Evidence.Select(f => f.Citation!.Source.Key).ToHashSet();
        RelatedCoverage = catalog.Sources.Where(s => s.Kind == "article" && !cited.Contains(s.Key)).ToList();
        return Page();
    }
}
