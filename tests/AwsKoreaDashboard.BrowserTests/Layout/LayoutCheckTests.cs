namespace AwsKoreaDashboard.BrowserTests.Layout;

/// <summary>
/// The layout check itself, on a real page made wrong on purpose (styles set through the CSSOM, which the site's
/// Content-Security-Policy allows where a style element would be refused): a defect it must report, and a look-alike
/// it must not.
/// </summary>
public sealed class LayoutCheckTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Brand = "document.querySelector('.brand__name')";

    [Fact]
    public async Task A_title_cut_by_its_own_overflow_is_reported_as_clipped()
    {
        await using var tab = await browser.NewPageAsync(1440, 900);
        await tab.GotoAsync("/ko/KRW/");
        await tab.Page.EvaluateAsync($"() => Object.assign({Brand}.style, {{ display: 'inline-block', width: '40px', whiteSpace: 'nowrap', overflow: 'hidden' }})");

        var findings = await LayoutCheck.CheckAsync(tab.Page, focus: false);

        Assert.Contains(findings, f => f.Kind == "clipped" && f.Message.Contains("is cut (right", StringComparison.Ordinal)
            && f.Message.Contains("by span.brand__name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overflow_on_an_inline_box_or_on_a_box_its_text_fits_is_not_reported()
    {
        await using var tab = await browser.NewPageAsync(1440, 900);
        await tab.GotoAsync("/ko/KRW/");
        // The brand's name (a flex item, so a block) holds its text; a source link (inline, over two lines at this
        // size) has no box of its own to clip with, whatever its computed overflow says.
        await tab.Page.EvaluateAsync($"() => {{ {Brand}.style.overflow = 'hidden'; [...document.querySelectorAll('a.citation-link')].find((a) => a.getClientRects().length > 1).style.overflow = 'hidden'; }}");

        var findings = await LayoutCheck.CheckAsync(tab.Page, focus: false);

        Assert.DoesNotContain(findings, f => f.Kind == "clipped"
            && (f.Message.Contains("brand__name", StringComparison.Ordinal) || f.Message.Contains("a.citation-link", StringComparison.Ordinal)));
    }
}
