
namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>The charts' colours (<see cref="ChartPalette"/>) as RGB hex for DrawingML.</summary>
internal static class DeckPalette
{
    public const string Text = ChartPalette.Text;
    public const string Muted = ChartPalette.Muted;
    public const string Grid = ChartPalette.Grid;
    public const string Highlight = ChartPalette.Highlight;
    public const string Neutral = ChartPalette.Neutral;
    public const string Series1 = ChartPalette.Series1;
    public const string Series2 = ChartPalette.Series2;
    public const string OnSeries = ChartPalette.OnSeries;
    public const string Background = ChartPalette.Background;
    public const string Surface = ChartPalette.Surface;
    public const string Link = ChartPalette.Link;

    public static string Series(int index) => ChartPalette.Series(index);
}
