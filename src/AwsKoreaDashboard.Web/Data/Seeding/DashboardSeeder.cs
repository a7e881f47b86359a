using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Makes the database hold exactly what a validated <see cref="DataSet"/> holds: rows added, changed
/// and removed table by table, all in one transaction, so readers see the old data or the new.
/// </summary>
public sealed class DashboardSeeder(DashboardDbContext db, DataStatus status, ILogger<DashboardSeeder> logger)
{
    public async Task<SeedResult> SeedAsync(DataSet data, bool force = false, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await db.SeedStates.SingleOrDefaultAsync(cancellationToken);
        if (!force && state?.ContentHash == data.ContentHash)
        {
            logger.LogInformation("Database is up to date with data files {ContentHash}", data.ContentHash);
            return SeedResult.UpToDate(data.ContentHash);
        }

        var changes = new List<TableChanges>
        {
            await SyncAsync(db.Sources, data.Sources, s => s.Key, cancellationToken),
            await SyncAsync(db.Figures, data.Figures, f => f.Key, cancellationToken),
            await SyncAsync(db.FigureInputs, data.FigureInputs, i => (i.FigureKey, i.Position), cancellationToken),
            await SyncAsync(db.Charts, data.Charts, c => c.Key, cancellationToken),
            await SyncAsync(db.ChartCategories, data.ChartCategories, c => (c.ChartKey, c.Position), cancellationToken),
            await SyncAsync(db.ChartSeries, data.ChartSeries, s => (s.ChartKey, s.Position), cancellationToken),
            await SyncAsync(db.ChartCells, data.ChartCells, c => (c.ChartKey, c.SeriesPosition, c.CategoryPosition), cancellationToken),
            await SyncAsync(db.BackgroundSections, data.BackgroundSections, s => s.Key, cancellationToken),
            await SyncAsync(db.BackgroundBlocks, data.BackgroundBlocks, b => (b.SectionKey, b.Position), cancellationToken),
            await SyncAsync(db.Decks, data.Decks, d => d.Key, cancellationToken),
            await SyncAsync(db.DeckSlides, data.DeckSlides, s => (s.DeckKey, s.Position), cancellationToken),
            await SyncAsync(db.Stories, [data.Story], s => s.Id, cancellationToken),
        };
        changes.AddRange(await SyncEventsAsync(data.Events, cancellationToken));

        if (state is null)
        {
            db.SeedStates.Add(new SeedState { ContentHash = data.ContentHash, SeededAt = DateTimeOffset.UtcNow });
        }
        else if (state.ContentHash != data.ContentHash)
        {
            state.ContentHash = data.ContentHash;
            state.SeededAt = DateTimeOffset.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        // Readers get the new data from their next request on: cached pages are keyed by the data version.
        status.MarkCurrent(data.ContentHash);

        var result = new SeedResult(data.ContentHash, false, changes);
        logger.LogInformation(
            "Seeded {FigureCount} figures, {ChartCount} charts and {SourceCount} sources: {Added} rows added, {Updated} updated, {Removed} removed ({ContentHash})",
            data.Figures.Count, data.Charts.Count, data.Sources.Count, result.Added, result.Updated, result.Removed, data.ContentHash);
        return result;
    }

    /// <summary>The tables of events.json, in the same transaction as the article's.</summary>
    private async Task<IReadOnlyList<TableChanges>> SyncEventsAsync(EventData events, CancellationToken cancellationToken) =>
    [
        await SyncAsync(db.Outlets, events.Outlets, o => o.Key, cancellationToken),
        await SyncAsync(db.PageRates, events.PageRate is null ? [] : [events.PageRate], r => r.Id, cancellationToken),
        await SyncAsync(db.Events, events.Events, e => e.Key, cancellationToken),
        await SyncAsync(db.EventAmounts, events.Amounts, a => (a.EventKey, a.Position), cancellationToken),
        await SyncAsync(db.EventCitations, events.Citations, c => (c.EventKey, c.Position), cancellationToken),
        await SyncAsync(db.EventCitationValues, events.CitationValues, v => (v.EventKey, v.CitationPosition, v.Position), cancellationToken),
        await SyncAsync(db.Disagreements, events.Disagreements, d => d.Key, cancellationToken),
        await SyncAsync(db.DisagreementValues, events.DisagreementValues, v => (v.DisagreementKey, v.Position), cancellationToken),
        await SyncAsync(db.LaterComparisons, events.Comparisons, c => c.Key, cancellationToken),
        await SyncAsync(db.LaterComparisonValues, events.ComparisonValues, v => (v.ComparisonKey, v.Position), cancellationToken),
    ];

    private async Task<TableChanges> SyncAsync<T, TKey>(DbSet<T> table, IReadOnlyList<T> wanted, Func<T, TKey> keyOf, CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        var stored = (await table.ToListAsync(cancellationToken)).ToDictionary(keyOf);
        int added = 0, updated = 0, removed = 0;
        foreach (var row in wanted)
        {
            if (stored.Remove(keyOf(row), out var current))
            {
                var entry = db.Entry(current);
                entry.CurrentValues.SetValues(row);
                if (entry.State == EntityState.Modified)
                {
                    updated++;
                }
            }
            else
            {
                // A copy of the row's values: the data set stays untouched by tracking, so it can be seeded again.
                table.Add((T)db.Entry(row).CurrentValues.ToObject());
                added++;
            }
        }

        foreach (var stale in stored.Values)
        {
            table.Remove(stale);
            removed++;
        }

        return new TableChanges(typeof(T).Name, added, updated, removed);
    }
}
