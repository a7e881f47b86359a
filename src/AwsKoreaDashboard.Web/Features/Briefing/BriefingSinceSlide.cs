using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// The since-the-article slide of a deck that includes it: the commitments chart as /since draws it, the
/// words it needs, and the article's own source for its article rows. Follow-up amounts are the outlets'
/// own, never from the original article, and never added up. With a converted amount on it, the slide says how
/// amounts were converted (<see cref="RateLine"/>), as a chart slide does.
/// </summary>
public sealed record BriefingSinceSlide(
    SinceChart Chart,
    SourceRecord ArticleSource,
    string NotFromArticle,
    string SourceLine,
    string SourcesHeading,
    string ItemHeader,
    string FromHeader,
    string ToHeader,
    string AmountHeader,
    string OriginHeader)
{
    /// <summary>What the chart's converted amounts were converted at, as the page's since chart says it.</summary>
    public string? RateLine => Chart.RateLine;

    /// <summary>The key the chart's frame is named after (Chart since-commitments), as the page's chart card.</summary>
    public string Key => CommitmentPeriodsChart.Key;
}
