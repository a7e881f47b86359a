namespace AwsKoreaDashboard.Web.Data;

/// <summary>An input of a derived figure's formula, kept as a row so pages can link to it.</summary>
public sealed class FigureInput
{
    public required string FigureKey { get; set; }
    public required string InputKey { get; set; }
    public int Position { get; set; }
}
