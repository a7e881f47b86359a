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

    /// <summary>The pages that are their own canonical page, which the sitemap lists: every page but the embeds and the presenter views.</summary>
    public static IEnumerable<string> Canonical(DashboardCatalog catalog) =>
        All(catalog).Where(IsOwnCanonical);

    /// <summary>
    /// The page a page stands for (its canonical address, below the reader prefix): an embed is its chart page in a
    /// frame, and a deck's presenter view (notes, timer, the next slide: a tool for the person presenting, not a
    /// page to find or share) is its deck. Every other page is its own.
    /// </summary>
    public static string CanonicalOf(string page) =>
        page.StartsWith("/embed/", StringComparison.Ordinal) ? page["/embed".Length..]
        : IsPresenterView(page) ? page[..^PresenterSuffix.Length]
        : page;

    /// <summary>Whether a page is its own canonical page; the others are kept out of search (noindex) and the sitemap.</summary>
    public static bool IsOwnCanonical(string page) => CanonicalOf(page) == page;

    private const string PresenterSuffix = "/presenter";

    private static bool IsPresenterView(string page) =>
        page.StartsWith("/present/", StringComparison.Ordinal) && page.EndsWith(PresenterSuffix, StringComparison.Ordinal);
}
