using System.Data.Common;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>
/// A seed that commits while pages and downloads read the catalogue: each response shows one data version
/// whole. Every version marks its outlets, events, deck titles, figure labels and story with its own number,
/// so a response holding two numbers was read half before and half after a seed.
/// </summary>
public sealed partial class SeedDuringReadsTests : IDisposable
{
    private const int Rounds = 6;
    private const int Readers = 3;
    private static readonly string[] Addresses = ["/en/USD/since", "/api/events", "/en/USD/present/since-2023"];

    private readonly DashboardApp _app = new();
    private readonly ReadGate _gate = new();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly Dictionary<string, JsonNode> _original;

    public SeedDuringReadsTests()
    {
        _original = new[] { "events.json", "decks.json", "figures.json", "sources.json" }.ToDictionary(f => f, _app.Data.Read);
        WriteVersion(0);
        _factory = _app.WithWebHostBuilder(web => web.ConfigureServices(services =>
            services.ConfigureDbContext<DashboardDbContext>(options => options.AddInterceptors(_gate))));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task A_seed_committing_in_the_middle_of_a_read_is_seen_whole_or_not_at_all_by_since_the_events_api_and_a_deck()
    {
        var client = _factory.CreateClient();
        var responses = new List<(string Address, string Body)>();
        var seeded = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                var address = Addresses[i % Addresses.Length];
                var body = await client.GetStringAsync(address);
                lock (responses)
                {
                    responses.Add((address, body));
                }
            }
        })).ToList();

        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                // The next read that misses the cache (the data version changes now) stops at the events table,
                // after the catalogue's first tables; another seed commits; then the read goes on.
                _gate.Arm();
                await SeedAsync(++seeded);
                await _gate.Held.WaitAsync(TimeSpan.FromMinutes(2));
                await SeedAsync(++seeded);
                _gate.Release();
            }
        }
        finally
        {
            _gate.Release();
            await stop.CancelAsync();
        }

        await Task.WhenAll(readers);
        Assert.Equal(Rounds, _gate.TimesHeld);
        Assert.All(Addresses, address => Assert.Contains(responses, r => r.Address == address));
        Assert.All(responses, response =>
        {
            var versions = VersionMark().Matches(response.Body).Select(m => m.Groups[1].Value).Distinct().Order().ToList();
            Assert.True(versions.Count == 1, $"{response.Address} shows data versions {string.Join(", ", versions)}");
        });
    }

    private async Task SeedAsync(int version)
    {
        WriteVersion(version);
        await using var scope = _factory.Services.CreateAsyncScope();
        using (_gate.Bypass())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync());
        }
    }

    /// <summary>data/ as the repository has it, with every outlet, event, deck, figure label and the story marked as <paramref name="version"/>.</summary>
    private void WriteVersion(int version)
    {
        var mark = $" ZQ{version}ZQ";
        void Mark(JsonNode? text)
        {
            text!["ko"] = (string)text["ko"]! + mark;
            text["en"] = (string)text["en"]! + mark;
        }

        var events = _original["events.json"].DeepClone();
        foreach (var outlet in events["outlets"]!.AsArray())
        {
            Mark(outlet!["name"]);
        }

        foreach (var entry in events["events"]!.AsArray())
        {
            Mark(entry!["summary"]);
        }

        var decks = _original["decks.json"].DeepClone();
        foreach (var deck in decks["decks"]!.AsArray())
        {
            Mark(deck!["title"]);
        }

        var figures = _original["figures.json"].DeepClone();
        foreach (var figure in figures["figures"]!.AsArray())
        {
            Mark(figure!["label"]);
        }

        var sources = _original["sources.json"].DeepClone();
        Mark(sources["story"]!["title"]);
        _app.Data.Write("events.json", events).Write("decks.json", decks).Write("figures.json", figures).Write("sources.json", sources);
    }

    [GeneratedRegex("ZQ([0-9]+)ZQ")]
    private static partial Regex VersionMark();

    /// <summary>Holds the first read of the events table after <see cref="Arm"/> until <see cref="Release"/>; the seeder's own reads pass.</summary>
    private sealed class ReadGate : DbCommandInterceptor
    {
        private readonly AsyncLocal<bool> _bypass = new();
        private int _armed;
        private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Held => _held.Task;

        public int TimesHeld { get; private set; }

        public void Arm()
        {
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _armed, 1);
        }

        public void Release() => _release.TrySetResult();

        public IDisposable Bypass()
        {
            _bypass.Value = true;
            return new Reset(() => _bypass.Value = false);
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!_bypass.Value && command.CommandText.Contains("FROM \"Events\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                TimesHeld++;
                var release = _release.Task;
                _held.TrySetResult();
                await release;
            }

            return result;
        }

        private sealed class Reset(Action reset) : IDisposable
        {
            public void Dispose() => reset();
        }
    }
}
