using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// Every page of the site below the reader prefix (<c>/charts/annual-pace</c>; <c>/</c> for the dashboard), once:
/// what <c>export-site</c> writes and, but for the embed pages (whose canonical page is the chart page), what
/// the sitemap lists.
/// </summary>
public static class SitePages
{
    public static IReadOnlyList<string> All(DashboardCatalog catalog)
    {
        var pages = new List<string> { "/", "/figures", "/background", "/since", "/present", "/present/presenter", "/present/selection", "/present/selection/presenter" };
        pages.AddRange(catalog.Charts.Select(c => $"/charts/{c.Key}"));
        pages.AddRange(catalog.Charts.Select(c => $"/embed/charts/{c.Key}"));
        pages.AddRange(catalog.Figures.Select(f => $"/figures/{f.Key}"));
        pages.AddRange(catalog.Decks.Where(d => !d.IsDefault).SelectMany(d => new[] { $"/present/{d.Key}", $"/present/{d.Key}/presenter" }));
        return pages;
    }

    /// <summary>The pages that are their own canonical page: every page but the embeds.</summary>
    public static IEnumerable<string> Canonical(DashboardCatalog catalog) =>
        All(catalog).Where(p => !p.StartsWith("/embed/", StringComparison.Ordinal));
}
