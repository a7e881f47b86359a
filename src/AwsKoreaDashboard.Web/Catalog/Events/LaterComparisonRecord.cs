namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>An article comparison with a later, separately cited figure: two statements, never one series.</summary>
public sealed record LaterComparisonRecord(
    string Key,
    LocalizedText Title,
    IReadOnlyList<string> ArticleFigureKeys,
    LocalizedText LaterSummary,
    IReadOnlyList<LaterValueRecord> LaterValues,
    OutletCitationRecord Citation,
    LocalizedText Note);

