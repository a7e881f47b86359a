namespace AwsKoreaDashboard.Web.Data;

/// <summary>Where outlets give different values for one thing: every value is kept, none is picked.</summary>
public sealed class SourceDisagreement
{
    public required string Key { get; set; }
    public int Position { get; set; }
    public required string AboutKo { get; set; }
    public required string AboutEn { get; set; }
    /// <summary>The events it concerns, comma-separated.</summary>
    public required string EventKeys { get; set; }
    public string? NoteKo { get; set; }
    public string? NoteEn { get; set; }
}
