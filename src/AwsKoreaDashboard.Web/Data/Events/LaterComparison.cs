namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// A comparison of the article that has a later figure (the OECD adoption rate): the article's figures by key
/// and the later statement with its citation, kept as two statements, never one series.
/// </summary>
public sealed class LaterComparison
{
    public required string Key { get; set; }
    public int Position { get; set; }
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public required string ArticleFigureKeys { get; set; }
    public required string LaterSummaryKo { get; set; }
    public required string LaterSummaryEn { get; set; }
    public required string OutletKey { get; set; }
    public string? Via { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public required string Url { get; set; }
    public required string Language { get; set; }
    public required string NoteKo { get; set; }
    public required string NoteEn { get; set; }
}
