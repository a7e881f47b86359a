namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>Where things sit on a 16:9 slide (EMU; 914400 to the inch): the layouts and slides share them.</summary>
internal static class SlideBoxes
{
    private const long Margin = 457200;
    private const long Width = OfficeXml.SlideWidth - (2 * Margin);

    public static readonly Box Title = new(Margin, 228600, Width, 762000);
    public static readonly Box Subtitle = new(Margin, 990600, Width, 381000);
    public static readonly Box Chart = new(Margin, 1409700, Width, 3886200);
    public static readonly Box Takeaway = new(Margin, 5334000, Width, 609600);
    public static readonly Box Notes = new(Margin, 5943600, Width, 342900);
    public static readonly Box Source = new(Margin, 6324600, Width - 762000, 342900);
    public static readonly Box Number = new(OfficeXml.SlideWidth - Margin - 685800, 6324600, 685800, 342900);

    public static readonly Box Kicker = new(Margin, 1143000, Width, 533400);
    public static readonly Box StoryTitle = new(Margin, 1714500, Width, 1524000);
    public static readonly Box StorySummary = new(Margin, 3314700, Width, 1333500);
    public static readonly Box StoryMeta = new(Margin, 4762500, Width, 685800);
    public static readonly Box Dashboard = new(Margin, 5715000, Width - 762000, 457200);

    public static readonly Box SourceList = new(Margin, 1005840, Width, 4983480);
    public static readonly Box SinceMeta = new(Margin, 6172200, Width - 762000, 457200);

    public static readonly Box SourceNote = new(Margin, 6035040, Width - 762000, 457200);

    /// <summary>Type sizes (points) of a chart slide: projector-sized, the smallest lines 14 pt.</summary>
    public const int TitlePoints = 28, SubtitlePoints = 18, TakeawayPoints = 18, SmallPoints = 14;

    /// <summary>
    /// A chart slide's boxes, each as tall as its text needs (<see cref="TextMeasure"/>): the title and
    /// subtitle from the top, the source line, notes and takeaway from the bottom, the chart in between.
    /// No box relies on the renderer shrinking its text.
    /// </summary>
    public static ChartSlideBoxes ForChart(string title, string subtitle, string takeaway, IReadOnlyList<string> notes, string source)
    {
        const long gap = 76200;
        var titleBox = new Box(Margin, 182880, Width, TextMeasure.Height([title], TitlePoints, Width));
        var subtitleBox = new Box(Margin, titleBox.Y + titleBox.Height, Width, TextMeasure.Height([subtitle], SubtitlePoints, Width));
        var sourceHeight = TextMeasure.Height([source], SmallPoints, Width - 762000);
        var sourceBox = new Box(Margin, OfficeXml.SlideHeight - 137160 - sourceHeight, Width - 762000, sourceHeight);
        var notesHeight = notes.Count == 0 ? 0 : TextMeasure.Height(notes, SmallPoints, Width);
        var notesBox = new Box(Margin, sourceBox.Y - notesHeight, Width, notesHeight);
        var takeawayHeight = TextMeasure.Height([takeaway], TakeawayPoints, Width);
        var takeawayBox = new Box(Margin, notesBox.Y - takeawayHeight, Width, takeawayHeight);
        var chartTop = subtitleBox.Y + subtitleBox.Height + gap;
        var chartBox = new Box(Margin, chartTop, Width, takeawayBox.Y - gap - chartTop);
        return new ChartSlideBoxes(titleBox, subtitleBox, chartBox, takeawayBox, notesBox, sourceBox);
    }
}

/// <summary>Where a chart slide's title, subtitle, chart, takeaway, notes and source line sit.</summary>
internal sealed record ChartSlideBoxes(Box Title, Box Subtitle, Box Chart, Box Takeaway, Box Notes, Box Source);
