using System.Text;
using System.Xml.Linq;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>The app seeded from data whose texts try to be markup.</summary>
public sealed class HostileDataFixture : BrowserFixture
{
    public const string Title = "<img src=x onerror=\"window.pwned=1\">제목";
    public const string Label = "<script>window.pwned=2</script>라벨";

    protected override void PrepareData(DataDirectoryCopy data)
    {
        data.EditChart("annual-pace", c => c["title"]!["ko"] = Title);
        data.EditChart("annual-pace", c => c["categories"]![0]!["label"]!["ko"] = Label);
        data.EditFigure("india-annual-average-usd", f => f["label"]!["ko"] = Label);
        data.EditFigure("india-annual-average-krw", f => f["label"]!["ko"] = Label);
    }
}

public sealed class HostileDataTests(HostileDataFixture browser) : IClassFixture<HostileDataFixture>
{
    [Fact]
    public async Task Markup_in_the_data_never_runs_in_pages_fact_panels_or_image_exports()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/charts/annual-pace");
        await tab.WaitForChartAsync("annual-pace");
        var card = tab.ChartCard("annual-pace");
        await card.Locator("details.fact-panel > summary").ClickAsync();
        await card.Locator("details.export > summary").ClickAsync();

        await Assertions.Expect(card.Locator("h1")).ToHaveTextAsync(HostileDataFixture.Title);
        Assert.Contains(HostileDataFixture.Label, await card.Locator(".fact-panel").TextContentAsync());
        Assert.Contains(HostileDataFixture.Label, await card.Locator("table.chart-table").TextContentAsync());

        var svg = await tab.Page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Button, new() { Name = "SVG 벡터 이미지 내려받기" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.svg");
        await svg.SaveAsAsync(path);
        var document = XDocument.Load(path);
        File.Delete(path);
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains(texts, t => t.Contains("<img src=x"));
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "img" or "foreignObject");
        Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));

        await tab.Page.GotoAsync("/");
        await tab.WaitForAllChartsAsync();
        Assert.Null(await tab.Page.EvaluateAsync<int?>("window.pwned ?? null"));
        Assert.Empty(tab.ConsoleErrors);
    }
}
