namespace AwsKoreaDashboard.Web.Data;

/// <summary>A named presentation of charts for briefing mode; one deck is the default at /present.</summary>
public sealed class Deck
{
    public required string Key { get; set; }
    public int Position { get; set; }
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public bool IsDefault { get; set; }

    /// <summary>The since-the-article commitments chart follows the deck's charts (not from the original article).</summary>
    public bool IncludesSince { get; set; }
    public List<DeckSlide> Slides { get; set; } = [];
}

/// <summary>One chart slide of a deck, in order.</summary>
public sealed class DeckSlide
{
    public required string DeckKey { get; set; }
    public int Position { get; set; }
    public required string ChartKey { get; set; }
}
