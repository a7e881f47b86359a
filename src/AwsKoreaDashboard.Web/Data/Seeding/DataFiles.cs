using System.Text.Json;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The shapes of the JSON files in data/, exactly as people edit them. Every member is nullable so that a
/// missing field becomes a validation message that names it, not a deserialisation exception.
/// </summary>
internal static class DataFiles
{
    public const string Sources = "sources.json";
    public const string Figures = "figures.json";
    public const string Charts = "charts.json";
    public const string Background = "background.json";
    public const string Decks = "decks.json";

    public static readonly IReadOnlyList<string> All = [Sources, Figures, Charts, Background, Decks];

    public sealed record Text(string? Ko, string? En);

    public sealed record SourcesFile(StoryEntry? Story, List<SourceEntry?>? Sources);

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

    public sealed record FiguresFile(List<FigureEntry?>? Figures);

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

    public sealed record ChartsFile(List<ChartEntry?>? Charts);

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

    public sealed record DecksFile(List<DeckEntry?>? Decks);

    public sealed record DeckEntry(string? Key, bool? Default, Text? Title, List<string?>? Charts, bool? Since);

    public sealed record BackgroundFile(List<SectionEntry?>? Sections);

    public sealed record SectionEntry(string? Key, Text? Title, List<Text?>? Paragraphs, List<Text?>? Items, CitationEntry? Citation);
}
