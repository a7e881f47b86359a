namespace AwsKoreaDashboard.BrowserTests;

/// <summary>Pages read on a phone as a person reads them: no label squeezed to a letter a line.</summary>
public sealed class PhoneLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/ko/KRW/since", 390)]
    [InlineData("/en/USD/since", 390)]
    [InlineData("/en/KRW/since", 320)]
    public async Task The_since_table_gives_its_caption_and_each_commitment_label_the_width_of_the_table(string path, int width)
    {
        await using var tab = await browser.NewPageAsync(width: width, height: 844);
        await tab.GotoAsync(path);

        var squeezed = await tab.Page.EvaluateAsync<string[]>(
            """
            () => {
              const table = document.querySelector('[data-period-table]');
              const full = table.getBoundingClientRect().width;
              return [...table.querySelectorAll('caption, tbody th')].flatMap(th => {
                const w = th.getBoundingClientRect().width;
                return w < full * 0.9 ? [`"${th.textContent.trim()}" is ${w.toFixed(0)} of ${full.toFixed(0)} px wide`] : [];
              });
            }
            """);

        Assert.Empty(squeezed);
        Assert.Equal(width, await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
    }
}
