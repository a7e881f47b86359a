namespace AwsKoreaDashboard.Web.Data;

/// <summary>A publication the figures are cited from: an article or the study notes kept with it.</summary>
public sealed class Source
{
    public required string Key { get; set; }
    public required string Kind { get; set; }
    public required string PublisherKo { get; set; }
    public required string PublisherEn { get; set; }
    public required string Headline { get; set; }
    public required string HeadlineEn { get; set; }
    public string? Url { get; set; }
    /// <summary>Other addresses of the same article, one per line.</summary>
    public string AlternateUrls { get; set; } = "";
    public DateOnly? PublishedOn { get; set; }
    public required string Language { get; set; }
    public string? NoteKo { get; set; }
    public string? NoteEn { get; set; }
    public int Position { get; set; }
}
