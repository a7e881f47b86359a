namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>One outlet's side of a disagreement: a number with its unit, a wording, or both.</summary>
public sealed record DisagreementValueRecord(OutletRecord Outlet, double? Value, string? Unit, bool Approximate, string? Qualifier, LocalizedText? Text);
