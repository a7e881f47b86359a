namespace AwsKoreaDashboard.Web.Data;

/// <summary>A value one outlet gave for an amount, with the conversion it stated where it converted.</summary>
public sealed class EventCitationValue
{
    public required string EventKey { get; set; }
    public int CitationPosition { get; set; }
    public int Position { get; set; }
    public required string AmountKey { get; set; }
    public double Value { get; set; }
    public required string Currency { get; set; }
    public bool Approximate { get; set; }
    public string? Qualifier { get; set; }
    public bool Converted { get; set; }
    public double? KrwPerUsd { get; set; }
}
