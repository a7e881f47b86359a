namespace AwsKoreaDashboard.BrowserTests.Layout;

/// <summary>
/// The layout check itself, on a real page made wrong on purpose (styles set through the CSSOM, which the site's
/// Content-Security-Policy allows where a style element would be refused): defects it must report, and look-alikes
/// it must not.
/// </summary>
public sealed class LayoutCheckTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Brand = "document.querySelector('.brand__name')";

    /// <summary>A source link of the headline card that wraps over two lines at 1440 px (an inline box), given an id.</summary>
    private const string MarkWrappedLink =
        "const link = [...document.querySelectorAll('a.citation-link')].find((a) => a.getClientRects().length > 1 && a.checkVisibility()); link.id = 'checked-link';";

    /// <summary>linesOf(element): how many lines its text takes.</summary>
    private const string LinesOf =
        "const linesOf = (e) => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size; };";

    [Fact]
    public async Task A_title_cut_by_its_own_overflow_is_reported_as_clipped()
    {
        var findings = await CheckAsync($"Object.assign({Brand}.style, {{ display: 'inline-block', width: '40px', whiteSpace: 'nowrap', overflow: 'hidden' }});");

        Assert.Contains(findings, f => f.Kind == "clipped" && f.Message.Contains("is cut (right", StringComparison.Ordinal)
            && f.Message.Contains("by span.brand__name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overflow_on_an_inline_box_or_on_a_box_its_text_fits_is_not_reported()
    {
        // The brand's name (a flex item, so a block) holds its text; an inline box has no box of its own to clip
        // with, whatever its computed overflow says.
        var findings = await CheckAsync($"{Brand}.style.overflow = 'hidden'; {MarkWrappedLink} link.style.overflow = 'hidden';");

        Assert.DoesNotContain(findings, f => f.Kind == "clipped"
            && (f.Message.Contains("brand__name", StringComparison.Ordinal) || f.Message.Contains("#checked-link", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Text_in_an_inline_box_with_overflow_hidden_is_still_checked()
    {
        // Moved off the window's right side: an inline box with overflow: hidden must not pass for visually hidden.
        var findings = await CheckAsync($"{MarkWrappedLink} Object.assign(link.style, {{ overflow: 'hidden', position: 'relative', left: '3000px' }});");

        Assert.Contains(findings, f => f.Kind == "clipped" && f.Message.Contains("in a#checked-link", StringComparison.Ordinal)
            && f.Message.Contains("is outside the 1440×900 window", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_cut_with_an_ellipsis_or_a_line_clamp_is_reported_once_as_such()
    {
        var findings = await CheckAsync(
            $"Object.assign({Brand}.style, {{ width: '40px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }});"
            + LinesOf + "const lede = [...document.querySelectorAll('main p')].find((p) => p.checkVisibility() && linesOf(p) >= 2); lede.id = 'clamped'; Object.assign(lede.style, { display: '-webkit-box', webkitBoxOrient: 'vertical', webkitLineClamp: '1', overflow: 'hidden' });");

        Assert.Contains(findings, f => f.Kind == "ellipsis" && f.Message.Contains("span.brand__name", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == "ellipsis" && f.Message.Contains("p#clamped", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Kind == "clipped"
            && (f.Message.Contains("span.brand__name", StringComparison.Ordinal) || f.Message.Contains("p#clamped", StringComparison.Ordinal)));
    }

    /// <summary>The dashboard in Korean and won at 1440×900, changed by <paramref name="script"/>, then checked (layout only).</summary>
    private async Task<IReadOnlyList<LayoutFinding>> CheckAsync(string script)
    {
        await using var tab = await browser.NewPageAsync(1440, 900);
        await tab.GotoAsync("/ko/KRW/");
        await tab.Page.EvaluateAsync($"() => {{ {script} }}");
        return await LayoutCheck.CheckAsync(tab.Page, focus: false);
    }
}
