using System.Text.Json;
using System.Text.Json.Serialization;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The JSON files in data/ as records, exactly as people edit them, read once a file has passed its schema.
/// Members stay nullable: the schema has already named anything missing. "$schema" points editors at the schema.
/// </summary>
internal static class DataFileRecords
{
    public sealed record Text(string? Ko, string? En);

    public sealed record SourcesFile([property: JsonPropertyName("$schema")] string? Schema, StoryEntry? Story, List<SourceEntry?>? Sources);

    public sealed record StoryEntry(Text? Title, Text? Summary, string? AnnouncedOn, string? PrimarySource, List<string?>? HeadlineFigures);

    public sealed record SourceEntry(
        string? Key,
        string? Kind,
        Text? Publisher,
        string? Headline,
        string? HeadlineEn,
        string? Url,
        List<string>? AlternateUrls,
        string? PublishedOn,
        string? Language,
        string? Text,
        Text? Note);

    public sealed record FiguresFile([property: JsonPropertyName("$schema")] string? Schema, List<FigureEntry?>? Figures);

    public sealed record FigureEntry(
        string? Key,
        string? Kind,
        Text? Label,
        JsonElement? Value,
        string? Unit,
        bool? Approximate,
        string? Qualifier,
        Text? Period,
        string? Pair,
        CitationEntry? Citation,
        string? Formula,
        Text? Note);

    public sealed record CitationEntry(string? Source, string? Quote, string? QuoteEn, Text? Attribution);

    public sealed record ChartsFile([property: JsonPropertyName("$schema")] string? Schema, List<ChartEntry?>? Charts);

    public sealed record ChartEntry(
        string? Key,
        string? Kind,
        Text? Title,
        Text? Subtitle,
        Text? Takeaway,
        Text? Note,
        string? Unit,
        string? Sort,
        List<CategoryEntry?>? Categories,
        List<SeriesEntry?>? Series);

    public sealed record CategoryEntry(Text? Label, bool? Highlight);

    public sealed record SeriesEntry(Text? Label, List<string?>? Figures);

    public sealed record DecksFile([property: JsonPropertyName("$schema")] string? Schema, List<DeckEntry?>? Decks);

    public sealed record DeckEntry(string? Key, bool? Default, Text? Title, List<string?>? Charts, bool? Since);

    public sealed record BackgroundFile([property: JsonPropertyName("$schema")] string? Schema, List<SectionEntry?>? Sections);

    public sealed record SectionEntry(string? Key, Text? Title, List<Text?>? Paragraphs, List<Text?>? Items, CitationEntry? Citation);
}
