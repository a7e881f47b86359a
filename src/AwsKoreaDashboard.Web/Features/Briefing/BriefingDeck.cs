using System.Globalization;
using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// What a PowerPoint deck shows, already in the reader's language and currency: the story for the title
/// slide (none for a one-chart file), one slide per chart, the sources, and the words around them.
/// </summary>
public sealed record BriefingDeck(
    string Key,
    string Title,
    CultureInfo Culture,
    string Currency,
    StoryRecord? Story,
    IReadOnlyList<BriefingChartSlide> Charts,
    IReadOnlyList<SourceRecord> Sources,
    BriefingWords Words,
    BriefingSinceSlide? Since = null)
{
    public bool IsKorean => Words.Language == "ko";

    /// <summary>The BCP 47 tag of the reader's text runs.</summary>
    public string LanguageTag => IsKorean ? "ko-KR" : "en-US";

    public bool HasTitleSlide => Story is not null;

    /// <summary>The sources slides: as many as the list needs, the same on /present and in the .pptx.</summary>
    public DeckSources SourcePages { get; init; } = DeckSources.None;

    public bool HasSourcesSlide => SourcePages.Count > 0;

    public int SlideCount => Charts.Count + (Since is null ? 0 : 1) + (HasTitleSlide ? 1 : 0) + SourcePages.Count;

    public string Text(LocalizedText text) => text.In(Culture);
}

/// <summary>A chart slide: the chart as the page shows it, and the page's line about converted amounts, if any.</summary>
public sealed record BriefingChartSlide(ChartView Chart, string? ConversionNote);

/// <summary>The interface words a deck needs, from the same resources as the pages.</summary>
public sealed record BriefingWords(
    string Language,
    string DashboardName,
    string SourcePrefix,
    string SourcesHeading,
    string SourcesContinued,
    string SourcesNote,
    string Announced,
    string DateNotGiven,
    string NoteLabel,
    Formatting.ConvertedMark Converted,
    string AxisEnd);
