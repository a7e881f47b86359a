using AwsKoreaDashboard.Web.Charting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Embed;

/// <summary>
/// /embed/charts/{key}: one chart with its title and source line and nothing else, for an iframe on
/// another site. The only pages other sites may frame (see SecurityHeaders).
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
