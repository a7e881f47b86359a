namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>A briefing deck: its title and the charts it shows, in order.</summary>
public sealed record DeckRecord(string Key, LocalizedText Title, bool IsDefault, IReadOnlyList<string> ChartKeys);
