using System.Globalization;
using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// A deck's sources slides: the article's sources, then the outlets that reported since, split into as many
/// slides as they need so that none is cut. /present and the PowerPoint file read the same pages.
/// </summary>
/// <remarks>
/// A page holds <see cref="LinesPerPage"/> lines of text <see cref="EmsPerLine"/> ems wide (measured
/// generously, <see cref="TextMeasure"/>). Both writers set the list in type that keeps a line at least that
/// wide and the page at least that tall: on the web slide 3.6cqh over the stage's width (about 48 ems and 19
/// lines with the note), in the .pptx 18 pt over 12.3 in (49 ems; 16 lines of 21.6 pt and the paragraphs'
/// 3 pt fit its 5.45 in). The browser tests check that the last source is inside the stage at 1024 × 768 and
/// 1920 × 1080, the LibreOffice test that no text leaves its slide.
/// </remarks>
public sealed record DeckSources(IReadOnlyList<SourcesPage> Pages)
{
    public const int LinesPerPage = 16;
    public const double EmsPerLine = 46;

    /// <summary>Links, dates and names: mostly lower case and punctuation (<see cref="TextMeasure.Ems"/>).</summary>
    private const double LatinEms = 0.52;

    /// <summary>A line with Hangul is set in Noto Sans CJK, whose lines are taller: 1.45 em against Arial's 1.2.</summary>
    private const double FullWidthLine = 1.45 / 1.2;

    /// <summary>A follow-up group's heading costs this many lines, an item's gap this fraction of one.</summary>
    private const double HeadingLines = 1.6, GapLines = 0.3;

    public static readonly DeckSources None = new([]);

    public int Count => Pages.Count;

    /// <summary>
    /// Splits the items into pages, keeping each item whole and in order: as few pages as
    /// <see cref="LinesPerPage"/> allows, and as even as the items allow. Filled one page after another, a list a
    /// little too long for three pages left one source alone on a fourth; the items are spread instead over the same
    /// number of pages, each page holding no more than the fullest must.
    /// </summary>
    public static DeckSources Paginate(IReadOnlyList<SourceItem> articles, IReadOnlyList<SourceItem> followUps)
    {
        var pages = Fill(articles, followUps, LinesPerPage);
        if (pages.Count > 1)
        {
            // The least a page must hold for the items to need no more pages than that (to a twentieth of a line).
            double low = 0, high = LinesPerPage;
            while (high - low > 0.05)
            {
                var middle = (low + high) / 2;
                if (Fill(articles, followUps, middle).Count <= pages.Count)
                {
                    high = middle;
                }
                else
                {
                    low = middle;
                }
            }

            pages = Fill(articles, followUps, high);
        }

        return new DeckSources(pages.Select((p, i) => new SourcesPage(i + 1, pages.Count, p.Articles, p.FollowUps)).ToList());
    }

    /// <summary>The items in order on pages of at most <paramref name="lines"/> lines each (an item longer than that alone on its page).</summary>
    private static List<(List<SourceItem> Articles, List<SourceItem> FollowUps)> Fill(IReadOnlyList<SourceItem> articles, IReadOnlyList<SourceItem> followUps, double lines)
    {
        var pages = new List<(List<SourceItem> Articles, List<SourceItem> FollowUps)>();
        var articlesOnPage = new List<SourceItem>();
        var followUpsOnPage = new List<SourceItem>();
        var used = 0d;

        void Add(SourceItem item, bool followUp)
        {
            var cost = Lines(item) + GapLines + (followUp && followUpsOnPage.Count == 0 ? HeadingLines : 0);
            if (used + cost > lines && (articlesOnPage.Count > 0 || followUpsOnPage.Count > 0))
            {
                pages.Add((articlesOnPage, followUpsOnPage));
                (articlesOnPage, followUpsOnPage, used) = ([], [], 0);
                cost = Lines(item) + GapLines + (followUp ? HeadingLines : 0);
            }

            (followUp ? followUpsOnPage : articlesOnPage).Add(item);
            used += cost;
        }

        foreach (var item in articles)
        {
            Add(item, followUp: false);
        }

        foreach (var item in followUps)
        {
            Add(item, followUp: true);
        }

        if (articlesOnPage.Count > 0 || followUpsOnPage.Count > 0)
        {
            pages.Add((articlesOnPage, followUpsOnPage));
        }

        return pages;
    }

    /// <summary>The lines an item takes, in Latin lines: its first line and each link line, wrapped at <see cref="EmsPerLine"/>.</summary>
    public static double Lines(SourceItem item) =>
        Lines(item.FirstLine) + item.Links.Sum(Lines);

    /// <summary>A link is not broken after its date: one that does not fit beside it starts a line of its own.</summary>
    private static double Lines(SourceLink link) =>
        link.Date is null || Lines(link.Text) <= 1 ? Lines(link.Text) : Lines(link.Date) + Lines(link.Url);

    private static double Lines(string text) =>
        TextMeasure.Lines(text, EmsPerLine, LatinEms) * (TextMeasure.HasFullWidth(text) ? FullWidthLine : 1);
}

/// <summary>One sources slide: its number among them, the article's sources on it and the later outlets on it.</summary>
public sealed record SourcesPage(int Number, int Of, IReadOnlyList<SourceItem> Articles, IReadOnlyList<SourceItem> FollowUps)
{
    /// <summary>The second and later pages say they continue the list.</summary>
    public bool Continued => Number > 1;

    public bool IsLast => Number == Of;
}

/// <summary>
/// A source as a slide lists it: a name (a publisher or an outlet), for an article's source its headline (with
/// the English rendering for an English reader) and date, and its links, each with a date for a report.
/// </summary>
public sealed record SourceItem(string Name, string? Headline, string? HeadlineLanguage, string? HeadlineEn, string? Date, IReadOnlyList<SourceLink> Links)
{
    /// <summary>The first line as both writers set it.</summary>
    public string FirstLine =>
        Headline is null ? Name : $"{Name}, 「{Headline}」{(HeadlineEn is null ? "" : $" ({HeadlineEn})")}, {Date}";

    /// <summary>An article's source, in the reader's language.</summary>
    public static SourceItem Of(SourceRecord source, CultureInfo culture, bool english, string dateNotGiven) => new(
        source.Publisher.In(culture),
        source.Headline,
        source.Language == "ko" ? "ko-KR" : "en-US",
        english && source.Language == "ko" ? source.HeadlineEn : null,
        DateText(source.PublishedOn, dateNotGiven),
        source.Url is { } url ? [new SourceLink(null, url)] : []);

    public static string DateText(DateOnly? date, string dateNotGiven) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? dateNotGiven;
}

/// <summary>A link under a source; a follow-up report's carries the report's date.</summary>
public sealed record SourceLink(string? Date, string Url)
{
    public string Text => Date is null ? Url : $"{Date} {Url}";
}
