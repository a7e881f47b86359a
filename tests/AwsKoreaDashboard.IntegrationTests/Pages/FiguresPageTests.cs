using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>
/// /figures, figure pages and evidence panels as a reader reads them: a computed figure is arithmetic on the
/// figures it names, in the reader's language, each value a link to its figure (in the reader's settings), never a
/// formula; an amount in the other currency also shows the reader's, converted and marked.
/// </summary>
public sealed partial class FiguresPageTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Text(IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    [Theory]
    [InlineData("en", "USD", "$5.88B ÷ $2.04B = 2.88×")]
    [InlineData("en", "KRW", "$5.88B ÷ $2.04B = 2.88×")]
    [InlineData("ko", "KRW", "58.8억 달러 ÷ 20.4억 달러 = 2.88배")]
    [InlineData("ko", "USD", "58.8억 달러 ÷ 20.4억 달러 = 2.88배")]
    public async Task A_computed_figure_reads_as_arithmetic_on_the_figures_it_names_in_the_readers_language_each_value_linking_to_its_figure(string language, string currency, string arithmetic)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/figures/investment-growth-factor");

        var shown = page.QuerySelector("#evidence .arithmetic")!;
        Assert.Equal(arithmetic, Text(shown));
        Assert.Equal(
            [$"/{language}/{currency}/figures/investment-2023-2027-usd", $"/{language}/{currency}/figures/investment-previous-5y-usd"],
            shown.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    /// <summary>The "cite this" BibTeX entry writes its fields in braces (<c>year = {2025}</c>): that is the format, not a token.</summary>
    private static void RemoveBibTex(AngleSharp.Dom.IDocument page)
    {
        foreach (var bibtex in page.QuerySelectorAll("[data-cite-format='bibtex']").ToList())
        {
            bibtex.Remove();
        }
    }

    [GeneratedRegex(@"\{[a-z0-9-]+\}")]
    private static partial Regex FigureToken();

    [Theory]
    [InlineData("en", "USD")]
    [InlineData("ko", "USD")]
    [InlineData("ko", "KRW")]
    [InlineData("en", "KRW")]
    public async Task Every_figures_headline_value_has_at_most_three_significant_digits_the_exact_one_stays_in_its_quote(string language, string currency)
    {
        var html = await _client.GetStringAsync($"/{language}/{currency}/figures");
        var values = FactValue().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value)).ToList();

        Assert.NotEmpty(values);
        // An amount with four digits or more after its first ("$1.5875B", "15.875억 달러", "$1.176B") is more than a
        // reader needs; the rate (₩1,335.03 per $1) is a rate, not an amount.
        Assert.DoesNotContain(values, v => LongAmount().IsMatch(v) && !v.Contains("1,335.03", StringComparison.Ordinal));
        Assert.Contains(language == "ko" ? "15억8750만달러" : "$1.5875 billion", html);
    }

    [GeneratedRegex("""class="fact__value">(?<value>[^<]*)<""")]
    private static partial Regex FactValue();

    [GeneratedRegex(@"\d\.\d{3,}|\d{2}\.\d{3,}|\d,\d{3}\.\d")]
    private static partial Regex LongAmount();

    [Fact]
    public async Task No_figure_page_shows_a_raw_figure_token_in_any_language_or_currency()
    {
        var keys = _app.Data.Read("figures.json")["figures"]!.AsArray().Select(f => (string)f!["key"]!).ToList();
        var raw = new List<string>();
        foreach (var (language, currency) in new[] { ("ko", "KRW"), ("ko", "USD"), ("en", "KRW"), ("en", "USD") })
        {
            foreach (var key in keys)
            {
                var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/figures/{key}");
                RemoveBibTex(page);
                var texts = new[] { page.Title ?? "", page.Body!.TextContent }
                    .Concat(page.All.SelectMany(e => e.Attributes).Where(a => a.Name is "title" or "aria-label" or "content" or "alt").Select(a => a.Value));
                raw.AddRange(texts.SelectMany(t => FigureToken().Matches(t)).Select(m => $"/{language}/{currency}/figures/{key}: {m.Value}"));
            }
        }

        Assert.NotEmpty(keys);
        Assert.Empty(raw.Distinct());
    }

    [Theory]
    [InlineData("en", "AWS expects about $76.4B† in value, about $11.3B† of GDP")]
    [InlineData("ko", "AWS가 내다본 효과: 경제적 가치 약 764억 달러 (환산), GDP 약 113억 달러 (환산)")]
    public async Task The_charts_that_use_a_figure_are_named_by_their_titles_as_the_reader_reads_them(string language, string title)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/USD/figures/economic-value-2028-krw");

        Assert.Contains(title, page.QuerySelectorAll("#used-in-title + ul a").Select(Text));
    }

    [Theory]
    [InlineData("en", "USD", "economic-value-2028-krw", "about ₩102T", "= about $76.4B†")]
    [InlineData("ko", "USD", "economic-value-2028-krw", "약 102조 원", "= 약 764억 달러 (환산)")]
    [InlineData("ko", "KRW", "previous-annual-average-usd", "4.08억 달러", "= 약 5,450억 원 (환산)")]
    [InlineData("en", "KRW", "previous-annual-average-usd", "$408M", "= about ₩545B†")]
    public async Task An_amount_the_article_gives_or_computes_only_in_the_other_currency_shows_the_readers_currency_too_marked(string language, string currency, string key, string article, string converted)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/figures/{key}");

        Assert.Equal(article, Text(page.QuerySelector("#evidence .fact__value")!));
        Assert.StartsWith(converted + " ·", Text(page.QuerySelector("#evidence .fact__converted")!));
    }

    [Fact]
    public async Task An_amount_in_the_readers_own_currency_has_no_converted_line()
    {
        var page = await HtmlPage.GetAsync(_client, "/en/KRW/figures/economic-value-2028-krw");

        Assert.Null(page.QuerySelector("#evidence .fact__converted"));
    }

    [Theory]
    [InlineData("en", "USD", "korea-to-india-annual-ratio", "$1.176B ÷ $1.5875B × 100 = 74.1%")]
    [InlineData("ko", "KRW", "cloud-adoption-gap-to-oecd", "45% − 28% = 17%p")]
    [InlineData("en", "KRW", "renewable-target-years-earlier", "2030 − 2025 = 5 years")]
    // In won, the article's dollars: arithmetic on amounts converted and rounded would not add up (2.72 ÷ 5 is 0.544, the
    // converted result 0.545); the converted result is beside it, marked (below).
    [InlineData("ko", "KRW", "previous-annual-average-usd", "20.4억 달러 ÷ 5 = 4.08억 달러")]
    [InlineData("ko", "KRW", "korea-to-india-annual-ratio", "11.76억 달러 ÷ 15.875억 달러 × 100 = 74.1%")]
    // The implied rate relates the two currencies: each amount stays in its own, whatever the reader's currency.
    [InlineData("en", "USD", "implied-krw-per-usd", "about ₩7.85T ÷ $5.88B = ₩1,335.03 per $1")]
    [InlineData("ko", "KRW", "implied-krw-per-usd", "약 7.85조 원 ÷ 58.8억 달러 = 1달러당 1,335.03원")]
    public async Task Every_operator_and_number_of_a_formula_reads_as_arithmetic(string language, string currency, string key, string arithmetic)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/figures/{key}");

        Assert.Equal(arithmetic, Text(page.QuerySelector("#evidence .arithmetic")!));
    }

    [Theory]
    [InlineData("/ko/KRW/figures")]
    [InlineData("/en/USD/figures")]
    [InlineData("/en/USD/figures/investment-growth-factor")]
    [InlineData("/ko/USD/")]
    [InlineData("/en/KRW/charts/investment-vs-previous")]
    public async Task No_page_shows_a_raw_formula(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        foreach (var script in page.QuerySelectorAll("script").ToList())
        {
            script.Remove();
        }

        RemoveBibTex(page);
        Assert.DoesNotMatch(@"\{[a-z0-9-]+\}", page.Body!.TextContent);
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Value.Contains("{investment-", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".fact code"));
    }

    [Fact]
    public async Task The_figures_list_shows_every_computed_figure_as_arithmetic_linked_to_figures_in_the_readers_settings()
    {
        var page = await HtmlPage.GetAsync(_client, "/en/USD/figures");

        var derived = page.QuerySelectorAll(".fact").Where(f => f.QuerySelector(".badge--derived") is not null).ToList();
        Assert.Equal(7, derived.Count);
        Assert.All(derived, fact => Assert.Matches(@"^\S.* = \S", Text(fact.QuerySelector(".arithmetic")!)));
        var growth = page.QuerySelector(".fact[data-figure-key='investment-growth-factor'] .arithmetic")!;
        Assert.Equal("$5.88B ÷ $2.04B = 2.88×", Text(growth));
        Assert.All(growth.QuerySelectorAll("a"), a => Assert.StartsWith("/en/USD/figures/", a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("ko", "KRW", "다른 수치", "200여 종", "AWS 클라우드 관련 서비스 수", "4개 구역", "출처: 한국경제, 2023-10-12")]
    [InlineData("en", "USD", "Other facts", "some 200 services", "AWS cloud-related services", "4 zones", "Source: The Korea Economic Daily, 2023-10-12")]
    public async Task The_dashboard_has_a_cited_other_facts_band_with_the_services_and_the_zones(
        string language, string currency, string title, string services, string servicesLabel, string zones, string source)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/");

        var band = page.QuerySelector("[data-other-facts]")!;
        Assert.Equal(title, Text(band.QuerySelector("h2")!));
        var facts = band.QuerySelectorAll(".other-fact").ToDictionary(f => f.GetAttribute("data-figure")!);
        Assert.Equal(["cloud-services-count", "korea-cloud-zones"], facts.Keys);
        Assert.Equal(services, Text(facts["cloud-services-count"].QuerySelector(".other-fact__value")!));
        Assert.StartsWith(servicesLabel, Text(facts["cloud-services-count"].QuerySelector(".other-fact__label")!));
        Assert.Equal(zones, Text(facts["korea-cloud-zones"].QuerySelector(".other-fact__value")!));
        foreach (var (key, fact) in facts)
        {
            Assert.Equal($"/{language}/{currency}/figures/{key}", fact.QuerySelector(".other-fact__value")!.GetAttribute("href"));
            var citation = fact.QuerySelector(".other-fact__source")!;
            Assert.Equal(source, Text(citation));
            Assert.Equal($"/{language}/{currency}/figures/{key}#evidence", citation.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Dates_in_source_lines_and_citations_are_time_elements_kept_on_one_line()
    {
        var page = await HtmlPage.GetAsync(_client, "/ko/KRW/");

        var sourceDate = page.QuerySelector("#chart-investment-vs-previous .source-line time")!;
        Assert.Equal("2023-10-12", sourceDate.GetAttribute("datetime"));
        Assert.Equal("2023-10-12", sourceDate.TextContent);
        Assert.NotNull(page.QuerySelector(".kpi__source time[datetime='2023-10-12']"));
        Assert.NotNull(page.QuerySelector(".fact .citation time.citation__date[datetime='2023-10-12']"));
        Assert.Contains("time, .date { white-space: nowrap; }", await _client.GetStringAsync("/css/site.css"));
    }
}
