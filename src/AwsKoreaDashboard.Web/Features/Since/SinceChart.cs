using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Since;

/// <summary>
/// The since-the-article commitments chart as one reader sees it: what charts.js draws, the rows of its
/// table, its text alternative, and the events behind it (for citations). Not from the original article.
/// </summary>
/// <param name="RateLine">What its converted amounts were converted at (<see cref="CommitmentPeriodsChart.RateLine"/>), or null.</param>
public sealed record SinceChart(ChartPayload Chart, IReadOnlyList<CommitmentPeriodRow> Rows, string AltText, EventPresenter Events, string? RateLine = null)
{
    /// <summary>The events the chart draws a bar for, in timeline order.</summary>
    public IReadOnlyList<TimelineEventRecord> ChartedEvents =>
        Rows.Select(r => r.EventKey).Distinct().Select(k => Events.Events.Events.First(e => e.Key == k)).ToList();

    /// <summary>The follow-up reports behind the chart's follow-up bars: every citation, once per URL.</summary>
    public IReadOnlyList<OutletCitationRecord> FollowUpCitations =>
        ChartedEvents.Where(e => !e.IsFromArticle).SelectMany(e => e.Citations).DistinctBy(c => c.Url).ToList();

    /// <summary>The outlets of those reports, in the order of events.json's outlet list.</summary>
    public IReadOnlyList<OutletRecord> Outlets =>
        Events.Events.Outlets.Where(o => FollowUpCitations.Any(c => c.Outlet.Key == o.Key)).ToList();
}
