namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// One step of the timeline. An article event carries only figure keys (its numbers are the article's
/// figures); a follow-up is not from the original article and carries its own amounts and citations.
/// </summary>
public sealed record TimelineEventRecord(
    string Key,
    string Origin,
    string Scope,
    string Date,
    string Precision,
    DateOnly SortDate,
    string Kind,
    LocalizedText Summary,
    int? PeriodFrom,
    int? PeriodTo,
    LocalizedText? Period,
    IReadOnlyList<string> FigureKeys,
    IReadOnlyList<EventAmountRecord> Amounts,
    IReadOnlyList<OutletCitationRecord> Citations,
    IReadOnlyList<LocalizedText> Notes,
    IReadOnlyList<DisagreementRecord> Disagreements)
{
    public bool IsFromArticle => Origin == "article";

    public bool IsContextOnly => Scope == "regional";
}
