using AwsKoreaDashboard.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Present;

/// <summary>
/// Briefing mode, under the reader's prefix (/ko/KRW/…): /present is the default deck of data/decks.json,
/// /present/{deck} a named one, /present/selection?charts=a,b,c a reader's own selection (the page holds
/// every chart; the script keeps the chosen ones in their order, so the server sends one page whatever the
/// selection, and the static copy works the same); /present/presenter (or /present/{deck}/presenter) is the
/// presenter's window. Slides are numbered in the URL's fragment (#3).
/// </summary>
public sealed class IndexModel(BriefingDeckReader decks, ReaderCharts readerCharts, ReaderSettings reader) : PageModel
{
    public const string PresenterSegment = Data.Seeding.DataSetLoader.PresenterWord;
    public const string SelectionSegment = Data.Seeding.DataSetLoader.SelectionWord;

    public StoryRecord Story { get; private set; } = null!;

    /// <summary>The story's headline in the reader's currency.</summary>
    public string StoryTitle { get; private set; } = "";

    public string DeckKey { get; private set; } = "";

    public string DeckTitle { get; private set; } = "";

    public bool IsPresenter { get; private set; }

    /// <summary>A reader's own briefing: every chart is in the page, and the script picks.</summary>
    public bool IsSelection { get; private set; }

    /// <summary>The deck as the PowerPoint file has it: the same charts, since slide and sources pages.</summary>
    public BriefingDeck Deck { get; private set; } = null!;

    public IReadOnlyList<ChartView> ChartSlides => Deck.Charts.Select(c => c.Chart).ToList();

    /// <summary>The since-the-article chart, when the deck includes it (after its charts): follow-up reporting.</summary>
    public SinceChart? Since => Deck.Since?.Chart;

    public int SlideCount => Deck.SlideCount;

    /// <summary>The deck's address without the presenter segment, for the audience window.</summary>
    public string AudiencePath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? deck, string? view, CancellationToken cancellationToken)
    {
        if (deck == PresenterSegment && view is null)
        {
            (deck, view) = (null, PresenterSegment);
        }

        if (view is not null && view != PresenterSegment)
        {
            return NotFound();
        }

        var presenter = await readerCharts.PresenterAsync(cancellationToken);
        var catalog = presenter.Catalog;
        IsSelection = deck == SelectionSegment;
        var chosen = deck is null || IsSelection ? catalog.DefaultDeck : catalog.Deck(deck);
        if (chosen is null)
        {
            return NotFound();
        }

        // A selection page holds every chart (the script keeps the chosen ones), as a selection file of no list does.
        Deck = (IsSelection ? await decks.SelectionAsync(null, cancellationToken) : await decks.DeckAsync(chosen.Key, cancellationToken))!;
        DeckTitle = Deck.Title;
        DeckKey = IsSelection ? SelectionSegment : chosen.Key;
        Story = catalog.Story;
        StoryTitle = presenter.StoryTitle;
        IsPresenter = view == PresenterSegment;
        AudiencePath = reader.Href(deck is null ? "/present" : $"/present/{deck}");
        return Page();
    }
}
