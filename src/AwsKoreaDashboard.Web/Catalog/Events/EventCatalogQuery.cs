using AwsKoreaDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// The query for the tables of events.json, as view records. <see cref="CatalogReader"/> runs it inside its
/// snapshot transaction, so the events are always of the same data version as the figures beside them.
/// </summary>
internal static class EventCatalogQuery
{
    public static async Task<EventCatalog> ReadAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var outlets = (await db.Outlets.AsNoTracking().OrderBy(o => o.Position).ToListAsync(cancellationToken))
            .Select(o => new OutletRecord(o.Key, new LocalizedText(o.NameKo, o.NameEn)))
            .ToList();
        var outletByKey = outlets.ToDictionary(o => o.Key);

        var values = (await db.EventCitationValues.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(v => (v.EventKey, v.CitationPosition));
        var citations = (await db.EventCitations.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.EventKey);
        var amounts = (await db.EventAmounts.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.EventKey);

        var disagreementValues = (await db.DisagreementValues.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(v => v.DisagreementKey);
        var disagreements = (await db.Disagreements.AsNoTracking().OrderBy(d => d.Position).ToListAsync(cancellationToken))
            .Select(d => new DisagreementRecord(
                d.Key,
                new LocalizedText(d.AboutKo, d.AboutEn),
                d.EventKeys.Split(',', StringSplitOptions.RemoveEmptyEntries),
                disagreementValues[d.Key].OrderBy(v => v.Position)
                    .Select(v => new DisagreementValueRecord(outletByKey[v.OutletKey], v.Value, v.Unit, v.Approximate, v.Qualifier, LocalizedText.From(v.TextKo, v.TextEn)))
                    .ToList(),
                LocalizedText.From(d.NoteKo, d.NoteEn)))
            .ToList();

        var events = (await db.Events.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(e => e.SortDate).ThenBy(e => e.Position)
            .Select(e => new TimelineEventRecord(
                e.Key,
                e.Origin,
                e.Scope,
                e.Date,
                e.Precision,
                e.SortDate,
                e.Kind,
                new LocalizedText(e.SummaryKo, e.SummaryEn),
                e.PeriodFrom,
                e.PeriodTo,
                LocalizedText.From(e.PeriodKo, e.PeriodEn),
                e.FigureKeys.Split(',', StringSplitOptions.RemoveEmptyEntries),
                amounts[e.Key].OrderBy(a => a.Position).Select(a => new EventAmountRecord(
                    a.Key, a.Role, new LocalizedText(a.LabelKo, a.LabelEn), a.Value, a.Currency, a.Approximate, a.Qualifier,
                    a.PeriodFrom, a.PeriodTo, new LocalizedText(a.PeriodKo, a.PeriodEn), a.PartOf, a.SameAs, LocalizedText.From(a.OverlapKo, a.OverlapEn))).ToList(),
                citations[e.Key].OrderBy(c => c.Position).Select(c => new OutletCitationRecord(
                    outletByKey[c.OutletKey], c.Via, c.PublishedOn, c.Url, c.Language, c.Headline,
                    values[(e.Key, c.Position)].OrderBy(v => v.Position)
                        .Select(v => new CitedValueRecord(v.AmountKey, v.Value, v.Currency, v.Approximate, v.Qualifier, v.Converted, v.KrwPerUsd)).ToList())).ToList(),
                Notes(e.NotesKo, e.NotesEn),
                disagreements.Where(d => d.EventKeys.Contains(e.Key)).ToList()))
            .ToList();

        var laterValues = (await db.LaterComparisonValues.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(v => v.ComparisonKey);
        var comparisons = (await db.LaterComparisons.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken))
            .Select(c => new LaterComparisonRecord(
                c.Key,
                new LocalizedText(c.TitleKo, c.TitleEn),
                c.ArticleFigureKeys.Split(',', StringSplitOptions.RemoveEmptyEntries),
                new LocalizedText(c.LaterSummaryKo, c.LaterSummaryEn),
                laterValues[c.Key].OrderBy(v => v.Position).Select(v => new LaterValueRecord(new LocalizedText(v.LabelKo, v.LabelEn), v.Value, v.Unit, v.Approximate)).ToList(),
                new OutletCitationRecord(outletByKey[c.OutletKey], c.Via, c.PublishedOn, c.Url, c.Language, null, []),
                new LocalizedText(c.NoteKo, c.NoteEn)))
            .ToList();

        var rate = await db.PageRates.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new EventCatalog(
            rate is null ? null : new PageRateRecord(rate.KrwPerUsd, outletByKey[rate.OutletKey], rate.StatedOn, rate.Url, new LocalizedText(rate.LabelKo, rate.LabelEn)),
            outlets,
            events,
            disagreements,
            comparisons);
    }

    private static List<LocalizedText> Notes(string ko, string en)
    {
        var kos = ko.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ens = en.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return kos.Zip(ens, (k, e) => new LocalizedText(k, e)).ToList();
    }
}
