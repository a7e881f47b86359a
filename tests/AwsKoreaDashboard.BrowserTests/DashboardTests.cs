using System.Text.Json;
using AwsKoreaDashboard.BrowserTests.Layout;
using AwsKoreaDashboard.Testing;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests;

[StartsEarly(19)]
public sealed class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_chart_on_the_dashboard_is_drawn()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        await tab.WaitForAllChartsAsync();

        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");
        var blank = new List<string>();
        foreach (var key in keys)
        {
            if (await tab.PaintedPixelsAsync(key) < 1000)
            {
                blank.Add(key);
            }
        }

        if (blank.Count > 0 || tab.ConsoleErrors.Count > 0)
        {
            await tab.ScreenshotAsync("dashboard-failure");
        }

        Assert.True(keys.Length >= 7);
        Assert.Empty(blank);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task The_table_switch_shows_the_same_values_the_chart_draws()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var card = tab.ChartCard("cloud-adoption-oecd");
        await tab.WaitForChartAsync("cloud-adoption-oecd");
        var payload = JsonDocument.Parse(await card.Locator("script.chart-data").TextContentAsync() ?? "{}").RootElement;
        var drawn = payload.GetProperty("series")[0].GetProperty("texts").EnumerateArray().Select(t => t.GetString()!).ToList();

        await card.GetByRole(AriaRole.Button, new() { Name = "표" }).ClickAsync();

        await Assertions.Expect(card.Locator("table.chart-table")).ToBeVisibleAsync();
        Assert.False(await card.Locator("canvas").IsVisibleAsync());
        var shown = (await card.Locator("table.chart-table tbody td.num a").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(drawn, shown);
        Assert.Equal(["75%", "45%", "28%"], shown);
        Assert.Equal("true", await card.GetByRole(AriaRole.Button, new() { Name = "표" }).GetAttributeAsync("aria-pressed"));

        await card.GetByRole(AriaRole.Button, new() { Name = "차트" }).ClickAsync();
        await Assertions.Expect(card.Locator("canvas")).ToBeVisibleAsync();
        Assert.False(await card.Locator("table.chart-table").IsVisibleAsync());
    }

    [Fact]
    public async Task The_table_switch_works_from_the_keyboard()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var card = tab.ChartCard("annual-pace");
        var tableButton = card.GetByRole(AriaRole.Button, new() { Name = "표" });

        await tableButton.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(card.Locator("table.chart-table")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "차트" }).FocusAsync();
        await tab.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(card.Locator("canvas")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_currency_switch_changes_the_investment_from_won_to_dollars()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var investment = tab.Page.Locator(".kpi[data-figure='investment-2023-2027-krw'] .kpi__value");
        await Assertions.Expect(investment).ToHaveTextAsync("약 7.85조 원");

        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "달러($)" }).ClickAsync();
        await tab.WaitForChartAsync("investment-vs-previous");

        await Assertions.Expect(investment).ToHaveTextAsync("58.8억 달러");
        Assert.EndsWith("/ko/USD/", tab.Page.Url);
        var texts = await tab.ChartCard("investment-vs-previous").Locator("script.chart-data").TextContentAsync();
        Assert.Contains("58.8억 달러", texts);
    }

    [Fact]
    public async Task The_language_switch_changes_a_chart_title_to_english_and_back()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/");
        var title = tab.ChartCard("cloud-adoption-oecd").Locator(".chart-card__title");
        await Assertions.Expect(title).ToHaveTextAsync("한국 기업의 클라우드 이용률은 OECD 평균보다 17%p 낮다");

        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await tab.WaitForChartAsync("cloud-adoption-oecd");

        await Assertions.Expect(title).ToHaveTextAsync("Korean firms use the cloud far less than the OECD average");
        Assert.Equal("en", await tab.Page.Locator("html").GetAttributeAsync("lang"));

        await tab.OpenSettingsAsync();
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "한국어" }).ClickAsync();
        await Assertions.Expect(title).ToHaveTextAsync("한국 기업의 클라우드 이용률은 OECD 평균보다 17%p 낮다");
    }

    [Fact]
    public async Task The_dark_theme_draws_charts_on_a_dark_page()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/?theme=dark");
        await tab.WaitForAllChartsAsync();

        var background = await tab.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        Assert.Equal("rgb(17, 21, 28)", background);
        Assert.True(await tab.PaintedPixelsAsync("annual-pace") >= 1000);
        Assert.Empty(tab.ConsoleErrors);
    }

    /// <summary>
    /// A chart's labels are wrapped to its width and set in the page's type when it is drawn; between draws
    /// Chart.js lays the same labels out in whatever box there is. A window that changes by a little can still
    /// cross the width where the chart grid goes from two columns to one (each card about twice as wide), make an
    /// embed's narrow chart 30 px narrower (a label wrapped for the wider box ran off it), or cross 1,800 px,
    /// above which the type grows while an embed's box barely does. When the window settles, each chart must be
    /// drawn again for what it has now.
    /// </summary>
    [Theory]
    [InlineData("/", 1230, 1195)]
    [InlineData("/", 1790, 1810)]
    [InlineData("/en/USD/embed/charts/annual-pace", 1790, 1810)]
    [InlineData("/ko/KRW/embed/charts/annual-pace", 400, 370)]
    public async Task After_a_small_resize_each_chart_is_drawn_again_for_its_new_box_and_type(string path, int from, int to)
    {
        await using var tab = await browser.NewPageAsync(width: from, height: 900);
        await tab.GotoAsync(path);
        await tab.WaitForAllChartsAsync();
        const string Layout = "() => [getComputedStyle(document.documentElement).getPropertyValue('--chart-font-size'), ...[...document.querySelectorAll('.chart-card')].map((c) => Math.round(c.querySelector('canvas').parentElement.clientWidth))].join(' ')";
        var before = await tab.Page.EvaluateAsync<string>(Layout);

        await tab.Page.SetViewportSizeAsync(to, 900);
        await LayoutCheck.SettleAsync(tab.Page);

        var after = await tab.Page.EvaluateAsync<string>(Layout);
        Assert.True(before != after, $"neither a chart's box nor the type changed: {before}");
        const string Stale = "() => [...document.querySelectorAll('.chart-card')].filter((c) => !window.dashboardCharts.upToDate(c)).map((c) => `${c.dataset.chartKey}: drawn for ${c.dataset.drawnFor.split('@rgb')[0]}`)";
        try
        {
            await tab.Page.WaitForFunctionAsync($"() => ({Stale})().length === 0", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            var stale = await tab.Page.EvaluateAsync<string[]>(Stale);
            Assert.Fail($"{before} then {after}, 5 s later still:{Environment.NewLine}{string.Join(Environment.NewLine, stale)}");
        }
    }

    [Fact]
    public async Task The_dashboard_fits_a_phone_without_sideways_scrolling()
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync("/");
        await tab.WaitForAllChartsAsync();

        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone screen");
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    [InlineData("en", "KRW")]
    public async Task On_a_phone_no_chart_label_is_clipped_or_drawn_over_another(string language, string currency)
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync($"/?culture={language}&currency={currency}");
        await tab.WaitForAllChartsAsync();

        // Every label Chart.js drew (axis ticks, legend) and every value label the chart script drew
        // (recorded as chart.$labelBoxes), measured against the canvas and against each other.
        var problems = await tab.ChartCards.EvaluateAllAsync<string[]>(
            """
            cards => cards.flatMap(card => {
              const chart = Chart.getChart(card.querySelector('canvas'));
              const ctx = document.createElement('canvas').getContext('2d');
              const boxes = [];
              for (const scale of Object.values(chart.scales)) {
                for (const item of scale.getLabelItems()) {
                  ctx.font = item.font.string;
                  const lines = [].concat(item.label);
                  const width = Math.max(...lines.map(l => ctx.measureText(l).width));
                  const [x, y] = item.options.translation;
                  const align = item.options.textAlign;
                  const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
                  const lineHeight = item.font.lineHeight;
                  const first = y + item.textOffset;
                  const baseline = item.options.textBaseline;
                  const top = baseline === 'middle' ? first - item.font.size / 2 : baseline === 'bottom' ? first - item.font.size : first;
                  boxes.push({ kind: 'axis', scale: scale.id, text: lines.join(' '), left, right: left + width, top, bottom: top + (lines.length - 1) * lineHeight + item.font.size });
                }
              }
              for (const box of chart.$labelBoxes || []) boxes.push({ kind: 'value', ...box });
              for (const [i, box] of (chart.legend?.legendHitBoxes || []).entries()) {
                if (chart.legend.options.display) boxes.push({ kind: 'legend', text: chart.legend.legendItems[i].text, left: box.left, right: box.left + box.width, top: box.top, bottom: box.top + box.height });
              }
              const key = card.dataset.chartKey;
              const out = [];
              for (const b of boxes) {
                if (b.left < -0.5 || b.top < -0.5 || b.right > chart.width + 0.5 || b.bottom > chart.height + 0.5) {
                  out.push(`${key}: "${b.text}" (${Math.round(b.left)}..${Math.round(b.right)} × ${Math.round(b.top)}..${Math.round(b.bottom)}) leaves the ${Math.round(chart.width)}×${Math.round(chart.height)} canvas`);
                }
              }
              const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              const axis = boxes.filter(b => b.kind === 'axis');
              axis.forEach((a, i) => axis.slice(i + 1).forEach(b => {
                if (a.scale === b.scale && overlaps(a, b)) out.push(`${key}: "${a.text}" and "${b.text}" run into each other`);
              }));
              const values = boxes.filter(b => b.kind === 'value');
              for (const v of values) {
                for (const o of boxes.filter(b => b !== v && b.kind !== 'legend')) {
                  if (overlaps(v, o)) out.push(`${key}: "${v.text}" is drawn over "${o.text}"`);
                }
              }
              if (boxes.length === 0) out.push(`${key}: no labels measured`);
              return out;
            })
            """);

        if (problems.Length > 0)
        {
            await tab.ScreenshotAsync($"phone-labels-{language}-{currency}");
        }

        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_renewable_target_chart_counts_whole_years_and_points_from_2030_to_2025()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/?culture=ko&currency=KRW");
        await tab.WaitForChartAsync("renewable-target-year");

        var chart = await tab.ChartCard("renewable-target-year").Locator("canvas").EvaluateAsync<JsonElement>(
            "canvas => { const c = Chart.getChart(canvas); return { ticks: c.scales.x.ticks.map(t => t.value), labels: c.$labelBoxes.map(b => ({ text: b.text, x: (b.left + b.right) / 2 })) }; }");
        var ticks = chart.GetProperty("ticks").EnumerateArray().Select(t => t.GetDouble()).ToList();
        var labels = chart.GetProperty("labels").EnumerateArray().ToDictionary(l => l.GetProperty("text").GetString()!, l => l.GetProperty("x").GetDouble());

        Assert.All(ticks, t => Assert.Equal(Math.Round(t), t));
        Assert.Single(ticks.Zip(ticks.Skip(1), (a, b) => b - a).Distinct());
        Assert.Contains(2025, ticks);
        Assert.Contains(2030, ticks);
        Assert.True(labels["2025년"] < labels["2030년"], "2025 is not left of 2030");
    }

    [Theory]
    [InlineData("ko", "약 10%")]
    [InlineData("en", "about 10%")]
    public async Task Koreas_ten_percent_segment_is_labelled(string language, string label)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync($"/?culture={language}&currency=KRW");
        await tab.WaitForChartAsync("it-budget-control");

        var drawn = await tab.ChartCard("it-budget-control").Locator("canvas").EvaluateAsync<string[]>(
            "canvas => Chart.getChart(canvas).$labelBoxes.map(b => b.text)");

        Assert.Contains(label, drawn);
    }

    [Fact]
    public async Task A_chart_further_down_the_page_is_drawn_when_the_reader_scrolls_to_it()
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync("/ko/KRW/");
        await tab.WaitForChartAsync(await FirstChartKeyAsync(tab));
        var last = tab.ChartCards.Last;

        Assert.Null(await last.GetAttributeAsync("data-rendered"));

        await last.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(last).ToHaveAttributeAsync("data-rendered", "true");
        Assert.True(await tab.PaintedPixelsAsync((await last.GetAttributeAsync("data-chart-key"))!) >= 1000);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Printing_draws_the_charts_the_reader_never_scrolled_to()
    {
        await using var tab = await browser.NewPageAsync(width: 390, height: 844);
        await tab.GotoAsync("/ko/KRW/");
        await tab.WaitForChartAsync(await FirstChartKeyAsync(tab));
        var keys = await tab.ChartCards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.chartKey)");

        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(tab.Page.Locator(".chart-card[data-rendered='true']")).ToHaveCountAsync(keys.Length);

        var blank = new List<string>();
        foreach (var key in keys)
        {
            if (await tab.PaintedPixelsAsync(key) < 1000)
            {
                blank.Add(key);
            }
        }
        Assert.Empty(blank);
    }

    private static Task<string> FirstChartKeyAsync(BrowserPage tab) =>
        tab.ChartCards.First.EvaluateAsync<string>("card => card.dataset.chartKey");
}
