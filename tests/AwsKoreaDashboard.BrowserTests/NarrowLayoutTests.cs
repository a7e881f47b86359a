namespace AwsKoreaDashboard.BrowserTests;

/// <summary>What must hold at every width, from a small phone to a wide screen: numbers inside their cards, dates on one line.</summary>
public sealed class NarrowLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<int, string> Widths() => new()
    {
        { 320, "/ko/KRW/" }, { 390, "/en/KRW/" }, { 600, "/en/USD/" }, { 768, "/ko/USD/" }, { 1024, "/en/KRW/" }, { 1440, "/ko/KRW/" }, { 1920, "/en/USD/" },
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Headline_numbers_keep_their_cards_padding(int width, string path)
    {
        await using var tab = await browser.NewPageAsync(width: width, height: 900);
        await tab.GotoAsync(path);

        // For each card: how far its number reaches past the card's content box (its padding edge), in px.
        var overflows = await tab.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.kpi')].flatMap(card => {
              const style = getComputedStyle(card);
              const box = card.getBoundingClientRect();
              const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
              const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
              const value = card.querySelector('.kpi__value');
              const range = document.createRange();
              range.selectNodeContents(value);
              const text = range.getBoundingClientRect();
              return text.right > right + 0.5 || text.left < left - 0.5 || value.scrollWidth > value.clientWidth + 1
                ? [`${card.dataset.figure}: "${value.textContent}" ${text.left.toFixed(1)}–${text.right.toFixed(1)} outside ${left.toFixed(1)}–${right.toFixed(1)}`]
                : [];
            })
            """);

        Assert.Empty(overflows);
    }

    [Theory]
    [InlineData(320, "/ko/KRW/")]
    [InlineData(320, "/en/USD/figures")]
    [InlineData(390, "/en/KRW/figures/jobs-per-year")]
    public async Task Dates_never_break_across_lines(int width, string path)
    {
        await using var tab = await browser.NewPageAsync(width: width, height: 900);
        await tab.GotoAsync(path);
        await tab.Page.EvaluateAsync("document.querySelectorAll('details').forEach(d => { d.open = true; })");

        var broken = await tab.Page.EvaluateAsync<string[]>(
            """
            () => {
              const dates = [...document.querySelectorAll('time')].filter(t => /^\d{4}-\d{2}-\d{2}$/.test(t.textContent.trim()) && t.getClientRects().length > 0);
              if (dates.length === 0) return ['no dates found'];
              return dates.filter(t => t.getClientRects().length > 1).map(t => t.textContent);
            }
            """);

        Assert.Empty(broken);
    }
}
