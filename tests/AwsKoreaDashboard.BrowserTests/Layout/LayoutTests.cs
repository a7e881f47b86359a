using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.BrowserTests.Layout;

/// <summary>
/// Issue 16's layout check over its whole matrix: no overlapping or clipped text (on the page and on the
/// charts' canvases), nothing outside a slide's stage, no sideways scrolling, a visible focus ring on every
/// control. One test per page kind and per deck view, each listing every finding with its address and size,
/// so a failure says which screen is wrong and where (the full list is also in tests/artifacts/layout-*.txt).
/// </summary>
[StartsEarly(183)]
public sealed class LayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly LayoutMatrix _matrix = new(browser);

    [Theory]
    [InlineData("dashboard")]
    [InlineData("chart-pages")]
    [InlineData("figures")]
    [InlineData("background")]
    [InlineData("since")]
    [InlineData("embeds")]
    [InlineData("not-found")]
    public async Task Every_page_kind_holds_up_in_both_languages_and_currencies_at_every_size(string kind)
    {
        var findings = await _matrix.CheckPagesAsync(kind);

        Assert.True(findings.Count == 0, LayoutMatrix.Report($"pages-{kind}", findings));
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task Every_slide_of_a_deck_holds_up_at_projector_sizes(string deck)
    {
        var findings = await _matrix.CheckSlidesAsync(deck, presenter: false);

        Assert.True(findings.Count == 0, LayoutMatrix.Report($"slides-{deck}", findings));
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task The_presenter_view_of_a_deck_holds_up_at_projector_sizes(string deck)
    {
        var findings = await _matrix.CheckSlidesAsync(deck, presenter: true);

        Assert.True(findings.Count == 0, LayoutMatrix.Report($"presenter-{deck}", findings));
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task The_printed_handout_of_a_deck_holds_every_slide_on_its_page(string deck)
    {
        var findings = await _matrix.CheckHandoutAsync(deck);

        Assert.True(findings.Count == 0, LayoutMatrix.Report($"handout-{deck}", findings));
    }

    [Fact]
    public async Task Every_exported_image_keeps_its_texts_apart_and_inside_in_both_languages_and_currencies()
    {
        var findings = await _matrix.CheckExportsAsync();

        Assert.True(findings.Count == 0, LayoutMatrix.Report("exports", findings));
    }

    public static TheoryData<string> Decks() => [.. LayoutMatrix.DeckKeys];
}
