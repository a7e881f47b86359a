using System.Globalization;
using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.UnitTests.Catalog;

/// <summary>How a follow-up amount reaches the reader: as stated, as the outlet converted it, or at the page's rate.</summary>
public sealed class EventPresenterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    private static readonly OutletRecord Reuters = new("reuters", new LocalizedText("로이터", "Reuters"));

    [Theory]
    [InlineData("en", "at-least", "at least $5B")]
    [InlineData("en", "more-than", "more than $5B")]
    [InlineData("ko", "at-least", "최소 50억 달러")]
    [InlineData("ko", "more-than", "50억 달러 이상")]
    [InlineData("en", "approximate-mw", "about 1,000 MW")]
    [InlineData("ko", "approximate-mw", "약 1,000 MW")]
    public void An_outlets_wording_of_at_least_or_more_than_is_kept(string language, string qualifier, string expected)
    {
        var culture = language == "ko" ? Korean : English;
        var presenter = new EventPresenter(Catalog(), culture, "USD", SharedWords.Localizer);

        var text = qualifier == "approximate-mw"
            ? SharedWords.In(culture, () => presenter.Format(1000, "MW", true, null))
            : SharedWords.In(culture, () => presenter.Format(5e9, "USD", false, qualifier));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void An_amount_no_outlet_converted_is_converted_at_the_page_rate_and_marked()
    {
        var share = Amount("share", 4e9, "USD");
        var presenter = new EventPresenter(Catalog(), English, "KRW", SharedWords.Localizer);

        var shown = SharedWords.In(English, () => presenter.Show(share, Event([share], [])));

        Assert.True(shown.ConvertedAtPageRate);
        Assert.Equal("about ₩5.48T", shown.Text);
    }

    [Fact]
    public void An_amount_the_outlet_converted_uses_the_outlets_conversion_not_the_page_rate()
    {
        var total = Amount("total", 7e12, "KRW");
        var citation = new OutletCitationRecord(Reuters, null, null, "https://example.org/r", "en", null, [new CitedValueRecord("total", 5.11e9, "USD", false, null, true, 1368.76)]);
        var presenter = new EventPresenter(Catalog(), English, "USD", SharedWords.Localizer);

        var shown = SharedWords.In(English, () => presenter.Show(total, Event([total], [citation])));

        Assert.False(shown.ConvertedAtPageRate);
        Assert.Equal("$5.11B (converted)", shown.Text);
        Assert.Equal(1368.76, Assert.Single(shown.OutletConversions).KrwPerUsd);
    }

    private static EventCatalog Catalog() =>
        new(new PageRateRecord(1368.76, Reuters, new DateOnly(2025, 6, 20), "https://example.org/r", new LocalizedText("로이터", "Reuters")), [Reuters], [], [], []);

    private static EventAmountRecord Amount(string key, double value, string currency) =>
        new(key, "commitment", new LocalizedText(key, key), value, currency, false, null, 2025, 2029, new LocalizedText("2029", "2029"), null, null, null);

    private static TimelineEventRecord Event(IReadOnlyList<EventAmountRecord> amounts, IReadOnlyList<OutletCitationRecord> citations) =>
        new("e", "follow-up", "korea", "2025-06-20", "day", new DateOnly(2025, 6, 20), "announcement", new LocalizedText("요약", "summary"), null, null, null, [], amounts, citations, [], []);
}
