using AwsKoreaDashboard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>Reads the whole catalogue, events.json's tables included, from SQLite with no tracking, as view records: views never get entities.</summary>
public sealed class CatalogReader(DashboardDbContext db, CatalogCache cache, DataStatus status)
{
    private DashboardCatalog? _read;

    /// <summary>
    /// The catalogue, read once per request however many parts of the page ask for it, and from the
    /// database only when the data version changed since the last read.
    /// </summary>
    public async Task<DashboardCatalog> ReadAsync(CancellationToken cancellationToken = default) =>
        _read ??= cache.Get(status.ContentHash) ?? await ReadFromDatabaseAsync(cancellationToken);

    private async Task<DashboardCatalog> ReadFromDatabaseAsync(CancellationToken cancellationToken)
    {
        // One deferred transaction: every table, the events' too, is read from the same snapshot, so a seed
        // committing meanwhile is seen whole or not at all (SQLite in WAL mode): a page never shows an outlet of
        // one version beside a citation of the next, or events of one version beside figures of another. Deferred, because the default
        // (BEGIN IMMEDIATE) would make readers queue behind a seed for the write lock they never need.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var contentHash = await db.SeedStates.AsNoTracking().Select(s => s.ContentHash).SingleAsync(cancellationToken);
        var sourceRows = await db.Sources.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var sources = sourceRows.Select(ToRecord).ToList();
        var sourceByKey = sources.ToDictionary(s => s.Key);

        var inputs = (await db.FigureInputs.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(i => i.FigureKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(i => i.Position).Select(i => i.InputKey).ToList());

        var figures = (await db.Figures.AsNoTracking().OrderBy(f => f.Position).ToListAsync(cancellationToken))
            .Select(f => new FigureRecord(
                f.Key,
                f.Kind,
                new LocalizedText(f.LabelKo, f.LabelEn),
                f.Value,
                f.Unit,
                f.Approximate,
                f.Qualifier,
                new LocalizedText(f.PeriodKo, f.PeriodEn),
                f.PairKey,
                f.SourceKey is not null && f.Quote is not null
                    ? new CitationRecord(sourceByKey[f.SourceKey], f.Quote, f.QuoteEn ?? "", LocalizedText.From(f.AttributionKo, f.AttributionEn))
                    : null,
                f.Formula,
                inputs.GetValueOrDefault(f.Key) ?? [],
                LocalizedText.From(f.NoteKo, f.NoteEn)))
            .ToList();
        var figureByKey = figures.ToDictionary(f => f.Key);

        var categories = (await db.ChartCategories.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.ChartKey);
        var series = (await db.ChartSeries.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.ChartKey);
        var cells = (await db.ChartCells.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => (c.ChartKey, c.SeriesPosition));
        var charts = (await db.Charts.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken))
            .Select(c => new ChartRecord(
                c.Key,
                c.Kind,
                new LocalizedText(c.TitleKo, c.TitleEn),
                new LocalizedText(c.SubtitleKo, c.SubtitleEn),
                new LocalizedText(c.TakeawayKo, c.TakeawayEn),
                LocalizedText.From(c.NoteKo, c.NoteEn),
                c.Unit,
                c.Sort,
                categories[c.Key].OrderBy(k => k.Position).Select(k => new ChartCategoryRecord(new LocalizedText(k.LabelKo, k.LabelEn), k.Highlight)).ToList(),
                series[c.Key].OrderBy(s => s.Position).Select(s => new ChartSeriesRecord(
                    new LocalizedText(s.LabelKo, s.LabelEn),
                    cells[(c.Key, s.Position)].OrderBy(x => x.CategoryPosition).Select(x => figureByKey[x.FigureKey]).ToList())).ToList()))
            .ToList();

        var blocks = (await db.BackgroundBlocks.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(b => b.SectionKey);
        var background = (await db.BackgroundSections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken))
            .Select(s => new BackgroundSectionRecord(
                s.Key,
                new LocalizedText(s.TitleKo, s.TitleEn),
                blocks[s.Key].OrderBy(b => b.Position).Select(b => new BackgroundBlockRecord(b.Kind, new LocalizedText(b.TextKo, b.TextEn))).ToList(),
                sourceByKey[s.SourceKey],
                s.Quote))
            .ToList();

        var slides = (await db.DeckSlides.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.DeckKey);
        var decks = (await db.Decks.AsNoTracking().OrderBy(d => d.Position).ToListAsync(cancellationToken))
            .Select(d => new DeckRecord(
                d.Key,
                new LocalizedText(d.TitleKo, d.TitleEn),
                d.IsDefault,
                slides[d.Key].OrderBy(s => s.Position).Select(s => s.ChartKey).ToList(),
                d.IncludesSince))
            .ToList();

        var story = await db.Stories.AsNoTracking().SingleAsync(cancellationToken);
        var events = await EventCatalogQuery.ReadAsync(db, cancellationToken);
        var catalog = new DashboardCatalog(
            new StoryRecord(
                new LocalizedText(story.TitleKo, story.TitleEn),
                new LocalizedText(story.SummaryKo, story.SummaryEn),
                story.AnnouncedOn,
                sourceByKey[story.PrimarySourceKey],
                story.HeadlineFigureKeys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => figureByKey[k]).ToList()),
            sources,
            figures,
            charts,
            background,
            decks,
            events);
        await transaction.CommitAsync(cancellationToken);
        await db.Database.UseTransactionAsync(null, cancellationToken);
        if (contentHash == status.ContentHash)
        {
            cache.Set(contentHash, catalog);
        }

        return catalog;
    }

    private static SourceRecord ToRecord(Source s) => new(
        s.Key,
        s.Kind,
        new LocalizedText(s.PublisherKo, s.PublisherEn),
        s.Headline,
        s.HeadlineEn,
        s.Url,
        s.AlternateUrls.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        s.PublishedOn,
        s.Language,
        LocalizedText.From(s.NoteKo, s.NoteEn));
}
