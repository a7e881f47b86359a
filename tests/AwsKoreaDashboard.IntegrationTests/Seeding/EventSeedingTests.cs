using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>
/// The rules for data/events.json: each broken entry gives one error naming file › entry › field, and the
/// database keeps every row it had, even though a valid change was made to events.json at the same time.
/// Each rejection names, as its <see cref="RuleLayer"/> trait, the layer that holds its rule: events.schema.json
/// or the shared C# entry reader; removing the rule there turns the test red.
/// </summary>
public sealed class EventSeedingTests : IDisposable
{
    private readonly DashboardApp _app = new();

    public EventSeedingTests() => _ = _app.Server; // starting the app migrates and seeds

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Seeding_stores_every_event_with_its_citations_apart_from_the_articles_figures()
    {
        await using var db = _app.CreateDbContext();

        Assert.Equal(12, await db.Events.CountAsync());
        Assert.Equal(2, await db.Events.CountAsync(e => e.Origin == "article"));
        Assert.True(await db.EventCitations.CountAsync() >= 20);
        Assert.Equal(1368.76, (await db.EventCitationValues.SingleAsync(v => v.KrwPerUsd != null)).KrwPerUsd);
        Assert.Equal(["korea-herald", "reuters", "joongang-daily"], await db.DisagreementValues.Where(v => v.DisagreementKey == "ulsan-won-in-dollars").OrderBy(v => v.Position).Select(v => v.OutletKey).ToListAsync());
        // No outlet of a follow-up became a source of the article's figures.
        Assert.Equal(4, await db.Sources.CountAsync());
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public Task An_event_of_an_unknown_kind_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 3)["kind"] = "rumour", "events[3] 'incheon-builder-2024-05'", "kind", "'rumour' is not one of");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public Task An_event_with_a_date_that_does_not_exist_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 5)["date"] = "2025-06-31", "events[5] 'ulsan-launch-2025-06-20'", "date", "'2025-06-31' is not a date of precision 'day'");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public Task A_date_that_does_not_match_its_precision_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 5)["precision"] = "quarter", "events[5] 'ulsan-launch-2025-06-20'", "date", "(expected yyyy-Qn for precision 'quarter')");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public Task A_citation_without_an_address_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 4)["citations"]![0]!.AsObject().Remove("url"), "events[4] 'ulsan-announced-2025-06-16'", "citations[0].url", "is required");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public Task A_negative_amount_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 5)["amounts"]![0]!["value"] = -7e12, "events[5] 'ulsan-launch-2025-06-20'", "amounts[0].value", "must not be negative");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public Task A_non_finite_amount_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 5)["citations"]![0]!["values"]![1]!["value"] = JsonNode.Parse("1e999"), "events[5] 'ulsan-launch-2025-06-20'", "citations[0].values[1].value", "must be a finite number");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public Task A_disagreement_with_a_single_value_is_named_and_changes_nothing() =>
        AssertRejected(
            root =>
            {
                var values = root["disagreements"]![0]!["values"]!.AsArray();
                values.RemoveAt(2);
                values.RemoveAt(1);
            },
            "disagreements[0] 'ulsan-won-in-dollars'",
            "values",
            "needs at least 2 entries");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public Task An_article_event_naming_an_unknown_figure_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 0)["figures"]![0] = "no-such-figure", "events[0] 'article-spent-2018-2022'", "figures[0]", "'no-such-figure' is not a figure in figures.json");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public Task A_citation_of_an_outlet_missing_from_the_outlets_list_is_named_and_changes_nothing() =>
        AssertRejected(root => Event(root, 2)["citations"]![0]!["outlet"] = "daily-planet", "events[2] 'incheon-permit-2023-11'", "citations[0].outlet", "'daily-planet' is not an outlet in events.json › outlets");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public Task An_amount_whose_period_ends_before_it_starts_is_named_and_changes_nothing() =>
        AssertRejected(
            root =>
            {
                Event(root, 3)["amounts"]![0]!["period"]!["from"] = 2027;
                Event(root, 3)["amounts"]![0]!["period"]!["to"] = 2024;
            },
            "events[3] 'incheon-builder-2024-05'",
            "amounts[0].period",
            "starts in 2027, after it ends in 2024");

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public Task Two_events_with_the_same_key_are_named_and_change_nothing() =>
        AssertRejected(root => Event(root, 3)["key"] = "incheon-permit-2023-11", "events[3] 'incheon-permit-2023-11'", "key", "is used by an earlier entry");

    private static JsonNode Event(JsonNode root, int index) => root["events"]![index]!;

    private async Task AssertRejected(Action<JsonNode> breakIt, string entry, string field, string message)
    {
        var before = TableSnapshot.Read(_app.ConnectionString);
        _app.Data.Edit("events.json", root =>
        {
            // A valid change beside the broken one: it must not reach the database either.
            Event(root, 2)["summary"]!["en"] = "Changed, and never seeded.";
            breakIt(root);
        });

        var error = Assert.Single(DataSetLoader.Load(_app.Data.Path).Errors);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync();
        }

        Assert.Equal($"events.json › {entry} › {field}: {error.Message}", error.ToString());
        Assert.Contains(message, error.Message);
        Assert.Equal(before, TableSnapshot.Read(_app.ConnectionString));
    }
}
