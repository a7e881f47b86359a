namespace AwsKoreaDashboard.Web.Data;

/// <summary>One outlet's report of an event: where it was read and, in <see cref="EventCitationValue"/>, what it said.</summary>
public sealed class EventCitation
{
    public required string EventKey { get; set; }
    public int Position { get; set; }
    public required string OutletKey { get; set; }
    public string? Via { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public required string Url { get; set; }
    public required string Language { get; set; }
    public string? Headline { get; set; }
}
