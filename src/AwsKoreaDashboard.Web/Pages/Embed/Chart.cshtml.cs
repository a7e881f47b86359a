using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Pages.Embed;

/// <summary>
/// /embed/charts/{key}: one chart with its title and source line and nothing else, for an iframe on
/// another site. The only pages other sites may frame (see <see cref="SecurityHeaders"/>).
/// </summary>
public sealed class ChartModel(CatalogReader reader, ReaderSettings settings, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ChartView Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var catalog = await reader.ReadAsync(cancellationToken);
        if (catalog.Chart(key) is not { } chart)
        {
            return NotFound();
        }

        Chart = new ChartViewBuilder(FigurePresenter.For(catalog, settings, localizer), localizer).Build(chart);
        return Page();
    }
}
