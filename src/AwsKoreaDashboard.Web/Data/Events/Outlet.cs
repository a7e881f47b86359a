namespace AwsKoreaDashboard.Web.Data;

/// <summary>A news outlet cited for what happened after the article (events.json), apart from the article's sources.</summary>
public sealed class Outlet
{
    public required string Key { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public int Position { get; set; }
}
