namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>One outlet's report of a follow-up event, with the values it gave.</summary>
public sealed record OutletCitationRecord(
    OutletRecord Outlet,
    string? Via,
    DateOnly? PublishedOn,
    string Url,
    string Language,
    string? Headline,
    IReadOnlyList<CitedValueRecord> Values);
