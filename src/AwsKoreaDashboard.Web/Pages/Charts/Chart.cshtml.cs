using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Charts;

/// <summary>
/// One chart by key: /charts/{key} on its own (its evidence panel carries the related coverage), and
/// /embed/charts/{key} for an iframe on another site, the only pages others may frame (SecurityHeaders).
/// </summary>
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
