namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The files of data/ and the JSON Schema (draft 2020-12, in data/schemas/) each must follow. Editors read the
/// same schemas through each file's "$schema", and the build embeds them so the seeder checks shape with them.
/// A new data file with a shape is one line here.
/// </summary>
public static class DataFileSchemas
{
    public const string Sources = "sources.json";
    public const string Figures = "figures.json";
    public const string Charts = "charts.json";
    public const string Background = "background.json";
    public const string Decks = "decks.json";
    public const string Events = EventFiles.Events;

    public static readonly IReadOnlyDictionary<string, string> SchemaOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Sources] = "sources.schema.json",
        [Figures] = "figures.schema.json",
        [Charts] = "charts.schema.json",
        [Background] = "background.schema.json",
        [Decks] = "decks.schema.json",
        [Events] = "events.schema.json",
    };
}
