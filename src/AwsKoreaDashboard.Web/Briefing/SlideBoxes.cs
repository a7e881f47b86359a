namespace AwsKoreaDashboard.Web.Briefing;

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

    public static readonly Box SourceList = new(Margin, 1143000, Width, 4800600);
    public static readonly Box SinceMeta = new(Margin, 6172200, Width - 762000, 342900);

    // With follow-up reporting, the article's sources on the left and the later outlets on the right.
    public static readonly Box ArticleSourceList = new(Margin, 1143000, (Width / 2) - 114300, 4800600);
    public static readonly Box SinceSourceList = new(Margin + (Width / 2) + 114300, 1143000, (Width / 2) - 114300, 4686300);
    public static readonly Box SourceNote = new(Margin, 5943600, Width - 762000, 381000);
}
