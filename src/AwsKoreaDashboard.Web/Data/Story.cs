namespace AwsKoreaDashboard.Web.Data;

/// <summary>The one story the dashboard is about: its title, summary and primary source.</summary>
public sealed class Story
{
    public int Id { get; set; } = 1;
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public required string SummaryKo { get; set; }
    public required string SummaryEn { get; set; }
    public DateOnly AnnouncedOn { get; set; }
    public required string PrimarySourceKey { get; set; }
    /// <summary>The figures shown as cards at the top of the dashboard, comma-separated, in order.</summary>
    public string HeadlineFigureKeys { get; set; } = "";
}
