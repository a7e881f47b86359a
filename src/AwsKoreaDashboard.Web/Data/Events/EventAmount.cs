namespace AwsKoreaDashboard.Web.Data;

/// <summary>An amount a follow-up event states, in the currency it was stated in, for a period.</summary>
public sealed class EventAmount
{
    public required string EventKey { get; set; }
    public int Position { get; set; }
    public required string Key { get; set; }
    public required string Role { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
    public double Value { get; set; }
    public required string Currency { get; set; }
    public bool Approximate { get; set; }
    public string? Qualifier { get; set; }
    public int? PeriodFrom { get; set; }
    public int? PeriodTo { get; set; }
    public required string PeriodKo { get; set; }
    public required string PeriodEn { get; set; }
    public string? PartOf { get; set; }
    public string? SameAs { get; set; }
    public string? OverlapKo { get; set; }
    public string? OverlapEn { get; set; }
}
