namespace AwsKoreaDashboard.Web.Features.Charts;

/// <summary>
/// The charts' light-theme colours (wwwroot/css/site.css), as RGB hex: Korea and the announced investment in
/// the highlight colour, the other bars neutral, stacked series in blue and amber. The PowerPoint decks
/// (<c>DeckPalette</c>) and the server-drawn preview images read them from here.
/// </summary>
public static class ChartPalette
{
    public const string Text = "1D2430";
    public const string Muted = "5A6472";
    public const string Grid = "E6E8EC";
    public const string Highlight = "C24E00";
    public const string Neutral = "8795A6";
    public const string Series1 = "1F5FA8";
    public const string Series2 = "E69F00";
    public const string OnSeries = "FFFFFF";
    public const string Background = "FFFFFF";
    public const string Surface = "F4F5F7";
    public const string Link = "1F5FA8";

    public static string Series(int index) => index % 2 == 0 ? Series1 : Series2;

    /// <summary>A bar's colour: the highlight for Korea (or what the chart marks), neutral for the rest.</summary>
    public static string Bar(bool highlight) => highlight ? Highlight : Neutral;
}
