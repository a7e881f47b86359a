using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>
/// The since chart in data/decks.json: a deck says "since": true to end with it; its key is reserved, so a
/// deck that lists it among its charts, or a chart of charts.json that takes it, is named and changes nothing.
/// </summary>
public sealed class DeckSeedingTests : IDisposable
{
    private readonly DashboardApp _app = new();

    public DeckSeedingTests() => _ = _app.Server; // starting the app migrates and seeds

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Seeding_keeps_which_decks_end_with_the_since_chart()
    {
        await using var db = _app.CreateDbContext();

        Assert.Equal(["money", "since-2023"], await db.Decks.Where(d => d.IncludesSince).OrderBy(d => d.Position).Select(d => d.Key).ToListAsync());
    }

    [Fact]
    public Task A_deck_listing_the_since_chart_among_its_charts_is_named_and_changes_nothing() =>
        AssertRejected(
            "decks.json",
            root => root["decks"]![1]!["charts"]!.AsArray().Add("since-commitments"),
            "decks.json › decks[1] 'why-korea' › charts[3]",
            "set \"since\": true on the deck instead");

    [Fact]
    public Task A_chart_taking_the_since_charts_key_is_named_and_changes_nothing() =>
        AssertRejected(
            "charts.json",
            root =>
            {
                var copy = root["charts"]![0]!.DeepClone();
                copy["key"] = "since-commitments";
                root["charts"]!.AsArray().Add(copy);
            },
            "charts.json › charts › key",
            "is reserved for the since-the-article chart");

    [Fact]
    public Task A_deck_with_neither_charts_nor_the_since_chart_is_named_and_changes_nothing() =>
        AssertRejected(
            "decks.json",
            root => root["decks"]![3]!["since"] = false,
            "decks.json › decks[3] 'since-2023' › charts",
            "at least one chart, or \"since\": true",
            alsoBreak: root => root["decks"]![3]!["charts"]!.AsArray().Clear());

    private async Task AssertRejected(string file, Action<JsonNode> breakIt, string where, string message, Action<JsonNode>? alsoBreak = null)
    {
        var before = TableSnapshot.Read(_app.ConnectionString);
        _app.Data.Edit("decks.json", root =>
        {
            // A valid change beside the broken one: it must not reach the database either.
            root["decks"]![2]!["title"]!["en"] = "Changed, and never seeded.";
            alsoBreak?.Invoke(root);
        });
        _app.Data.Edit(file, breakIt);

        var error = Assert.Single(DataSetLoader.Load(_app.Data.Path).Errors);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync();
        }

        Assert.StartsWith(where, error.ToString());
        Assert.Contains(message, error.Message);
        Assert.Equal(before, TableSnapshot.Read(_app.ConnectionString));
    }
}
