namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The validated content of data/, as the rows the database should hold, flat (children in their own
/// lists) so the seeder can compare each table with what is stored.
/// </summary>
public sealed record DataSet(
    string ContentHash,
    Story Story,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<FigureInput> FigureInputs,
    IReadOnlyList<Chart> Charts,
    IReadOnlyList<ChartCategory> ChartCategories,
    IReadOnlyList<ChartSeries> ChartSeries,
    IReadOnlyList<ChartCell> ChartCells,
    IReadOnlyList<BackgroundSection> BackgroundSections,
    IReadOnlyList<BackgroundBlock> BackgroundBlocks,
    IReadOnlyList<Deck> Decks,
    IReadOnlyList<DeckSlide> DeckSlides)
{
    /// <summary>What happened after the article (events.json): not the article's figures, kept in tables of their own.</summary>
    public EventData Events { get; init; } = EventData.Empty;
}
