namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>Everything events.json holds, as view records, apart from <see cref="DashboardCatalog"/> (the article's figures).</summary>
public sealed record EventCatalog(
    PageRateRecord? PageRate,
    IReadOnlyList<OutletRecord> Outlets,
    IReadOnlyList<TimelineEventRecord> Events,
    IReadOnlyList<DisagreementRecord> Disagreements,
    IReadOnlyList<LaterComparisonRecord> Comparisons)
{
    public IEnumerable<TimelineEventRecord> FollowUps => Events.Where(e => !e.IsFromArticle);

    /// <summary>The outlets cited anywhere, in the order of the outlets list.</summary>
    public IEnumerable<OutletRecord> CitedOutlets =>
        Outlets.Where(o => Events.Any(e => e.Citations.Any(c => c.Outlet.Key == o.Key)) || Comparisons.Any(c => c.Citation.Outlet.Key == o.Key));
}
