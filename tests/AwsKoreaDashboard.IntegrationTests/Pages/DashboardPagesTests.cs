using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>The dashboard as a reader without script sees it: every chart, every number cited.</summary>
public sealed class DashboardPagesTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    private IEnumerable<(string Key, int Categories, int Series)> ChartDefinitions() =>
        _app.Data.Read("charts.json")["charts"]!.AsArray().Select(c => (
            (string)c!["key"]!,
            c["categories"]!.AsArray().Count,
            c["series"]!.AsArray().Count));

    [Fact]
    public async Task Every_chart_definition_is_seeded_and_rendered_on_the_dashboard_in_data_order()
    {
        var page = await HtmlPage.GetAsync(_client, "/");
        var definitions = ChartDefinitions().ToList();

        var cards = page.QuerySelectorAll(".chart-card").ToList();

        Assert.Equal(definitions.Select(d => d.Key), cards.Select(c => c.GetAttribute("data-chart-key")!));
        foreach (var (card, definition) in cards.Zip(definitions))
        {
            var payload = JsonDocument.Parse(card.QuerySelector("script.chart-data")!.TextContent).RootElement;
            Assert.Equal(definition.Categories, payload.GetProperty("labels").GetArrayLength());
            Assert.Equal(definition.Series, payload.GetProperty("series").GetArrayLength());
            Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".chart-card__title")!.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".chart-card__subtitle")!.TextContent));
            Assert.DoesNotContain("{", card.QuerySelector(".chart-card__title")!.TextContent);
            Assert.DoesNotContain("{", card.QuerySelector(".chart-card__takeaway")!.TextContent);
            Assert.DoesNotContain("{", card.QuerySelector(".chart-card__note[data-export-line='note']")?.TextContent ?? "");
            Assert.StartsWith("출처: ", card.QuerySelector(".source-line")!.TextContent.Trim());
            Assert.Equal(definition.Categories, card.QuerySelectorAll(".chart-table tbody tr").Length);
            Assert.Contains(":", card.QuerySelector("canvas")!.GetAttribute("aria-label"));
        }
    }

    /// <summary>
    /// The annual-pace note explains its previous-five-years bar: its amount in the reader's currency, as the bar
    /// shows it, marked when converted (a won reader used to read "$2.04B" under won bars), and how it was computed,
    /// in words. Arithmetic on a converted amount would not add up ("약 2.72조 원 ÷ 5" against the bar's 5,450억:
    /// each is rounded); the figure's evidence panel shows it on the article's own dollars.
    /// </summary>
    [Theory]
    [InlineData("ko", "KRW", "지난 5년 연평균(약 5,450억 원, 환산)은 기사의 지난 5년 투자액을 5로 나눈", "달러")]
    [InlineData("en", "KRW", "annual pace (about ₩545B†) is the article's five-year total divided by 5", "$")]
    [InlineData("ko", "USD", "지난 5년 연평균(4.08억 달러)은 기사의 지난 5년 투자액을 5로 나눈", "환산")]
    [InlineData("en", "USD", "annual pace ($408M) is the article's five-year total divided by 5", "†")]
    public async Task A_chart_note_names_its_amount_in_the_readers_currency_marked_when_converted(string language, string currency, string shown, string absent)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/charts/annual-pace");

        var note = page.QuerySelector(".chart-card__note[data-export-line='note']")!.TextContent;
        Assert.Contains(shown, note);
        Assert.DoesNotContain(absent, note);
        Assert.DoesNotContain("{", note);
    }

    /// <summary>
    /// The growth takeaway states the multiple without the amounts it divides (the bars show them): in won, "약 7.85조
    /// 원 ÷ 약 2.72조 원 (환산)" is 2.89, not the 2.88 computed on the article's dollars, which the sentence says it is.
    /// </summary>
    [Theory]
    [InlineData("ko", "KRW", "지난 5년의 2.88배입니다(기사의 달러 금액으로 계산)")]
    [InlineData("en", "KRW", "is 2.88× the previous five years' (computed on the article's dollar amounts)")]
    [InlineData("ko", "USD", "지난 5년의 2.88배입니다(기사의 달러 금액으로 계산)")]
    [InlineData("en", "USD", "is 2.88× the previous five years' (computed on the article's dollar amounts)")]
    public async Task The_growth_takeaway_states_the_multiple_on_the_articles_dollars_and_no_rounded_amounts(string language, string currency, string shown)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/charts/investment-vs-previous");

        var takeaway = page.QuerySelector(".chart-card__takeaway")!.TextContent;
        Assert.Contains(shown, takeaway);
        Assert.DoesNotMatch(@"[₩$]\d|\d(조|억)", takeaway);
    }

    [Fact]
    public async Task Every_number_shown_on_the_dashboard_links_to_its_citation()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        foreach (var kpi in page.QuerySelectorAll(".kpi"))
        {
            Assert.Equal($"/ko/KRW/figures/{kpi.GetAttribute("data-figure")}", kpi.QuerySelector("a.kpi__link")!.GetAttribute("href"));
            Assert.NotNull(kpi.QuerySelector("a.citation-link[href]"));
        }

        var cells = page.QuerySelectorAll(".chart-table td.num").ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            Assert.Equal($"/ko/KRW/figures/{cell.GetAttribute("data-figure")}", cell.QuerySelector("a")!.GetAttribute("href"));
        }

        foreach (var fact in page.QuerySelectorAll(".fact"))
        {
            var cited = fact.QuerySelector(".fact__quote") is not null
                ? fact.QuerySelector(".fact__source .citation") is not null
                : fact.QuerySelectorAll(".fact__input-list a[href^='/ko/KRW/figures/']").Length > 0;
            Assert.True(cited, $"fact {fact.GetAttribute("data-figure-key")} has neither a cited quote nor linked inputs");
        }
    }

    [Fact]
    public async Task Every_chart_and_figure_has_its_own_page_and_unknown_keys_are_404()
    {
        foreach (var (key, _, _) in ChartDefinitions())
        {
            var page = await HtmlPage.GetAsync(_client, $"/charts/{key}");
            Assert.NotNull(page.QuerySelector($"#chart-{key} h1.chart-card__title"));
            Assert.NotNull(page.QuerySelector(".fact-panel"));
        }

        foreach (var key in _app.Data.Read("figures.json")["figures"]!.AsArray().Select(f => (string)f!["key"]!))
        {
            var page = await HtmlPage.GetAsync(_client, $"/figures/{key}");
            Assert.NotNull(page.QuerySelector($"#fact-{key}"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/present/no-such-deck")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/present/briefing/speaker")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/embed/charts/no-such-chart")).StatusCode);
        var unknownChart = await _client.GetAsync("/charts/no-such-chart");
        var unknownFigure = await _client.GetAsync("/figures/no-such-figure");
        Assert.Equal(HttpStatusCode.NotFound, unknownChart.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownFigure.StatusCode);
        Assert.Contains("찾는 페이지가 없습니다", await unknownFigure.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_derived_figure_page_shows_its_arithmetic_and_links_to_its_inputs()
    {
        var page = await HtmlPage.GetAsync(_client, "/figures/investment-growth-factor");

        Assert.Contains("÷", page.QuerySelector(".fact__formula .arithmetic")!.TextContent);
        var inputs = page.QuerySelectorAll(".fact__input-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/ko/KRW/figures/investment-2023-2027-usd", "/ko/KRW/figures/investment-previous-5y-usd"], inputs);
        Assert.Equal("2.88배", page.QuerySelector(".fact__value")!.TextContent);
    }

    [Fact]
    public async Task Culture_en_gives_english_text_titles_and_number_formats()
    {
        var page = await HtmlPage.GetAsync(_client, "/?culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Dashboard", page.QuerySelector(".site-nav a[aria-current='page']")!.TextContent);
        Assert.Equal("AWS's Korea investment is about 2.9 times the previous five years", page.QuerySelector("#chart-investment-vs-previous .chart-card__title")!.TextContent.Trim());
        Assert.Equal("about ₩7.85T", page.QuerySelector(".kpi[data-figure='investment-2023-2027-krw'] .kpi__value")!.TextContent);
        Assert.Equal("12,300 a year", page.QuerySelector(".kpi[data-figure='jobs-per-year'] .kpi__value")!.TextContent);
        Assert.StartsWith("Source: The Korea Economic Daily, 2023-10-12", page.QuerySelector("#chart-investment-vs-previous .source-line")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_language_is_the_address_and_the_switch_leads_to_the_same_page_in_the_other_language()
    {
        var english = await HtmlPage.GetAsync(_client, "/en/KRW/figures");
        var korean = await HtmlPage.GetAsync(_client, english.QuerySelector("[data-reader-language='ko']")!.GetAttribute("href")!);

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Every figure and its evidence", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("ko", korean.DocumentElement.GetAttribute("lang"));
        // Canonical links are absolute (the listening address when no public origin is set: here the test server's).
        Assert.Equal("http://localhost/ko/KRW/figures", korean.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_currency_switch_shows_the_articles_own_dollar_number_where_it_has_one_and_converts_where_it_does_not()
    {
        var page = await HtmlPage.GetAsync(_client, "/?currency=USD");

        Assert.Equal("58.8억 달러", page.QuerySelector(".kpi[data-figure='investment-2023-2027-krw'] .kpi__value")!.TextContent);
        var gdp = page.QuerySelector("#chart-economic-effects td[data-figure='gdp-contribution-2027-krw']")!;
        Assert.Contains("약 113억 달러", gdp.TextContent);
        Assert.Contains("환산", gdp.TextContent);
        Assert.Contains("/ko/USD/figures/implied-krw-per-usd", page.QuerySelector("#chart-economic-effects")!.InnerHtml);
    }

    [Fact]
    public async Task The_background_page_shows_every_section_of_the_notes_cited()
    {
        var page = await HtmlPage.GetAsync(_client, "/background");
        var sections = _app.Data.Read("background.json")["sections"]!.AsArray();

        Assert.Equal(sections.Count, page.QuerySelectorAll(".background-section").Length);
        foreach (var section in sections)
        {
            var rendered = page.QuerySelector($"#{(string)section!["key"]!}")!;
            Assert.Equal((string)section["title"]!["ko"]!, rendered.QuerySelector("h2")!.TextContent);
            Assert.Contains((string)section["citation"]!["quote"]!, rendered.QuerySelector(".source-line")!.TextContent);
            Assert.Contains("학습 노트", rendered.QuerySelector(".source-line")!.TextContent);
        }

        var text = page.Body!.TextContent;
        foreach (var term in new[] { "IaaS", "PaaS", "SaaS", "퍼블릭 클라우드", "프라이빗 클라우드", "하이브리드 클라우드", "디지털 전환(DX)", "전일제 환산(FTE)", "잘못된 인식, 예산편성 문제, 개발자 부재" })
        {
            Assert.Contains(term, text);
        }
    }
}
