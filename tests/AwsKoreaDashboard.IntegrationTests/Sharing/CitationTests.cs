using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>"Cite this" on chart and figure pages, and the same citation in the chart's downloads and the sources file.</summary>
public sealed partial class CitationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Article = "https://www.hankyung.com/article/2023101112991";
    private readonly HttpClient _client = shared.App.CreateClient();

    [Theory]
    [InlineData("/ko/KRW/charts/annual-pace")]
    [InlineData("/en/USD/charts/economic-effects")]
    [InlineData("/ko/USD/figures/investment-2023-2027-usd")]
    [InlineData("/en/KRW/figures/korea-to-india-annual-ratio")]
    public async Task A_chart_or_figure_page_offers_its_citation_in_four_formats_naming_its_canonical_url_and_the_article(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var canonical = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
        var title = page.QuerySelector("h1")!.TextContent.Trim();
        var site = page.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content")!;

        foreach (var format in new[] { "apa", "chicago", "bibtex", "ris" })
        {
            var text = Text(page, format);
            Assert.Contains(canonical, text);
            // BibTeX escapes its special characters ($76.4B is \$76.4B there).
            var plain = Regex.Replace(text, @"\\([&%$#_])", "$1");
            Assert.Contains(title, plain);
            Assert.Contains(site, text);
            Assert.Contains(Article, text);
            Assert.Matches(@"20\d\d", text);
            // The date accessed is a slot the page's script fills in (the page is cached for everyone).
            Assert.NotNull(page.QuerySelector($"#cite-{format}-text [data-cite-accessed]"));
            Assert.NotNull(page.QuerySelector($"button[data-cite-copy='cite-{format}-text']"));
        }

        Assert.Equal(4, page.QuerySelectorAll("[data-cite] script[src*='/js/cite']").Length + 3);
    }

    [Theory]
    [InlineData("/ko/KRW/charts/annual-pace")]
    [InlineData("/en/USD/figures/investment-2023-2027-usd")]
    public async Task The_bibtex_and_ris_have_the_shape_their_readers_parse(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var canonical = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;

        var bibtex = Text(page, "bibtex");
        var entries = BibTexEntry().Matches(bibtex);
        Assert.Equal(2, entries.Count);
        Assert.Equal("misc", entries[0].Groups["type"].Value);
        Assert.Equal("article", entries[1].Groups["type"].Value);
        Assert.Equal(bibtex.Count(c => c == '{'), bibtex.Count(c => c == '}'));
        Assert.Matches(@"(?m)^  url = \{" + Regex.Escape(canonical) + @"\},$", bibtex);
        Assert.Matches(@"(?m)^  urldate = \{", bibtex);
        foreach (var line in bibtex.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)))
        {
            Assert.Matches(@"^  [a-z]+ = \{.*\},?$", line);
        }

        var ris = Text(page, "ris").Split('\n');
        Assert.All(ris, line => Assert.Matches(@"^[A-Z][A-Z0-9]  - ", line));
        Assert.Equal(["TY  - DATA", "TY  - NEWS"], ris.Where(l => l.StartsWith("TY", StringComparison.Ordinal)));
        Assert.Equal(2, ris.Count(l => l == "ER  - "));
        Assert.Equal("ER  - ", ris[^1]);
        Assert.Contains($"UR  - {canonical}", ris);
        Assert.Contains(ris, l => l.StartsWith("Y2  - ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A student who cites the Korean and the English page, or the won and the dollar page, in one bibliography
    /// needs a key for each: BibTeX keeps the first of two entries with one key, so the second citation would
    /// silently point at the first page's title, address and language.
    /// </summary>
    [Fact]
    public async Task Each_page_in_each_reader_setting_has_its_own_bibtex_key()
    {
        var keys = new Dictionary<string, string>();
        foreach (var setting in new[] { "ko/KRW", "ko/USD", "en/KRW", "en/USD" })
        {
            foreach (var path in new[] { "charts/annual-pace", "figures/investment-2023-2027-usd" })
            {
                var page = await HtmlPage.GetAsync(_client, $"/{setting}/{path}");
                var entry = BibTexEntry().Matches(Text(page, "bibtex"))[0];
                Assert.Equal("misc", entry.Groups["type"].Value);
                keys[$"/{setting}/{path}"] = entry.Groups["key"].Value;
            }
        }

        Assert.Matches(@"^awskorea-chart-annual-pace-ko-krw-20\d\d$", keys["/ko/KRW/charts/annual-pace"]);
        Assert.Matches(@"^awskorea-figure-investment-2023-2027-usd-en-usd-20\d\d$", keys["/en/USD/figures/investment-2023-2027-usd"]);
        var shared = keys.GroupBy(k => k.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.Key))}");
        Assert.Empty(shared);
    }

    [Fact]
    public async Task The_charts_csv_json_and_the_sources_file_carry_the_citation()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/en/USD/exports/charts/annual-pace.json")).RootElement.GetProperty("cite");
        Assert.Equal("http://localhost/en/USD/charts/annual-pace", json.GetProperty("url").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", json.GetProperty("dataAsOf").GetString()!);
        foreach (var format in new[] { "apa", "chicago", "bibtex", "ris" })
        {
            Assert.Contains("http://localhost/en/USD/charts/annual-pace", json.GetProperty(format).GetString());
            Assert.Contains("[date accessed]", json.GetProperty(format).GetString());
            Assert.DoesNotContain("{accessed", json.GetProperty(format).GetString());
        }

        var csv = (await _client.GetStringAsync("/ko/KRW/exports/charts/annual-pace.csv")).Split('\n');
        Assert.EndsWith(",cite_as", csv[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains("http://localhost/ko/KRW/charts/annual-pace", csv[1]);
        Assert.Contains("[접속한 날짜]", csv[1]);

        var sources = await _client.GetStringAsync("/en/KRW/exports/sources.md");
        Assert.Contains("## How to cite (APA 7)", sources);
        Assert.Contains("http://localhost/en/KRW/charts/annual-pace", sources);
    }

    private static string Text(IDocument page, string format) =>
        page.QuerySelector($"#cite-{format}-text")?.TextContent ?? throw new InvalidOperationException($"no {format} citation");

    [GeneratedRegex(@"@(?<type>[a-z]+)\{(?<key>[A-Za-z0-9-]+),\n(?:  [a-z]+ = .*\n)+\}")]
    private static partial Regex BibTexEntry();
}
