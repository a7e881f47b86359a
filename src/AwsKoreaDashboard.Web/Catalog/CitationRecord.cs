namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>Where a reported figure comes from: the source and the verbatim sentence that states it.</summary>
public sealed record CitationRecord(SourceRecord Source, string Quote, string QuoteEn, LocalizedText? Attribution);
