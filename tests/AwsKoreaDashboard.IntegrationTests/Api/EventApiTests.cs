using System.Text;
using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Api;

/// <summary>/api/events and the events downloads: every event with its citations inline, and the sources file.</summary>
public sealed class EventApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly DashboardApp _app = shared.App;
    private readonly HttpClient _client = shared.App.CreateClient();

    [Fact]
    public async Task The_events_api_lists_every_event_with_its_citations_inline_and_marks_follow_ups()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/events"));
        var expected = _app.Data.Read("events.json")["events"]!.AsArray();

        var events = json.RootElement.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);

        Assert.Equal(expected.Count, events.Count);
        foreach (var entry in expected)
        {
            var e = events[(string)entry!["key"]!];
            Assert.Equal((string)entry["origin"]! != "article", e.GetProperty("notFromOriginalArticle").GetBoolean());
            var urls = e.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("url").GetString()!).ToList();
            Assert.Equal((entry["citations"]?.AsArray() ?? []).Select(c => (string)c!["url"]!).ToList(), urls);
            Assert.All(e.GetProperty("citations").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("outlet").GetProperty("name").GetProperty("en").GetString())));
        }

        var reuters = events["ulsan-launch-2025-06-20"].GetProperty("citations")[0].GetProperty("values").EnumerateArray().Single(v => v.GetProperty("currency").GetString() == "USD" && v.GetProperty("amountKey").GetString() == "ulsan-total");
        Assert.Equal(5.11e9, reuters.GetProperty("value").GetDouble());
        Assert.Equal(1368.76, reuters.GetProperty("krwPerUsd").GetDouble());
    }

    [Fact]
    public async Task The_events_api_keeps_every_disagreeing_value()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/events"));

        var dollars = json.RootElement.GetProperty("disagreements").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "ulsan-won-in-dollars");

        Assert.Equal(
            [("korea-herald", 5.1e9), ("reuters", 5.11e9), ("joongang-daily", 5.13e9)],
            dollars.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("outlet").GetProperty("key").GetString(), v.GetProperty("value").GetDouble())).ToList());
    }

    [Fact]
    public async Task The_events_csv_has_a_row_for_every_citation_marked_not_from_the_original_article()
    {
        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/exports/events.csv?culture=en&currency=USD"));
        var expected = _app.Data.Read("events.json")["events"]!.AsArray()
            .SelectMany(e => e!["citations"]?.AsArray() ?? []).Select(c => (string)c!["url"]!).Distinct();

        Assert.All(expected, url => Assert.Contains(url, csv));
        var reuters = csv.Split('\n').Single(l => l.StartsWith("ulsan-launch-2025-06-20,", StringComparison.Ordinal) && l.Contains(",5110000000,USD,", StringComparison.Ordinal));
        Assert.Contains(",true,", reuters);
        Assert.Contains(",1368.76", reuters);
        Assert.Contains("aws-korea-events.en.KRW.csv", (await _client.GetAsync("/exports/events.csv?culture=en")).Content.Headers.ContentDisposition!.ToString());
    }

    [Fact]
    public async Task The_events_json_download_is_the_api_as_a_file()
    {
        var response = await _client.GetAsync("/exports/events.json?culture=ko");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("aws-korea-events.ko.KRW.json", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(12, json.RootElement.GetProperty("events").GetArrayLength());
    }

    [Theory]
    [InlineData("ko", "# 기사 이후 보도 (원문 기사 아님)", "## 코리아헤럴드")]
    [InlineData("en", "# Reported since the article (not from the original article)", "## The Korea Herald")]
    public async Task The_sources_file_lists_the_new_outlets_under_their_own_heading(string language, string heading, string outlet)
    {
        var text = await _client.GetStringAsync($"/exports/sources.md?culture={language}");

        var since = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(since > 0, "no heading for the outlets since the article");
        var after = text[since..];
        Assert.Contains(outlet, after);
        Assert.Contains("https://www.koreaherald.com/article/10514856", after);
        Assert.Contains("https://www.msit.go.kr/", after);
        // The article's own sources stay above, under the file's first heading.
        Assert.DoesNotContain("## 한국경제", after);
    }
}
