namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// One number of the story. A reported figure carries the verbatim quote that states it; a derived figure
/// carries the formula over other figures that it was computed from.
/// </summary>
public sealed class Figure
{
    public required string Key { get; set; }
    public required string Kind { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
    public double Value { get; set; }
    public required string Unit { get; set; }
    public bool Approximate { get; set; }
    public string? Qualifier { get; set; }
    public required string PeriodKo { get; set; }
    public required string PeriodEn { get; set; }
    /// <summary>The same amount in the other currency, as the article states it.</summary>
    public string? PairKey { get; set; }
    public string? SourceKey { get; set; }
    public Source? Source { get; set; }
    public string? Quote { get; set; }
    public string? QuoteEn { get; set; }
    public string? AttributionKo { get; set; }
    public string? AttributionEn { get; set; }
    public string? Formula { get; set; }
    public string? NoteKo { get; set; }
    public string? NoteEn { get; set; }
    public int Position { get; set; }
    public List<FigureInput> Inputs { get; set; } = [];
}

public static class FigureKinds
{
    public const string Reported = "reported";
    public const string Derived = "derived";
}
