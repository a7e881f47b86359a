using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileSchemas;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Reads data/ and checks every rule before anything is written. It returns either a complete
/// <see cref="DataSet"/> or every error found, never half of one. The steps, each in its own file:
/// reading the files (<see cref="DataDirectoryReader"/>), their shape (<see cref="DataFileShape"/>, the JSON
/// Schemas, the one place for shape), and building the entities (EntityBuilder, EventSetLoader) with what a
/// schema cannot say, through one shared <see cref="EntryReader"/>: references, formulas, quotes, pairs, dates,
/// unit ranges.
/// </summary>
public static class DataSetLoader
{
    /// <summary>How deep objects and lists may nest in a data file; the real files use five levels.</summary>
    public const int MaxJsonDepth = 32;

    public static DataSetLoadResult Load(string directory)
    {
        try
        {
            return Load(DataDirectoryReader.Read(directory), directory);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing in data/ may stop the app from serving its last good database: a rule that throws is a named error too.
            return new DataSetLoadResult(null, [new SeedError(directory, "-", "-", $"reading the data files failed: {ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private static DataSetLoadResult Load(DataDirectoryContents contents, string directory)
    {
        var errors = new List<SeedError>(contents.Errors);
        if (contents.Errors.Any(e => e.File == directory))
        {
            return new DataSetLoadResult(null, errors);
        }

        var sourcesFile = DataFileShape.Read<SourcesFile>(contents, directory, Sources, errors);
        var figuresFile = DataFileShape.Read<FiguresFile>(contents, directory, Figures, errors);
        var chartsFile = DataFileShape.Read<ChartsFile>(contents, directory, Charts, errors);
        var backgroundFile = DataFileShape.Read<BackgroundFile>(contents, directory, Background, errors);
        var decksFile = DataFileShape.Read<DecksFile>(contents, directory, Decks, errors);
        if (sourcesFile is null || figuresFile is null || chartsFile is null || backgroundFile is null || decksFile is null)
        {
            return new DataSetLoadResult(null, errors);
        }

        var rules = new EntryReader(errors);
        var builder = new EntityBuilder(contents, rules);
        var sources = builder.ReadSources(sourcesFile);
        var (figures, inputs) = builder.ReadFigures(figuresFile, sources);
        var story = builder.ReadStory(sourcesFile, sources, figures);
        var (charts, categories, series, cells) = builder.ReadCharts(chartsFile, figures);
        var (sections, blocks) = builder.ReadBackground(backgroundFile, sources);
        // Every chart key in charts.json, even of a chart with errors, so decks that name it add no follow-on errors.
        var chartKeys = (chartsFile.Charts ?? []).Select(c => c?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var (decks, slides) = builder.ReadDecks(decksFile, chartKeys);
        var events = EventSetLoader.Load(contents, directory, figures.Keys.ToHashSet(StringComparer.Ordinal), rules);
        if (chartKeys.Contains(SinceChartKey))
        {
            errors.Add(new SeedError(DataFileSchemas.Charts, "charts", "key", $"'{SinceChartKey}' is reserved for the since-the-article chart"));
        }

        if (events is not null && !HasChartedCommitment(events))
        {
            foreach (var deck in decks.Where(d => d.IncludesSince))
            {
                errors.Add(new SeedError(DataFileSchemas.Decks, $"decks[{deck.Position}] '{deck.Key}'", "since", $"the since-the-article chart needs a commitment with a period in events.json; there is none"));
            }
        }

        if (errors.Count > 0 || story is null || events is null)
        {
            return new DataSetLoadResult(null, errors);
        }

        var dataSet = new DataSet(
            contents.ContentHash,
            story,
            sources.Values.ToList(),
            figures.Values.ToList(),
            inputs,
            charts,
            categories,
            series,
            cells,
            sections,
            blocks,
            decks,
            slides) { Events = events };
        return new DataSetLoadResult(dataSet, errors);
    }

    /// <summary>The key a deck's slide of the since-the-article chart goes by (<c>CommitmentPeriodsChart.Key</c>); no chart of charts.json may take it.</summary>
    public const string SinceChartKey = "since-commitments";

    /// <summary>The words of the deck addresses (/present/selection, /present/{deck}/presenter): no deck may be keyed so.</summary>
    public const string PresenterWord = "presenter", SelectionWord = "selection";

    /// <summary>Whether the since chart has a bar to draw: an article event with a period, or a charted follow-up amount.</summary>
    private static bool HasChartedCommitment(EventData events) =>
        events.Events.Any(e => e.Origin == "article" && e.PeriodFrom is not null && e.PeriodTo is not null)
        || events.Amounts.Any(a => a.Role is "commitment" or "joint-total" && a.SameAs is null && a.PeriodFrom is not null && a.PeriodTo is not null);

}
