namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>Where outlets differ: all their values, side by side, and a note where the reason is known.</summary>
public sealed record DisagreementRecord(string Key, LocalizedText About, IReadOnlyList<string> EventKeys, IReadOnlyList<DisagreementValueRecord> Values, LocalizedText? Note);
