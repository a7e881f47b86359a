namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// A briefing deck: its title, the charts it shows in order, and whether the since-the-article commitments
/// chart (follow-up reporting, not from the original article) follows them.
/// </summary>
public sealed record DeckRecord(string Key, LocalizedText Title, bool IsDefault, IReadOnlyList<string> ChartKeys, bool IncludesSince = false);
