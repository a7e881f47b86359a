namespace AwsKoreaDashboard.Web.Data;

/// <summary>The rate the "since the article" page names for amounts no outlet converted itself (one row).</summary>
public sealed class PageRate
{
    public int Id { get; set; } = 1;
    public double KrwPerUsd { get; set; }
    public required string OutletKey { get; set; }
    public DateOnly? StatedOn { get; set; }
    public required string Url { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
}
