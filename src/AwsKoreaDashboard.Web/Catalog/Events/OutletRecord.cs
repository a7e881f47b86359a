namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>A news outlet cited for a follow-up; not one of the article's sources.</summary>
public sealed record OutletRecord(string Key, LocalizedText Name);
