using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Figures;

/// <summary>/figures: every figure of the story with its evidence, in the order of data/figures.json.</summary>
public sealed class IndexModel(CatalogReader reader) : PageModel
{
    public IReadOnlyList<FigureRecord> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = (await reader.ReadAsync(cancellationToken)).Figures;
}
