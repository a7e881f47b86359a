using AwsKoreaDashboard.Web.Charting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Charts;

/// <summary>/charts/{key}: one chart on its own; its evidence panel carries the related coverage.</summary>
public sealed class ChartModel(ReaderCharts charts) : PageModel
{
    public ChartView Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await charts.ChartAsync(key, cancellationToken) is not { } chart)
        {
            return NotFound();
        }

        Chart = chart;
        return Page();
    }
}
