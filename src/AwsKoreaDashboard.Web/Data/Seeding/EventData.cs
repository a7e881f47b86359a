namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>The validated rows of events.json, flat, for the seeder to compare table by table.</summary>
public sealed record EventData(
    PageRate? PageRate,
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<EventAmount> Amounts,
    IReadOnlyList<EventCitation> Citations,
    IReadOnlyList<EventCitationValue> CitationValues,
    IReadOnlyList<SourceDisagreement> Disagreements,
    IReadOnlyList<DisagreementValue> DisagreementValues,
    IReadOnlyList<LaterComparison> Comparisons,
    IReadOnlyList<LaterComparisonValue> ComparisonValues)
{
    public static EventData Empty { get; } = new(null, [], [], [], [], [], [], [], [], []);
}
