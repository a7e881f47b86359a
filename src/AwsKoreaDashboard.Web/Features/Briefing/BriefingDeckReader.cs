using AwsKoreaDashboard.Web.Catalog;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// Puts a <see cref="BriefingDeck"/> together for this request's reader: a deck of data/decks.json, a
/// reader's own selection of charts, or one chart. The same slides and sources as /present.
/// </summary>
public sealed class BriefingDeckReader(ReaderCharts readerCharts, ReaderSettings settings, IStringLocalizer<SharedResource> localizer)
{
    public const string SelectionKey = Data.Seeding.DataSetLoader.SelectionWord;

    /// <summary>A named deck, or null when there is none.</summary>
    public async Task<BriefingDeck?> DeckAsync(string key, CancellationToken cancellationToken = default)
    {
        var presenter = await readerCharts.PresenterAsync(cancellationToken);
        return presenter.Catalog.Deck(key) is { } deck
            ? await BuildAsync(deck.Key, presenter.Text(deck.Title), deck.ChartKeys, withStory: true, cancellationToken, deck.IncludesSince)
            : null;
    }

    /// <summary>
    /// The reader's own selection in their order; unknown keys are left out, and none known is null. No list at
    /// all is every chart, as the selection page shows before a reader picks.
    /// </summary>
    public async Task<BriefingDeck?> SelectionAsync(string? charts, CancellationToken cancellationToken = default)
    {
        var presenter = await readerCharts.PresenterAsync(cancellationToken);
        var keys = string.IsNullOrWhiteSpace(charts)
            ? presenter.Catalog.Charts.Select(c => c.Key).ToList()
            : charts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(k => presenter.Catalog.Chart(k) is not null).Distinct().ToList();
        return keys.Count == 0
            ? null
            : await BuildAsync(SelectionKey, presenter.Text(presenter.Catalog.DefaultDeck.Title), keys, withStory: true, cancellationToken);
    }

    /// <summary>One chart on one slide (its source line and speaker notes carry the citations), or null.</summary>
    public async Task<BriefingDeck?> ChartAsync(string key, CancellationToken cancellationToken = default)
    {
        var presenter = await readerCharts.PresenterAsync(cancellationToken);
        return presenter.Catalog.Chart(key) is { } chart
            ? await BuildAsync(key, presenter.FillTokens(chart.Title), [key], withStory: false, cancellationToken)
            : null;
    }

    private async Task<BriefingDeck> BuildAsync(string key, string title, IReadOnlyList<string> chartKeys, bool withStory, CancellationToken cancellationToken, bool withSince = false)
    {
        var presenter = await readerCharts.PresenterAsync(cancellationToken);
        var builder = await readerCharts.BuilderAsync(cancellationToken);
        var catalog = presenter.Catalog;
        var slides = chartKeys.Select(k => builder.Build(catalog.Chart(k)!)).Select(view => new BriefingChartSlide(view, ConversionNote(view))).ToList();
        IReadOnlyList<SourceRecord> sources = [];
        if (withStory)
        {
            var cited = slides.SelectMany(s => s.Chart.Evidence).Select(f => f.Citation!.Source.Key)
                .Append(catalog.Story.PrimarySource.Key)
                .ToHashSet();
            sources = catalog.Sources.Where(s => cited.Contains(s.Key)).ToList();
        }

        // The story's headline with its amount in the reader's currency, as on the page.
        var story = catalog.Story with { Title = new LocalizedText(presenter.StoryTitle, presenter.StoryTitle) };
        var since = withSince ? await SinceSlideAsync(catalog.Story.PrimarySource, cancellationToken) : null;
        var words = Words();
        return new BriefingDeck(key, title, presenter.Culture, presenter.Currency, withStory ? story : null, slides, sources, words, since)
        {
            SourcePages = SourcePages(sources, since, presenter.Culture, words),
        };
    }

    /// <summary>The article's sources, then the outlets that reported since, each with its reports, on as many slides as they need.</summary>
    private static DeckSources SourcePages(IReadOnlyList<SourceRecord> sources, BriefingSinceSlide? since, System.Globalization.CultureInfo culture, BriefingWords words)
    {
        var english = words.Language != "ko";
        var articles = sources.Select(s => SourceItem.Of(s, culture, english, words.DateNotGiven)).ToList();
        var followUps = since is null
            ? []
            : since.Chart.Outlets.Select(outlet => new SourceItem(
                since.Chart.Events.Text(outlet.Name), null, null, null, null,
                since.Chart.FollowUpCitations.Where(c => c.Outlet.Key == outlet.Key)
                    .Select(c => new SourceLink(SourceItem.DateText(c.PublishedOn, words.DateNotGiven), c.Url)).ToList())).ToList();
        return articles.Count + followUps.Count == 0 ? DeckSources.None : DeckSources.Paginate(articles, followUps);
    }

    private async Task<BriefingSinceSlide> SinceSlideAsync(SourceRecord article, CancellationToken cancellationToken)
    {
        var chart = await readerCharts.SinceAsync(cancellationToken);
        return new BriefingSinceSlide(
            chart,
            article,
            localizer["Since.NotFromArticle"],
            localizer["Since.SlideSourceLine"],
            localizer["Since.SourcesHeading"],
            localizer["Table.Item"],
            localizer["Since.FromYear"],
            localizer["Since.ToYear"],
            localizer["Since.Amount"],
            localizer["Since.Origin"]);
    }

    /// <summary>The line the chart card shows under a chart with converted amounts.</summary>
    private string? ConversionNote(ChartView view) =>
        view.Values.FirstOrDefault(v => v.IsConverted)?.ConvertedWith is { } rate
            ? localizer["Converted", rate.Format(settings.Culture)].Value
            : null;

    private BriefingWords Words() => new(
        settings.Language,
        localizer["SiteName"],
        localizer["SourcePrefix"],
        localizer["Footer.Sources"],
        localizer["Present.SourcesContinued"],
        localizer["Present.SourcesNote"],
        localizer["Story.Announced"],
        localizer["DateNotGiven"],
        localizer["Note"],
        settings.Converted,
        localizer["Briefing.AxisEnd"]);
}
