namespace AwsKoreaDashboard.Web.Data;

/// <summary>One outlet's side of a <see cref="SourceDisagreement"/>: a number with its unit, a wording, or both.</summary>
public sealed class DisagreementValue
{
    public required string DisagreementKey { get; set; }
    public int Position { get; set; }
    public required string OutletKey { get; set; }
    public double? Value { get; set; }
    public string? Unit { get; set; }
    public bool Approximate { get; set; }
    public string? Qualifier { get; set; }
    public string? TextKo { get; set; }
    public string? TextEn { get; set; }
}
