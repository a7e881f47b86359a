using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Infrastructure;
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
public sealed class IndexModel(ReaderCharts readerCharts, ReaderSettings reader) : PageModel
{
    public const string PresenterSegment = "presenter";
    public const string SelectionSegment = "selection";

    public StoryRecord Story { get; private set; } = null!;

    /// <summary>The story's headline in the reader's currency.</summary>
    public string StoryTitle { get; private set; } = "";

    public string DeckKey { get; private set; } = "";

    public string DeckTitle { get; private set; } = "";

    public bool IsPresenter { get; private set; }

    /// <summary>A reader's own briefing: every chart is in the page, and the script picks.</summary>
    public bool IsSelection { get; private set; }

    public IReadOnlyList<ChartView> ChartSlides { get; private set; } = [];

    public IReadOnlyList<SourceRecord> Sources { get; private set; } = [];

    /// <summary>The since-the-article chart, when the deck includes it (after its charts): follow-up reporting.</summary>
    public SinceChart? Since { get; private set; }

    public int SlideCount => ChartSlides.Count + (Since is null ? 2 : 3);

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

        DeckTitle = presenter.Text(chosen.Title);
        DeckKey = IsSelection ? SelectionSegment : chosen.Key;
        var keys = IsSelection ? catalog.Charts.Select(c => c.Key) : chosen.ChartKeys;
        var builder = await readerCharts.BuilderAsync(cancellationToken);
        ChartSlides = keys.Select(k => builder.Build(catalog.Chart(k)!)).ToList();
        Since = !IsSelection && chosen.IncludesSince ? await readerCharts.SinceAsync(cancellationToken) : null;
        Story = catalog.Story;
        StoryTitle = presenter.StoryTitle;
        IsPresenter = view == PresenterSegment;
        AudiencePath = reader.Href(deck is null ? "/present" : $"/present/{deck}");
        var cited = ChartSlides.SelectMany(s => s.Evidence).Select(f => f.Citation!.Source.Key)
            .Append(catalog.Story.PrimarySource.Key)
            .ToHashSet();
        Sources = catalog.Sources.Where(s => cited.Contains(s.Key)).ToList();
        return Page();
    }
}
