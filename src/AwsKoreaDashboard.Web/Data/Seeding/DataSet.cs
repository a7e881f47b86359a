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
    IReadOnlyList<DeckSlide> DeckSlides);
