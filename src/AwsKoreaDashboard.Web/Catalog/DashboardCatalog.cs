namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>Everything the dashboard shows, read in one go: the data set is small and read-only.</summary>
public sealed record DashboardCatalog(
    StoryRecord Story,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<FigureRecord> Figures,
    IReadOnlyList<ChartRecord> Charts,
    IReadOnlyList<BackgroundSectionRecord> Background,
    IReadOnlyList<DeckRecord> Decks,
    EventCatalog Events)
{
    private readonly Dictionary<string, FigureRecord> _figures = Figures.ToDictionary(f => f.Key);
    private readonly Dictionary<string, ChartRecord> _charts = Charts.ToDictionary(c => c.Key);

    public FigureRecord? Figure(string key) => _figures.GetValueOrDefault(key);

    public ChartRecord? Chart(string key) => _charts.GetValueOrDefault(key);

    public DeckRecord DefaultDeck => Decks.First(d => d.IsDefault);

    public DeckRecord? Deck(string key) => Decks.FirstOrDefault(d => d.Key == key);

    /// <summary>The articles that covered the same announcement, for the "related coverage" of a fact panel.</summary>
    public IEnumerable<SourceRecord> RelatedCoverage(string exceptSourceKey) =>
        Sources.Where(s => s.Kind == "article" && s.Key != exceptSourceKey);
}
