namespace AwsKoreaDashboard.Web.Catalog;

public sealed record SourceRecord(
    string Key,
    string Kind,
    LocalizedText Publisher,
    string Headline,
    string HeadlineEn,
    string? Url,
    IReadOnlyList<string> AlternateUrls,
    DateOnly? PublishedOn,
    string Language,
    LocalizedText? Note);
