namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// The events of the catalogue (events.json): read with everything else by <see cref="CatalogReader"/>, in the
/// same snapshot and through the same cache, so a page or download never shows events of one data version
/// beside figures of another, or outlets of one version beside citations of the next.
/// </summary>
public sealed class EventCatalogReader(CatalogReader reader)
{
    public async Task<EventCatalog> ReadAsync(CancellationToken cancellationToken = default) =>
        (await reader.ReadAsync(cancellationToken)).Events;
}
