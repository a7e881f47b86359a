using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>
/// The since-the-article chart in the .pptx decks: the since-2023 deck, and the money deck that ends with it
/// ("since": true in data/decks.json). A native floating-bar chart with its own workbook, the amounts as
/// /since shows them, the outlets cited in the notes, and the follow-up outlets under their own heading.
/// </summary>
public sealed class SinceSlideTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string SinceKey = "since-commitments";
    private readonly HttpClient _client = shared.App.CreateClient();

    private async Task<PowerPointFile> GetDeckAsync(string deck, string language = "ko", string currency = "KRW")
    {
        var response = await _client.GetAsync($"/{language}/{currency}/exports/decks/{deck}.pptx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PowerPointFile(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<JsonElement> EventsAsync() => JsonDocument.Parse(await _client.GetStringAsync("/api/events")).RootElement;

    /// <summary>The follow-up events the chart draws a bar for: a commitment or joint total with a period.</summary>
    private static List<JsonElement> ChartedFollowUps(JsonElement api) =>
        api.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("notFromOriginalArticle").GetBoolean())
            .Where(e => e.GetProperty("amounts").EnumerateArray().Any(a =>
                a.GetProperty("role").GetString() is "commitment" or "joint-total"
                && a.GetProperty("sameAs").ValueKind == JsonValueKind.Null
                && a.GetProperty("period").GetProperty("from").ValueKind == JsonValueKind.Number))
            .ToList();

    [Theory]
    [InlineData("since-2023", "ko", "KRW")]
    [InlineData("since-2023", "ko", "USD")]
    [InlineData("since-2023", "en", "KRW")]
    [InlineData("since-2023", "en", "USD")]
    [InlineData("money", "ko", "KRW")]
    [InlineData("money", "en", "USD")]
    public async Task A_deck_with_the_since_chart_passes_the_Open_XML_validator_with_every_embedded_workbook(string key, string language, string currency)
    {
        using var deck = await GetDeckAsync(key, language, currency);

        var errors = deck.ValidationErrors();
        Assert.True(errors.Count == 0, $"{key} ({language}, {currency}):\n{string.Join("\n", errors)}");
    }

    [Fact]
    public async Task The_since_2023_deck_is_the_articles_comparison_then_the_since_chart_between_a_title_and_the_sources()
    {
        using var deck = await GetDeckAsync("since-2023", "en", "USD");

        // The sources run on as many slides as they need (two or more here), never cut.
        Assert.Equal(["Title", "Chart", "Chart"], deck.Slides.Take(3).Select(s => s.LayoutName));
        Assert.All(deck.Slides.Skip(3), s => Assert.Equal("Sources", s.LayoutName));
        Assert.True(deck.Slides.Count >= 5, $"the sources are on {deck.Slides.Count - 3} slide(s)");
        Assert.Equal(["investment-vs-previous", SinceKey], deck.Slides.Select(s => s.ChartKey).OfType<string>());
        Assert.Contains("Since the 2023 announcement: commitments to 2031", deck.Slides[0].Text);
        Assert.Contains("Reported since the article", deck.Slides[0].Text);
    }

    [Fact]
    public async Task A_deck_lists_the_since_chart_after_its_charts_only_when_it_says_so()
    {
        using var money = await GetDeckAsync("money");
        using var briefing = await GetDeckAsync("briefing");

        Assert.Equal(SinceKey, money.Slides.Last(s => s.LayoutName != "Sources").ChartKey);
        Assert.DoesNotContain(briefing.Slides, s => s.ChartKey == SinceKey);
        Assert.DoesNotContain("기사 이후 보도", string.Join("\n", briefing.Slides.Select(s => s.Text + s.Notes)));
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("ko", "USD")]
    [InlineData("en", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_since_chart_is_a_native_floating_bar_over_each_commitments_years_its_amount_on_a_line_under_its_label_as_the_page_shows_it(string language, string currency)
    {
        using var deck = await GetDeckAsync("since-2023", language, currency);
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/since");
        var api = await EventsAsync();
        var table = page.QuerySelectorAll("[data-period-table] tbody tr")
            .Select(tr => (Event: tr.GetAttribute("data-event")!, Label: tr.QuerySelector("th")!.TextContent.Trim(), Years: tr.Children[1].TextContent.Trim(), Amount: tr.Children[2].TextContent.Trim()))
            .ToList();
        var slide = deck.Slides.Single(s => s.ChartKey == SinceKey);
        var chart = slide.Chart!;

        var workbook = Assert.Single(chart.Workbooks);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.ContentType);
        var (start, bar) = (chart.Series[0], chart.Series[1]);
        Assert.Equal(2, chart.Series.Count);
        Assert.True(start.IsInvisible && !bar.IsInvisible);
        // Each bar's category is its label and, on a line of its own, its amount as /since writes it (converted
        // ones marked); the years are the axis's; no text is squeezed inside a bar; no amount is a sum of others.
        Assert.Equal(table.Select(r => $"{r.Label}\n{r.Amount}"), bar.Categories);
        Assert.Empty(start.Labels);
        Assert.Empty(bar.Labels);
        Assert.Equal(table.Select(r => r.Years), start.Values.Select((from, i) => $"{from}–{from + bar.Values[i]}"));
        Assert.Equal(start.Values, chart.WorkbookNumbers(start.ValuesReference));
        Assert.Equal(bar.Values, chart.WorkbookNumbers(bar.ValuesReference));
        Assert.Equal(bar.Categories, chart.WorkbookCategories());

        // The follow-up bars are the charted amounts of /api/events, over the years the API gives them.
        foreach (var e in ChartedFollowUps(api))
        {
            var key = e.GetProperty("key").GetString()!;
            var amount = e.GetProperty("amounts").EnumerateArray().First(a => a.GetProperty("role").GetString() is "commitment" or "joint-total");
            var period = amount.GetProperty("period");
            var row = table.FindIndex(r => r.Event == key);
            Assert.True(row >= 0, $"no bar for {key}");
            Assert.Equal(period.GetProperty("from").GetDouble(), start.Values[row]);
            Assert.Equal(period.GetProperty("to").GetDouble() - period.GetProperty("from").GetDouble(), bar.Values[row]);
            if (amount.GetProperty("currency").GetString() == currency)
            {
                Assert.Contains(Formatted(amount.GetProperty("value").GetDouble(), currency, language), bar.Categories[row]);
            }
        }

        Assert.Contains(language == "ko" ? "원문 기사에 없는 내용입니다" : "Not from the original article", slide.Text);
    }

    [Fact]
    public async Task Amounts_converted_at_the_page_rate_are_marked_converted_on_the_slide_as_on_the_page()
    {
        using var deck = await GetDeckAsync("since-2023", "ko", "KRW");
        var bar = deck.Slides.Single(s => s.ChartKey == SinceKey).Chart!.Series[1];

        Assert.Contains(bar.Categories, label => label.EndsWith("(환산)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ko", "KRW", true)]
    [InlineData("en", "KRW", true)]
    [InlineData("en", "USD", false)]
    public async Task Each_rate_the_since_chart_converted_at_is_named_under_it_on_the_page_the_slide_and_in_the_deck(string language, string currency, bool articleConverted)
    {
        // In won the article's 2018–2022 figure ($2.04B) is converted at the article's implied rate; later amounts an
        // outlet did not convert are converted at the page's rate (Reuters). Each line names its own rate.
        var api = JsonDocument.Parse(await _client.GetStringAsync("/api/figures")).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDouble());
        var articleRate = api["implied-krw-per-usd"].ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        var pageRate = (await EventsAsync()).GetProperty("pageRate").GetProperty("krwPerUsd").GetDouble().ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        using var deck = await GetDeckAsync("since-2023", language, currency);
        var texts = new[]
        {
            deck.Slides.Single(s => s.ChartKey == SinceKey).Text,
            await _client.GetStringAsync($"/{language}/{currency}/since"),
            await _client.GetStringAsync($"/{language}/{currency}/present/since-2023"),
        };

        Assert.All(texts, text =>
        {
            Assert.Contains(pageRate, text);
            Assert.Equal(articleConverted, text.Contains(articleRate, StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    public async Task The_since_slides_notes_cite_every_outlet_of_each_follow_up_with_its_date_and_link(string language, string currency)
    {
        using var deck = await GetDeckAsync("since-2023", language, currency);
        var slide = deck.Slides.Single(s => s.ChartKey == SinceKey);
        var api = await EventsAsync();
        var outlets = api.GetProperty("outlets").EnumerateArray().ToDictionary(o => o.GetProperty("key").GetString()!, o => o.GetProperty("name").GetProperty(language).GetString()!);

        Assert.Contains(language == "ko" ? "원문 기사에 없는 내용입니다" : "Not from the original article", slide.Notes);
        var links = slide.Part.NotesSlidePart!.HyperlinkRelationships.Select(h => h.Uri.ToString()).ToList();
        foreach (var e in ChartedFollowUps(api))
        {
            foreach (var citation in e.GetProperty("citations").EnumerateArray())
            {
                var url = citation.GetProperty("url").GetString()!;
                Assert.Contains(url, slide.Notes);
                Assert.Contains(url, links);
                Assert.Contains($"{outlets[citation.GetProperty("outlet").GetProperty("key").GetString()!]}", slide.Notes);
                if (citation.GetProperty("publishedOn").GetString() is { } date)
                {
                    Assert.Contains(date, slide.Notes);
                }
            }
        }
    }

    [Theory]
    [InlineData("ko", "KRW", "기사 이후 보도")]
    [InlineData("en", "USD", "Reported since the article")]
    public async Task The_sources_slide_lists_the_follow_up_outlets_under_their_own_heading_apart_from_the_articles_sources(string language, string currency, string heading)
    {
        using var deck = await GetDeckAsync("since-2023", language, currency);
        using var briefing = await GetDeckAsync("briefing", language, currency);
        var sourcesSlides = deck.Slides.Where(s => s.LayoutName == "Sources").ToList();
        var api = await EventsAsync();

        // The sources slides read as one list: the first titled as the others' start, the rest "continued".
        var paragraphs = sourcesSlides.SelectMany(s => s.Paragraphs.Skip(1)).ToList();
        var links = sourcesSlides.SelectMany(s => s.Links).ToList();
        var sources = new { Text = string.Join("\n", paragraphs) };
        var at = paragraphs.FindIndex(p => p.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(at > 0, $"no heading '{heading}' on the sources slides:\n{sources.Text}");
        var below = string.Join("\n", paragraphs.Skip(at));
        var above = string.Join("\n", paragraphs.Take(at));
        // The article's own sources stay above, as a deck without the since chart lists them first.
        Assert.Contains(briefing.Slides[^1].Paragraphs[1], above);
        Assert.Equal(language == "ko" ? "출처" : "Sources", sourcesSlides[0].Paragraphs[0]);
        Assert.All(sourcesSlides.Skip(1), s => Assert.Equal(language == "ko" ? "출처 (계속)" : "Sources (continued)", s.Paragraphs[0]));
        foreach (var citation in ChartedFollowUps(api).SelectMany(e => e.GetProperty("citations").EnumerateArray()))
        {
            var url = citation.GetProperty("url").GetString()!;
            Assert.Contains(url, below);
            Assert.DoesNotContain(url, above);
            Assert.Contains(url, links);
        }

        Assert.DoesNotContain(briefing.Slides[^1].Paragraphs, p => p.StartsWith(heading, StringComparison.Ordinal));
    }

    private static string Formatted(double value, string currency, string language) =>
        AwsKoreaDashboard.Web.Formatting.NumberFormatter.Format(value, currency, System.Globalization.CultureInfo.GetCultureInfo(language == "ko" ? "ko-KR" : "en-US"), false, null);
}
