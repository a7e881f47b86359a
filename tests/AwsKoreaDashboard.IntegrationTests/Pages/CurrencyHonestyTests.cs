using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>
/// A converted number always says it is converted, and no title mixes currencies: in both languages and both
/// currencies, on the page (titles, headline cards, tables, the numbers the charts draw) and in the files.
/// </summary>
public sealed partial class CurrencyHonestyTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    public static readonly TheoryData<string, string> Readers = new()
    {
        { "ko", "KRW" }, { "ko", "USD" }, { "en", "KRW" }, { "en", "USD" },
    };

    /// <summary>An amount in won: ₩7.85T, 7.85조 원, 5,450억 원.</summary>
    [GeneratedRegex(@"₩|\d\s*(조|억|만)\s*원")]
    private static partial Regex Won();

    /// <summary>An amount in dollars: $5.88B, 58.8억 달러.</summary>
    [GeneratedRegex(@"\$|\d\s*(조|억|만)?\s*달러")]
    private static partial Regex Dollars();

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task No_title_on_the_dashboard_mixes_currencies(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/");
        var other = currency == "KRW" ? Dollars() : Won();

        var titles = page.QuerySelectorAll("h1, .chart-card__title").Select(t => t.TextContent.Trim()).ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.False(other.IsMatch(title), $"'{title}' shows the other currency in {currency}"));
        Assert.Matches(currency == "KRW" ? Won() : Dollars(), page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Every_converted_number_on_the_dashboard_carries_its_mark(string language, string currency)
    {
        var page = await HtmlPage.GetAsync(_client, $"/{language}/{currency}/");
        var mark = language == "ko" ? "환산" : "onverted";
        var labelMark = language == "ko" ? "환산" : "†";

        // Table cells: the mark next to the number.
        var convertedCells = page.QuerySelectorAll("td.num").Where(td => td.QuerySelector(".converted-mark") is not null).ToList();
        // What the charts draw (value labels, tooltips): the texts in each chart's data.
        var drawn = page.QuerySelectorAll("script.chart-data")
            .SelectMany(s => JsonDocument.Parse(s.TextContent).RootElement.GetProperty("series").EnumerateArray())
            .SelectMany(series => series.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!))
            .ToList();

        Assert.Equal(convertedCells.Count, drawn.Count(t => t.Contains(labelMark, StringComparison.Ordinal)));
        Assert.All(convertedCells, td => Assert.Contains(mark, td.TextContent, StringComparison.Ordinal));
        // Headline cards: a converted amount says so, with the rate.
        foreach (var card in page.QuerySelectorAll(".kpi"))
        {
            var key = card.GetAttribute("data-figure")!;
            var figure = JsonDocument.Parse(await _client.GetStringAsync($"/api/figures/{key}")).RootElement;
            var unit = figure.GetProperty("unit").GetString();
            var hasPair = figure.TryGetProperty("pair", out var pair) && pair.ValueKind != JsonValueKind.Null;
            var converted = unit is "KRW" or "USD" && unit != currency && !hasPair;
            Assert.Equal(converted, card.QuerySelector(".kpi__converted") is not null);
        }

        if (currency == "USD")
        {
            Assert.NotEmpty(convertedCells);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_chart_downloads_say_which_values_are_converted_and_at_what_rate(string language, string currency)
    {
        var csv = await _client.GetStringAsync($"/{language}/{currency}/exports/charts/economic-effects.csv");
        var json = JsonDocument.Parse(await _client.GetStringAsync($"/{language}/{currency}/exports/charts/economic-effects.json")).RootElement;

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimEnd('\r').Split(',').ToList();
        var converted = header.IndexOf("converted");
        var rate = header.IndexOf("converted_at");
        Assert.True(converted >= 0 && rate > converted, "the CSV has converted and converted_at columns");
        var values = json.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("values").EnumerateArray()).ToList();
        var moneyValues = values.Where(v => v.GetProperty("unit").GetString() is "KRW" or "USD").ToList();

        Assert.All(moneyValues, v => Assert.Equal(currency, v.GetProperty("unit").GetString()));
        Assert.Equal(currency == "USD", moneyValues.Any(v => v.GetProperty("converted").GetBoolean()));
        Assert.All(values.Where(v => v.GetProperty("converted").GetBoolean()), v => Assert.Contains("1,335", v.GetProperty("convertedAt").GetString()));
        Assert.Equal(currency == "USD", lines.Skip(1).Any(l => l.Contains(",true,", StringComparison.Ordinal)));
    }
}
