using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// Every page of the site below the reader prefix (<c>/charts/annual-pace</c>; <c>/</c> for the dashboard), once:
/// what <c>export-site</c> writes and, but for the pages that stand for another (<see cref="CanonicalOf"/>), what
/// the sitemap lists.
/// </summary>
public static class SitePages
{
    public static IReadOnlyList<string> All(DashboardCatalog catalog)
    {
        var pages = new List<string> { "/", "/figures", "/background", "/since", DefaultDeckPage, DefaultDeckPage + PresenterSuffix, SelectionPage, SelectionPage + PresenterSuffix };
        pages.AddRange(catalog.Charts.Select(c => $"/charts/{c.Key}"));
        pages.AddRange(catalog.Charts.Select(c => $"/embed/charts/{c.Key}"));
        pages.AddRange(catalog.Figures.Select(f => $"/figures/{f.Key}"));
        pages.AddRange(catalog.Decks.Where(d => !d.IsDefault).SelectMany(d => new[] { $"{DefaultDeckPage}/{d.Key}", $"{DefaultDeckPage}/{d.Key}{PresenterSuffix}" }));
        return pages;
    }

    /// <summary>The pages that are their own canonical page, which the sitemap lists: every page but the embeds, the presenter views and the selection pages.</summary>
    public static IEnumerable<string> Canonical(DashboardCatalog catalog) =>
        All(catalog).Where(IsOwnCanonical);

    /// <summary>
    /// The page a page stands for (its canonical address, below the reader prefix): an embed is its chart page in a
    /// frame; a deck's presenter view (notes, timer, the next slide: a tool for the person presenting, not a page to
    /// find or share) is its deck; and a reader's own selection (<c>/present/selection?charts=…</c>, the default deck
    /// when it names none: the server sends the same page for every selection) is the default deck. Every other page
    /// is its own.
    /// </summary>
    public static string CanonicalOf(string page)
    {
        if (page.StartsWith("/embed/", StringComparison.Ordinal))
        {
            return page["/embed".Length..];
        }

        var deck = IsPresenterView(page) ? page[..^PresenterSuffix.Length] : page;
        return deck == SelectionPage ? DefaultDeckPage : deck;
    }

    /// <summary>Whether a page is its own canonical page; the others are kept out of search (noindex) and the sitemap.</summary>
    public static bool IsOwnCanonical(string page) => CanonicalOf(page) == page;

    private const string PresenterSuffix = "/" + Data.Seeding.DataSetLoader.PresenterWord;

    private const string DefaultDeckPage = "/present";

    private const string SelectionPage = DefaultDeckPage + "/" + Data.Seeding.DataSetLoader.SelectionWord;

    private static bool IsPresenterView(string page) =>
        page.StartsWith("/present/", StringComparison.Ordinal) && page.EndsWith(PresenterSuffix, StringComparison.Ordinal);
}
