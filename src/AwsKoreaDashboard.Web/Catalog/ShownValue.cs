namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// A figure as shown to this reader: in their currency, either the article's own number (the figure or
/// its pair) or a conversion at the article's implied rate, which then is derived.
/// </summary>
public sealed record ShownValue(FigureRecord Figure, double Value, string Unit, string Text, FigureRecord? ConvertedWith)
{
    public bool IsConverted => ConvertedWith is not null;

    /// <summary>The figure whose page explains this value.</summary>
    public string FigureKey => Figure.Key;
}
