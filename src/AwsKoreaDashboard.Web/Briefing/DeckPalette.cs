namespace AwsKoreaDashboard.Web.Briefing;

/// <summary>
/// The dashboard's light-theme colours (wwwroot/css/site.css), as RGB hex for DrawingML: Korea and the
/// announced investment in the highlight colour, the other bars neutral, stacked series in blue and amber.
/// </summary>
internal static class DeckPalette
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
}
