using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Charts;

/// <summary>/charts/{key}: one chart on its own, with the evidence and the related coverage.</summary>
public sealed class ChartModel(ReaderCharts charts) : PageModel
{
    public ChartView Chart { get; private set; } = null!;

    public IReadOnlyList<SourceRecord> RelatedCoverage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await charts.ChartAsync(key, cancellationToken) is not { } chart)
        {
            return NotFound();
        }

        Chart = chart;
        var cited = chart.Evidence.Select(f => f.Citation!.Source.Key).ToHashSet();
        var catalog = (await charts.PresenterAsync(cancellationToken)).Catalog;
        RelatedCoverage = catalog.Sources.Where(s => s.Kind == "article" && !cited.Contains(s.Key)).ToList();
        return Page();
    }
}
