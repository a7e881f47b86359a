using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages.Present;

/// <summary>
/// Briefing mode. /present is the default deck of data/decks.json, /present/{deck} a named one,
/// /present?charts=a,b,c a reader's own selection; /present/presenter (or /present/{deck}/presenter)
/// is the presenter's window. Slides are numbered in the URL's fragment (#3).
/// </summary>
public sealed class IndexModel(ReaderCharts readerCharts) : PageModel
{
    public const string PresenterSegment = "presenter";

    /// <summary>
    /// Query parameters only present.js reads (?autoplay=SECONDS, ?minutes=N): the server renders the same
    /// page whatever they are, so no link of the page carries them (the script adds them back on a click).
    /// </summary>
    public static readonly IReadOnlySet<string> ScriptOnlyParameters = new HashSet<string>(["autoplay", "minutes"], StringComparer.OrdinalIgnoreCase);

    public StoryRecord Story { get; private set; } = null!;

    public string DeckKey { get; private set; } = "";

    public string DeckTitle { get; private set; } = "";

    public bool IsPresenter { get; private set; }

    public IReadOnlyList<ChartSlide> ChartSlides { get; private set; } = [];

    public IReadOnlyList<SourceRecord> Sources { get; private set; } = [];

    public int SlideCount => ChartSlides.Count + 2;

    /// <summary>The deck's address without the presenter segment, for the audience window.</summary>
    public string AudiencePath { get; private set; } = "/present";

    public async Task<IActionResult> OnGetAsync(string? deck, string? view, string? charts, CancellationToken cancellationToken)
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
        var chosen = deck is null ? catalog.DefaultDeck : catalog.Deck(deck);
        if (chosen is null)
        {
            return NotFound();
        }

        var keys = chosen.ChartKeys;
        DeckTitle = presenter.Text(chosen.Title);
        DeckKey = chosen.Key;
        // A reader's own selection, carried in the URL so it can be shared.
        var picked = (charts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(k => catalog.Chart(k) is not null).Distinct().ToList();
        if (picked.Count > 0)
        {
            keys = picked;
            // Named by its charts, so the audience and presenter windows (possibly served by different
            // instances) meet on the same channel.
            DeckKey = "custom-" + string.Join("-", picked);
        }

        var builder = await readerCharts.BuilderAsync(cancellationToken);
        ChartSlides = keys.Select(k => new ChartSlide(builder.Build(catalog.Chart(k)!))).ToList();
        Story = catalog.Story;
        IsPresenter = view == PresenterSegment;
        AudiencePath = deck is null ? "/present" : $"/present/{deck}";
        var cited = ChartSlides.SelectMany(s => s.Chart.Evidence).Select(f => f.Citation!.Source.Key)
            .Append(catalog.Story.PrimarySource.Key)
            .ToHashSet();
        Sources = catalog.Sources.Where(s => cited.Contains(s.Key)).ToList();
        return Page();
    }

    /// <summary>This page in another theme, with the reader's other settings and none of the script's.</summary>
    public string ThemeLink(string theme)
    {
        var query = new QueryBuilder(Request.Query.Where(q => !string.Equals(q.Key, "theme", StringComparison.OrdinalIgnoreCase) && !ScriptOnlyParameters.Contains(q.Key)))
        {
            { "theme", theme },
        };
        return Request.PathBase + Request.Path + query.ToQueryString();
    }

    public sealed record ChartSlide(ChartView Chart);
}
