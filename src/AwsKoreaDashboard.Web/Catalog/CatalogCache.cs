namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>The last catalogue read (its events included), with the content hash it was read at: one read per data version.</summary>
public sealed class CatalogCache
{
    private volatile Entry? _entry;

    public DashboardCatalog? Get(string? contentHash) =>
        _entry is { } entry && contentHash is not null && entry.ContentHash == contentHash ? entry.Catalog : null;

    public void Set(string contentHash, DashboardCatalog catalog) => _entry = new Entry(contentHash, catalog);

    private sealed record Entry(string ContentHash, DashboardCatalog Catalog);
}
