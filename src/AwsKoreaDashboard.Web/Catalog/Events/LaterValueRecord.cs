namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>One value of a later statement.</summary>
public sealed record LaterValueRecord(LocalizedText Label, double Value, string Unit, bool Approximate);
