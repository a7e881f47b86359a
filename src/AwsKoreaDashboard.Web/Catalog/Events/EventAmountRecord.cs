namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>An amount a follow-up event states, in the currency it was stated in. Never one of the article's figures.</summary>
public sealed record EventAmountRecord(
    string Key,
    string Role,
    LocalizedText Label,
    double Value,
    string Currency,
    bool Approximate,
    string? Qualifier,
    int? PeriodFrom,
    int? PeriodTo,
    LocalizedText Period,
    string? PartOf,
    string? SameAs,
    LocalizedText? Overlap)
{
    /// <summary>Commitments and joint totals are drawn on the periods chart; shares, restatements, outlets' own totals and context are not.</summary>
    public bool IsCharted => Role is "commitment" or "joint-total" && SameAs is null && PeriodFrom is not null && PeriodTo is not null;
}
