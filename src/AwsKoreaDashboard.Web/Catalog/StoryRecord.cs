namespace AwsKoreaDashboard.Web.Catalog;

public sealed record StoryRecord(
    LocalizedText Title,
    LocalizedText Summary,
    DateOnly AnnouncedOn,
    SourceRecord PrimarySource,
    IReadOnlyList<FigureRecord> HeadlineFigures);
