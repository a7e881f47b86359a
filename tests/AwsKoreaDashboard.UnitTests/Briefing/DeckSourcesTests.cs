using AwsKoreaDashboard.Web.Features.Briefing;

namespace AwsKoreaDashboard.UnitTests.Briefing;

/// <summary>How a deck's sources are split over its sources slides (the web deck and the .pptx read the same pages).</summary>
public sealed class DeckSourcesTests
{
    /// <summary>A source of one short line: 1.3 lines with its gap, so twelve fill a page of sixteen.</summary>
    private static SourceItem Short(int n) => new($"Outlet {n}", null, null, null, null, []);

    private static List<SourceItem> Items(int count) => Enumerable.Range(1, count).Select(Short).ToList();

    [Theory]
    [InlineData(12, new[] { 12 })]
    [InlineData(13, new[] { 7, 6 })]
    [InlineData(24, new[] { 12, 12 })]
    [InlineData(25, new[] { 9, 9, 7 })]
    public void The_sources_fill_as_few_slides_as_they_need_and_spread_evenly_over_them(int count, int[] perSlide)
    {
        var sources = DeckSources.Paginate(Items(count), []);

        Assert.Equal(perSlide, sources.Pages.Select(p => p.Articles.Count));
        Assert.Equal(Items(count).Select(i => i.Name), sources.Pages.SelectMany(p => p.Articles).Select(i => i.Name));
        Assert.All(sources.Pages, p => Assert.Equal(sources.Count, p.Of));
    }

    [Fact]
    public void The_later_outlets_follow_the_articles_sources_in_order_under_their_heading()
    {
        var sources = DeckSources.Paginate(Items(10), Enumerable.Range(11, 6).Select(Short).ToList());

        Assert.Equal(2, sources.Count);
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"Outlet {n}"), sources.Pages.SelectMany(p => p.Articles.Concat(p.FollowUps)).Select(i => i.Name));
        // No page is left with one source while another holds most of them.
        var counts = sources.Pages.Select(p => p.Articles.Count + p.FollowUps.Count).ToList();
        Assert.True(counts.Max() - counts.Min() <= 2, string.Join(", ", counts));
    }
}
