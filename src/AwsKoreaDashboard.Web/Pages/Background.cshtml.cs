using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages;

/// <summary>/background: the study notes around the article, section by section, each cited.</summary>
public sealed class BackgroundModel(CatalogReader reader) : PageModel
{
    public IReadOnlyList<BackgroundSectionRecord> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sections = (await reader.ReadAsync(cancellationToken)).Background;
}
