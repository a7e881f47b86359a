namespace AwsKoreaDashboard.Web.Data;

/// <summary>One value of a comparison's later statement.</summary>
public sealed class LaterComparisonValue
{
    public required string ComparisonKey { get; set; }
    public int Position { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
    public double Value { get; set; }
    public required string Unit { get; set; }
    public bool Approximate { get; set; }
}
