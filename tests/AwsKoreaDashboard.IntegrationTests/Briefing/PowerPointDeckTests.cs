using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Testing;
using A = DocumentFormat.OpenXml.Drawing;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>
/// The .pptx downloads opened again with the Open XML SDK: valid, one native chart with its own workbook per
/// chart slide, the page's numbers in the reader's currency, notes quoting every figure, the reader's language.
/// </summary>
[StartsEarly(19)]
public sealed partial class PowerPointDeckTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();

    /// <summary>Each deck with its chart slides in order: its charts, then the since chart where the deck says "since": true.</summary>
    private List<(string Key, List<string> Charts)> Decks() =>
        _app.Data.Read("decks.json")["decks"]!.AsArray()
            .Select(d => ((string)d!["key"]!, d["charts"]!.AsArray().Select(c => (string)c!)
                .Concat((bool?)d["since"] == true ? ["since-commitments"] : []).ToList())).ToList();

    private List<string> ChartKeys() => _app.Data.Read("charts.json")["charts"]!.AsArray().Select(c => (string)c!["key"]!).ToList();

    private string ChartKind(string key) =>
        (string)_app.Data.Read("charts.json")["charts"]!.AsArray().Single(c => (string)c!["key"]! == key)!["kind"]!;

    private async Task<PowerPointFile> GetDeckAsync(string path, string language = "ko", string currency = "KRW")
    {
        var separator = path.Contains('?') ? '&' : '?';
        var response = await _client.GetAsync($"{path}{separator}culture={language}&currency={currency}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", response.Content.Headers.ContentType!.MediaType);
        return new PowerPointFile(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<JsonElement> GetJsonAsync(string path) =>
        JsonDocument.Parse(await _client.GetStringAsync(path)).RootElement;

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("ko", "USD")]
    [InlineData("en", "KRW")]
    [InlineData("en", "USD")]
    public async Task Every_deck_and_every_chart_file_passes_the_Open_XML_validator_with_its_embedded_workbooks(string language, string currency)
    {
        var paths = Decks().Select(d => $"/exports/decks/{d.Key}.pptx")
            .Append("/exports/decks/selection.pptx?charts=it-budget-control,renewable-target-year")
            .Concat(ChartKeys().Select(k => $"/exports/charts/{k}.pptx"));

        foreach (var path in paths)
        {
            using var deck = await GetDeckAsync(path, language, currency);
            var errors = deck.ValidationErrors();
            Assert.True(errors.Count == 0, $"{path} ({language}, {currency}):\n{string.Join("\n", errors)}");
        }
    }

    [Fact]
    public async Task A_deck_is_a_title_slide_then_one_chart_slide_per_chart_in_the_decks_order_then_the_sources()
    {
        foreach (var (key, charts) in Decks())
        {
            using var deck = await GetDeckAsync($"/exports/decks/{key}.pptx");

            // The sources run on as many slides as they need (Briefing/DeckSources.cs), never cut.
            Assert.True(deck.Slides.Count >= 1 + charts.Count + 1, $"{key}: {deck.Slides.Count} slides");
            Assert.Equal(["Title", .. charts.Select(_ => "Chart"), .. Enumerable.Repeat("Sources", deck.Slides.Count - 1 - charts.Count)], deck.Slides.Select(s => s.LayoutName));
            Assert.Equal(charts, deck.Slides.Skip(1).Take(charts.Count).Select(s => s.ChartKey));
            Assert.All(deck.Slides, (slide, i) => Assert.Equal((i + 1).ToString(), slide.Part.Slide.Descendants<A.Field>().Single(f => f.Type == "slidenum").Text!.Text));
        }
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("en", "USD")]
    [InlineData("en", "KRW")]
    public async Task A_value_axis_writes_zero_without_its_unit_as_the_page_does(string language, string currency)
    {
        using var deck = await GetDeckAsync("/exports/decks/money.pptx", language, currency);
        var codes = deck.Slides.Select(s => s.Chart).OfType<DeckChart>()
            .Select(c => c.Part.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ValueAxis>().Single()
                .GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.NumberingFormat>()!.FormatCode!.Value!)
            .Where(code => code is not ("General" or "0" or "0%")).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code =>
        {
            // positive;negative;zero: the zero section is the prefix and a plain 0, like the page's "$0", "₩0" and "0".
            var sections = code.Split(';');
            Assert.True(sections.Length == 3, $"{code} has no section for zero, so zero reads with the unit");
            Assert.Matches("^(\"[$₩]\")?\"0\"$", sections[2]);
        });
    }

    [Fact]
    public async Task Every_chart_slide_holds_a_native_chart_with_a_workbook_of_its_own_whose_cells_are_the_charts_values()
    {
        using var deck = await GetDeckAsync("/exports/decks/briefing.pptx");
        var chartSlides = deck.Slides.Where(s => s.ChartKey is not null).ToList();

        Assert.Equal(8, chartSlides.Count);
        Assert.All(chartSlides, slide => Assert.Single(slide.Chart!.Workbooks));
        Assert.Equal(chartSlides.Count, chartSlides.Select(s => s.Chart!.Workbooks.Single().Uri).Distinct().Count());
        foreach (var chart in chartSlides.Select(s => s.Chart!))
        {
            Assert.NotEmpty(chart.Series);
            foreach (var series in chart.Series)
            {
                Assert.Equal(series.Values, chart.WorkbookNumbers(series.ValuesReference));
                Assert.Equal(series.Categories, chart.WorkbookCategories());
            }
        }
    }

    [Theory]
    [InlineData("ko", "KRW")]
    [InlineData("ko", "USD")]
    [InlineData("en", "USD")]
    public async Task Each_charts_cached_values_are_the_figures_of_the_api_in_the_readers_currency_and_labelled_as_on_the_page(string language, string currency)
    {
        var api = (await GetJsonAsync("/api/figures")).EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDouble());
        var rate = api["implied-krw-per-usd"];
        using var deck = await GetDeckAsync("/exports/decks/briefing.pptx", language, currency);
        var converted = 0;

        foreach (var slide in deck.Slides.Where(s => s.ChartKey is not null))
        {
            var key = slide.ChartKey!;
            var page = await GetJsonAsync($"/exports/charts/{key}.json?culture={language}&currency={currency}");
            var rows = page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("values").EnumerateArray().ToList()).ToList();
            foreach (var cell in rows.SelectMany(r => r))
            {
                var figure = api[cell.GetProperty("figure").GetString()!];
                var value = cell.GetProperty("value").GetDouble();
                if (cell.GetProperty("kind").GetString() == "converted")
                {
                    converted++;
                    Assert.Equal(currency == "KRW" ? figure * rate : figure / rate, value, tolerance: value * 0.01);
                    Assert.Contains(language == "ko" ? "환산" : "Converted at the article's implied rate", slide.Text);
                }
                else
                {
                    Assert.Equal(figure, value);
                }
            }

            var series = slide.Chart!.Series;
            double Value(int row, int s) => rows[row][s].GetProperty("value").GetDouble();
            string Shown(int row, int s) => rows[row][s].GetProperty("formatted").GetString()!;
            // The page's chart labels mark a converted amount: "(환산)" in Korean, "†" (explained by the rate line) in English.
            string Labelled(int row, int s) => rows[row][s].GetProperty("converted").GetBoolean()
                ? (language == "ko" ? $"{Shown(row, s)} (환산)" : $"{Shown(row, s)}†")
                : Shown(row, s);
            if (ChartKind(key) == "range")
            {
                // Floating bars: an invisible start labelled with the new year, the move, an invisible rest labelled with the old year.
                Assert.Equal(rows.Select((_, i) => Value(i, 0)), series[0].Values);
                Assert.Equal(rows.Select((_, i) => Value(i, 1) - Value(i, 0)), series[1].Values);
                Assert.True(series[0].IsInvisible && !series[1].IsInvisible && series[2].IsInvisible);
                Assert.Equal(rows.Select((_, i) => Shown(i, 0)), series[0].Labels);
                Assert.Equal(rows.Select((_, i) => Shown(i, 1)), series[2].Labels);
            }
            else
            {
                Assert.Equal(rows[0].Count, series.Count);
                for (var s = 0; s < series.Count; s++)
                {
                    Assert.Equal(rows.Select((_, i) => Value(i, s)), series[s].Values);
                    Assert.Equal(rows.Select((_, i) => Labelled(i, s)), series[s].Labels);
                }
            }
        }

        if (currency == "USD")
        {
            Assert.True(converted > 0, "The briefing in dollars shows converted amounts (the GDP and economic-value estimates are in won only).");
        }
    }

    [Fact]
    public async Task The_speaker_notes_quote_every_figure_on_the_slide_verbatim_with_its_English_rendering_publisher_date_and_link()
    {
        using var deck = await GetDeckAsync("/exports/decks/briefing.pptx");

        foreach (var slide in deck.Slides.Where(s => s.ChartKey is not null))
        {
            var page = await GetJsonAsync($"/exports/charts/{slide.ChartKey}.json?culture=ko&currency=KRW");
            var citations = page.GetProperty("rows").EnumerateArray()
                .SelectMany(r => r.GetProperty("values").EnumerateArray())
                .SelectMany(v => v.GetProperty("citations").EnumerateArray()).ToList();
            Assert.NotEmpty(citations);
            foreach (var citation in citations)
            {
                var quote = citation.GetProperty("quote").GetString()!;
                Assert.Contains($"“{quote}”", slide.Notes);
                Assert.Contains($"“{citation.GetProperty("quoteEn").GetString()}”", slide.Notes);
                Assert.Contains(citation.GetProperty("publisher").GetProperty("ko").GetString()!, slide.Notes);
                Assert.Contains(citation.GetProperty("publishedOn").GetString() ?? "날짜 없음", slide.Notes);
                if (citation.GetProperty("url").GetString() is { } url)
                {
                    Assert.Contains(url, slide.Notes);
                }

                Assert.Equal("ko-KR", slide.NoteRuns.First(r => r.InnerText == $"“{quote}”").RunProperties!.Language!.Value);
            }
        }
    }

    [Fact]
    public async Task An_English_deck_is_in_English_its_runs_tagged_en_US_and_only_Korean_originals_tagged_ko_KR()
    {
        using var deck = await GetDeckAsync("/exports/decks/briefing.pptx", "en", "USD");

        foreach (var slide in deck.Slides.Where(s => s.ChartKey is not null))
        {
            var page = await GetJsonAsync($"/exports/charts/{slide.ChartKey}.json?culture=en&currency=USD");
            Assert.Equal(page.GetProperty("title").GetString(), slide.Paragraphs[0]);
            Assert.Contains(page.GetProperty("takeaway").GetString()!, slide.Paragraphs);
            Assert.Contains(page.GetProperty("source").GetString()!, slide.Paragraphs);
            Assert.StartsWith("Source: ", page.GetProperty("source").GetString());
            Assert.DoesNotMatch(Hangul(), slide.Text);
            Assert.DoesNotMatch(Hangul(), string.Join(" ", slide.Chart!.Series.SelectMany(s => s.Categories.Append(s.Name))));
            Assert.All(slide.Runs, run => Assert.Equal("en-US", run.RunProperties!.Language!.Value));
        }

        Assert.All(deck.Slides.SelectMany(s => s.Runs).Where(r => Hangul().IsMatch(r.InnerText)), run => Assert.Equal("ko-KR", run.RunProperties!.Language!.Value));
        Assert.Contains("Briefing: AWS's Korea cloud investment", deck.Slides[0].Text);
        Assert.Equal("Sources", deck.Slides[^1].Paragraphs[0]);
    }

    [Fact]
    public async Task A_Korean_deck_tags_every_run_ko_KR_names_맑은_고딕_for_Hangul_and_shows_the_source_line_as_on_the_page()
    {
        using var deck = await GetDeckAsync("/exports/decks/briefing.pptx");

        Assert.All(deck.Slides.SelectMany(s => s.Runs), run => Assert.Equal("ko-KR", run.RunProperties!.Language!.Value));
        var fonts = deck.Document.PresentationPart!.SlideMasterParts.Single().ThemePart!.Theme.ThemeElements!.FontScheme!;
        Assert.Equal("맑은 고딕", fonts.MinorFont!.Elements<A.SupplementalFont>().Single(f => f.Script == "Hang").Typeface!.Value);
        Assert.Equal("맑은 고딕", fonts.MajorFont!.EastAsianFont!.Typeface!.Value);
        var first = deck.Slides[1];
        Assert.Contains("출처: 한국경제, 2023-10-12", first.Text);
        Assert.Contains("AWS 한국 투자 대시보드", deck.Slides[0].Text);
        Assert.Contains("2023-10-11", deck.Slides[0].Text);
    }

    [Fact]
    public async Task The_sources_slide_links_every_source_it_lists()
    {
        using var deck = await GetDeckAsync("/exports/decks/briefing.pptx");
        var sources = (await GetJsonAsync("/api/sources")).EnumerateArray()
            .Where(s => s.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
            .ToDictionary(s => s.GetProperty("url").GetString()!, s => s.GetProperty("headline").GetString()!);
        var slide = deck.Slides[^1];

        Assert.NotEmpty(slide.Links);
        foreach (var link in slide.Links)
        {
            Assert.Contains(link, sources.Keys);
            Assert.Contains(sources[link], slide.Text);
        }

        var linked = slide.Runs.Where(r => r.RunProperties!.GetFirstChild<A.HyperlinkOnClick>() is not null).Select(r => r.InnerText);
        Assert.Equal(slide.Links, linked);
    }

    [Fact]
    public async Task A_readers_selection_keeps_their_order_leaves_out_unknown_charts_and_is_named_selection()
    {
        var response = await _client.GetAsync("/exports/decks/selection.pptx?charts=renewable-share,no-such-chart,annual-pace&culture=en&currency=USD");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var deck = new PowerPointFile(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("aws-korea-selection.en.USD.pptx", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(["Title", "Chart", "Chart", "Sources"], deck.Slides.Select(s => s.LayoutName));
        Assert.Equal(["renewable-share", "annual-pace"], deck.Slides.Select(s => s.ChartKey).OfType<string>());
    }

    [Fact]
    public async Task A_selection_without_a_list_is_every_chart_as_the_selection_page_shows_it()
    {
        var response = await _client.GetAsync("/ko/KRW/exports/decks/selection.pptx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var deck = new PowerPointFile(await response.Content.ReadAsByteArrayAsync());

        var charts = _app.Data.Read("charts.json")["charts"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
        Assert.Equal(charts, deck.Slides.Select(s => s.ChartKey).OfType<string>());
    }

    [Fact]
    public async Task A_chart_file_is_that_chart_on_one_slide_named_after_the_chart_language_and_currency()
    {
        var response = await _client.GetAsync("/exports/charts/annual-pace.pptx?culture=ko&currency=KRW");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var deck = new PowerPointFile(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("aws-korea-annual-pace.ko.KRW.pptx", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("annual-pace", Assert.Single(deck.Slides).ChartKey);
        Assert.NotEmpty(deck.Slides[0].Notes);
    }

    [Theory]
    [InlineData("/exports/decks/no-such-deck.pptx")]
    [InlineData("/exports/decks/selection.pptx?charts=nope,nothing")]
    [InlineData("/exports/charts/no-such-chart.pptx")]
    public async Task An_unknown_deck_or_chart_or_a_selection_without_a_known_chart_is_a_404_problem(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
