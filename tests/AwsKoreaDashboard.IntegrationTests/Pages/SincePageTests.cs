using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>The "since the article" page and the dashboard band, as a reader without script sees them.</summary>
public sealed class SincePageTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    private JsonArray Events => _app.Data.Read("events.json")["events"]!.AsArray();

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_page_lists_every_event_with_each_of_its_citations(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/since?culture={language}&currency={currency}");

        foreach (var entry in Events)
        {
            var key = (string)entry!["key"]!;
            var item = page.QuerySelector($"li[data-event='{key}']");
            Assert.True(item is not null, $"no timeline entry for {key}");
            foreach (var citation in entry["citations"]?.AsArray() ?? [])
            {
                Assert.Contains(item!.QuerySelectorAll("a.citation-link"), a => a.GetAttribute("href") == (string)citation!["url"]!);
            }
        }

        HtmlPage.AssertNoCodeInMarkup(page);
    }

    [Fact]
    public async Task Every_follow_up_says_it_is_not_from_the_original_article_and_the_articles_own_events_say_they_are()
    {
        var page = await HtmlPage.GetAsync(_client, "/since?culture=en&currency=USD");

        foreach (var entry in Events)
        {
            var item = page.QuerySelector($"li[data-event='{(string)entry!["key"]!}']")!;
            var badge = item.QuerySelector(".badge")!.TextContent;
            Assert.Equal((string)entry["origin"]! == "article" ? "Original article" : "Not from the original article · later reporting", badge);
        }
    }

    [Fact]
    public async Task Where_sources_differ_every_value_is_shown_side_by_side_with_the_note()
    {
        var page = await HtmlPage.GetAsync(_client, "/since?culture=en&currency=USD");

        var block = page.QuerySelector("li[data-event='ulsan-launch-2025-06-20'] [data-disagreement='ulsan-won-in-dollars']")!;

        Assert.StartsWith("Sources differ", block.TextContent.Trim());
        Assert.Equal(
            ["$5.1B The Korea Herald", "$5.11B Reuters", "$5.13B Korea JoongAng Daily"],
            block.QuerySelectorAll(".sources-differ__value").Select(v => Squash(v.TextContent)).ToList());
        Assert.Contains("Reuters stated ₩1,368.76 = $1", block.TextContent);

        var korean = await HtmlPage.GetAsync(_client, "/since?culture=ko&currency=KRW");
        Assert.StartsWith("출처마다 다릅니다", korean.QuerySelector("[data-disagreement='ulsan-won-in-dollars']")!.TextContent.Trim());
        Assert.Equal(
            ["51억 달러 코리아헤럴드", "51.1억 달러 로이터", "51.3억 달러 코리아중앙데일리"],
            korean.QuerySelectorAll("li[data-event='ulsan-launch-2025-06-20'] [data-disagreement='ulsan-won-in-dollars'] .sources-differ__value").Select(v => Squash(v.TextContent)).ToList());
    }

    [Fact]
    public async Task Every_disagreement_of_the_data_shows_all_of_its_values_once_and_its_other_events_link_to_it()
    {
        var page = await HtmlPage.GetAsync(_client, "/since?culture=en&currency=KRW");

        foreach (var disagreement in _app.Data.Read("events.json")["disagreements"]!.AsArray())
        {
            var key = (string)disagreement!["key"]!;
            var eventKeys = disagreement["events"]!.AsArray().Select(e => (string)e!).ToList();
            var boxes = page.QuerySelectorAll($"[data-disagreement='{key}']");
            Assert.Single(boxes);
            Assert.Equal(disagreement["values"]!.AsArray().Count, boxes[0].QuerySelectorAll(".sources-differ__value").Length);
            var home = boxes[0].Closest("li[data-event]")!.GetAttribute("data-event")!;
            Assert.Contains(home, eventKeys);
            foreach (var other in eventKeys.Where(e => e != home))
            {
                Assert.Equal($"#disagreement-{key}", page.QuerySelector($"li[data-event='{other}'] [data-disagreement-ref='{key}'] a")!.GetAttribute("href"));
            }
        }
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task An_article_figure_and_its_pair_are_listed_once_under_their_event(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/since");

        foreach (var list in page.QuerySelectorAll("li[data-event] .timeline__amounts"))
        {
            var values = list.Children.Select(li => Squash(li.QuerySelector("strong")!.TextContent)).ToList();
            Assert.Equal(values.Distinct(), values);
        }

        Assert.Single(page.QuerySelectorAll("li[data-event='article-plan-2023-2027'] [data-figure]"));
    }

    [Fact]
    public async Task No_value_on_the_page_puts_brackets_inside_brackets()
    {
        foreach (var url in new[] { "/ko/KRW/since", "/en/USD/since", "/ko/KRW/", "/en/KRW/" })
        {
            var page = await HtmlPage.GetAsync(_client, url);
            Assert.DoesNotMatch(@"\([^()]*\([^()]*\)[^()]*\)", Squash(page.Body!.TextContent));
        }
    }

    [Fact]
    public async Task In_dollars_an_amount_the_outlets_converted_shows_each_outlets_conversion_and_the_rate_reuters_stated()
    {
        var page = await HtmlPage.GetAsync(_client, "/since?culture=en&currency=USD");

        var total = page.QuerySelector("li[data-event='ulsan-launch-2025-06-20'] [data-amount='ulsan-total']")!;

        Assert.Equal("$5.11B (converted) · $5.13B (converted)", total.QuerySelector("strong")!.TextContent);
        var marks = total.QuerySelectorAll("[data-converted='outlet']").Select(m => m.TextContent).ToList();
        Assert.Contains("($5.11B: converted by Reuters at ₩1,368.76 per $1)", marks);
        Assert.Contains("($5.13B: converted by Korea JoongAng Daily)", marks);
    }

    [Theory]
    [InlineData("en", "about ₩5.48T", "(converted at ₩1,368.76 per $1)")]
    [InlineData("ko", "약 5.48조 원", "(환산, 1달러당 1,368.76원 기준)")]
    public async Task In_won_an_amount_no_outlet_converted_is_converted_at_the_rate_named_on_the_page_and_marked(string language, string expected, string mark)
    {
        var page = await HtmlPage.GetAsync(_client, $"/since?culture={language}&currency=KRW");

        var share = page.QuerySelector("li[data-event='ulsan-launch-2025-06-20'] [data-amount='ulsan-aws-share']")!;

        Assert.Equal(expected, share.QuerySelector("strong")!.TextContent);
        Assert.Equal(mark, share.QuerySelector("[data-converted='page-rate']")!.TextContent);
        Assert.Contains(language == "en" ? "₩1,368.76 per $1 (Reuters, 2025-06-20)" : "환율(1달러당 1,368.76원, 로이터, 2025-06-20)로", page.QuerySelector("[data-page-rate]")!.TextContent);
        // The article's implied 2023 rate (about ₩1,335 per $1) is never used for a 2025 amount: $4B at it would be ₩5.34T.
        Assert.DoesNotContain("5.34", page.QuerySelector(".since-timeline")!.TextContent);
    }

    [Fact]
    public async Task An_outlets_own_cumulative_total_is_shown_as_its_statement_with_its_citations()
    {
        var page = await HtmlPage.GetAsync(_client, "/since?culture=en&currency=KRW");

        var total = page.QuerySelector("[data-amount='aws-cumulative-2031-won']")!;

        Assert.Equal("more than ₩12.6T", total.QuerySelector("strong")!.TextContent);
        Assert.Equal("Stated by: Herald Business, Segye Ilbo", total.QuerySelector(".stated-by")!.TextContent);
        var citations = page.QuerySelectorAll("li[data-event='aws-ai-datacentres-2031'] .timeline__citations li").Select(c => c.GetAttribute("data-outlet")).ToList();
        Assert.Contains("herald-business", citations);
        Assert.Contains("segye-ilbo", citations);
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_periods_chart_has_a_text_alternative_and_a_table_and_never_adds_amounts_together(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/since?culture={language}&currency={currency}");

        var chart = page.QuerySelector(".chart-card[data-chart-key='since-commitments']")!;
        var rows = chart.QuerySelectorAll("[data-period-table] tbody tr").ToList();

        Assert.Equal(["article-spent-2018-2022", "article-plan-2023-2027", "ulsan-launch-2025-06-20", "aws-ai-datacentres-2031"], rows.Select(r => r.GetAttribute("data-event")).ToList());
        var alt = chart.QuerySelector("canvas")!.GetAttribute("aria-label")!;
        Assert.All(rows, row => Assert.Contains(row.QuerySelector("th")!.TextContent, alt));
        var amounts = rows.Select(r => r.QuerySelector("td.num")!.TextContent).ToList();
        Assert.Equal(currency == "USD" ? "$5.11B (converted) · $5.13B (converted)" : "약 7조 원", amounts[2]);
        Assert.Equal(currency == "USD" ? "$5B" : "7.16조 원 (환산) · 약 7.12조 원 (환산)", amounts[3]);
    }

    [Fact]
    public async Task The_oecd_figures_are_two_separate_statements_each_with_its_own_source()
    {
        var page = await HtmlPage.GetAsync(_client, "/since?culture=en&currency=USD");

        var article = page.QuerySelector("[data-statement='article']")!;
        var later = page.QuerySelector("[data-statement='later']")!;

        Assert.Contains("28%", article.TextContent);
        Assert.Contains("45%", article.TextContent);
        Assert.DoesNotContain("70%", article.TextContent);
        Assert.Contains("about 70%", later.TextContent);
        Assert.Contains("49%", later.TextContent);
        Assert.DoesNotContain("28%", later.TextContent);
        Assert.Contains(later.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("https://www.msit.go.kr/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ko", "기사 이후")]
    [InlineData("en", "Since the article")]
    public async Task The_dashboard_has_a_since_the_article_band_that_links_to_the_page(string language, string title)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/KRW/");

        var band = page.QuerySelector("[data-since-band]")!;

        Assert.Equal(title, band.QuerySelector("strong")!.TextContent);
        Assert.Equal($"/{language}/KRW/since", band.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href") == $"/{language}/KRW/since");
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("ko", "USD")]
    [InlineData("en", "KRW")]
    [InlineData("en", "USD")]
    public async Task No_follow_up_amount_appears_in_the_articles_charts_or_headline_cards(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/?culture={language}&currency={currency}");
        var culture = CultureInfo.GetCultureInfo(language == "ko" ? "ko-KR" : "en-US");
        var articleValues = _app.Data.Read("figures.json")["figures"]!.AsArray().Select(f => f!["value"]).OfType<JsonNode>().Select(v => (double)v).ToHashSet();
        var followUps = FollowUpAmounts().Where(a => !articleValues.Contains(a.Value)).ToList();
        Assert.NotEmpty(followUps);

        var articleParts = page.QuerySelectorAll(".kpi, .chart-card").ToList();
        Assert.NotEmpty(articleParts);
        foreach (var part in articleParts)
        {
            var text = $" {Squash(part.TextContent)} ";
            foreach (var (value, unit) in followUps)
            {
                var formatted = NumberFormatter.Format(value, unit, culture);
                Assert.False(text.Contains($" {formatted} ", StringComparison.Ordinal) || text.Contains($"약 {formatted}", StringComparison.Ordinal) || text.Contains($"about {formatted}", StringComparison.Ordinal), $"{formatted} in {part.Id ?? part.ClassName}");
            }
        }

        foreach (var data in page.QuerySelectorAll(".chart-card script.chart-data"))
        {
            var values = JsonNode.Parse(data.TextContent)!["series"]!.AsArray().SelectMany(s => s!["values"]!.AsArray()).Select(v => (double)v!);
            Assert.DoesNotContain(values, v => followUps.Any(f => f.Value == v));
        }
    }

    private IEnumerable<(double Value, string Unit)> FollowUpAmounts()
    {
        foreach (var entry in Events.Where(e => (string)e!["origin"]! == "follow-up"))
        {
            foreach (var amount in entry!["amounts"]?.AsArray() ?? [])
            {
                yield return ((double)amount!["value"]!, (string)amount["currency"]!);
            }

            foreach (var value in (entry["citations"]?.AsArray() ?? []).SelectMany(c => c!["values"]?.AsArray() ?? []))
            {
                yield return ((double)value!["value"]!, (string)value["currency"]!);
            }
        }
    }

    /// <summary>
    /// The since chart's source line goes with the chart into images, embeds, link previews and the export API,
    /// where there is no timeline "below": it names the article and, for each later bar, the outlets whose value
    /// it shows and the dates they reported it.
    /// </summary>
    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_since_charts_source_line_names_the_outlets_and_dates_of_each_later_bars_values(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/since");
        var data = _app.Data.Read("events.json");
        var names = data["outlets"]!.AsArray().ToDictionary(o => (string)o!["key"]!, o => (string)o!["name"]![language]!);

        var line = Squash(page.QuerySelector("#chart-since-commitments .source-line")!.TextContent);
        var payload = JsonNode.Parse(page.QuerySelector("#chart-since-commitments script.chart-data")!.TextContent)!;

        Assert.Equal(line, Squash((string)payload["sourceLine"]!));
        Assert.Contains(language == "ko" ? "한국경제 2023-10-12" : "Hankyung 2023-10-12", line);
        Assert.DoesNotContain(language == "ko" ? "아래" : "below", line);
        var charted = Events.SelectMany(e => (e!["amounts"]?.AsArray() ?? []).Select(a => (Event: e, Amount: a!)))
            .Where(x => (string)x.Amount["role"]! is "commitment" or "joint-total" && x.Amount["sameAs"] is null && x.Amount["period"] is not null)
            .ToList();
        Assert.True(charted.Count >= 2, $"{charted.Count} charted later amounts");
        foreach (var (entry, amount) in charted)
        {
            // The outlets' own values in the reader's currency where they gave one (shown side by side on the bar),
            // else the first report of the amount as stated.
            var citations = entry["citations"]!.AsArray().Select(c => c!).ToList();
            bool Gives(JsonNode c, string inCurrency) => (c["values"]?.AsArray() ?? []).Any(v => (string?)v!["amount"] == (string)amount["key"]! && (string?)v["currency"] == inCurrency);
            var shown = (string)amount["currency"]! == currency ? [] : citations.Where(c => Gives(c, currency)).ToList();
            if (shown.Count == 0)
            {
                shown = [citations.First(c => Gives(c, (string)amount["currency"]!))];
            }

            Assert.All(shown, c => Assert.Contains($"{names[(string)c["outlet"]!]} {(string)c["date"]!}", line));
        }
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
