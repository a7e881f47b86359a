using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.BrowserTests.Layout;

/// <summary>
/// The parts of the layout check that the since chart and the keyboard focus styles answer for, on their own:
/// the matrix tests (<see cref="LayoutTests"/>) also report other screens' defects.
/// </summary>
[StartsEarly(76)]
public sealed class SinceChartAndFocusLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly LayoutMatrix _matrix = new(browser);

    private static bool SinceChartLabel(LayoutFinding f) =>
        f.Kind.StartsWith("canvas-", StringComparison.Ordinal) && f.Message.StartsWith("chart since-commitments:", StringComparison.Ordinal);

    private static bool Focus(LayoutFinding f) => f.Kind.StartsWith("focus-", StringComparison.Ordinal);

    [Fact]
    public async Task The_since_charts_labels_never_collide_on_the_page_at_any_size()
    {
        var findings = await _matrix.CheckPagesAsync("since", SinceChartLabel, focus: false);

        Assert.True(findings.Count == 0, LayoutMatrix.Report("since-chart-page", findings));
    }

    [Theory]
    [InlineData("since-2023")]
    [InlineData("money")]
    public async Task The_since_charts_labels_never_collide_on_a_slide_or_in_the_handout(string deck)
    {
        var findings = (await _matrix.CheckSlidesAsync(deck, presenter: false, SinceChartLabel, focus: false))
            .Concat(await _matrix.CheckHandoutAsync(deck, SinceChartLabel)).ToList();

        Assert.True(findings.Count == 0, LayoutMatrix.Report($"since-chart-{deck}", findings));
    }

    [Theory]
    [InlineData("dashboard")]
    [InlineData("since")]
    [InlineData("figures")]
    public async Task Every_control_shows_a_full_focus_ring_clear_of_the_sticky_header(string kind)
    {
        var findings = await _matrix.CheckPagesAsync(kind, Focus);

        Assert.True(findings.Count == 0, LayoutMatrix.Report($"focus-{kind}", findings));
    }
}
