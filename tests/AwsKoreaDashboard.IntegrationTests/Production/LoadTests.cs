using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Data;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>Many readers at once, with seeds running: in their own collection, so nothing else runs beside them.</summary>
[Collection(LoadTestCollection.Name)]
public sealed class LoadTests
{
    // Each test does a fixed amount of work, not a fixed time: a timed loop takes every processor second it can get
    // from the rest of the run, and does less on a busy machine than on an idle one. The amounts are about what the
    // timed loops did on an idle machine (the snapshot test went red in 15 of 15 runs without its transaction at
    // those; at a fifth of them it stayed green in about one run in five).
    private const int LoadRequests = 16_000;

    [Fact]
    public async Task Readers_see_the_old_data_or_the_new_never_a_mix_while_seeds_run()
    {
        using var app = new DashboardApp();
        var client = app.CreateClient();
        var original = DataSetLoader.Load(app.Data.Path).DataSet!;
        // The changed data set moves two figures together; a half-applied seed would show one moved.
        app.Data.EditFigure("jobs-per-year", f => f["value"] = 99999);
        app.Data.EditFigure("cloud-services-count", f => f["value"] = 999);
        var changed = DataSetLoader.Load(app.Data.Path).DataSet!;
        var seen = new ConcurrentBag<(double Jobs, double Services)>();
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var figures = JsonDocument.Parse(await client.GetStringAsync("/api/figures")).RootElement.EnumerateArray()
                    .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDouble());
                seen.Add((figures["jobs-per-year"], figures["cloud-services-count"]));
            }
        })).ToList();
        await SeedWhileReadingAsync(app, changed, original, seeds: 20, reads: 100, () => seen.Count, readers, stop);

        Assert.Contains((12300d, 200d), seen);
        Assert.Contains((99999d, 999d), seen);
        Assert.All(seen, pair => Assert.True(pair is (12300, 200) or (99999, 999), $"a reader saw a mix: {pair}"));
    }

    [Fact]
    public async Task The_catalogue_is_read_from_one_snapshot_so_a_seed_between_two_tables_is_never_half_seen()
    {
        using var app = new DashboardApp();
        _ = app.Server;
        var original = DataSetLoader.Load(app.Data.Path).DataSet!;
        // The changed data set moves a figure (Figures table) and the headline of its source (Sources table) together.
        app.Data.EditFigure("jobs-per-year", f => f["value"] = 99999);
        app.Data.Edit("sources.json", root => root["sources"]!.AsArray().OfType<JsonObject>().Single(s => (string?)s["key"] == "hankyung-2023-10-12")["headline"] = "바뀐 제목");
        var changed = DataSetLoader.Load(app.Data.Path).DataSet!;
        var seen = new ConcurrentBag<(double Jobs, string Headline)>();
        using var stop = new CancellationTokenSource();

        // Readers go to the database every time: no catalogue cache, no data version to match.
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var reader = new CatalogReader(scope.ServiceProvider.GetRequiredService<DashboardDbContext>(), new CatalogCache(), new DataStatus());
                var jobs = (await reader.ReadAsync()).Figures.Single(f => f.Key == "jobs-per-year");
                seen.Add((jobs.Value, jobs.Citation!.Source.Headline));
            }
        })).ToList();
        await SeedWhileReadingAsync(app, changed, original, seeds: 100, reads: 800, () => seen.Count, readers, stop);

        Assert.Contains(seen, pair => pair.Jobs == 99999);
        Assert.Contains(seen, pair => pair.Jobs == 12300);
        Assert.All(seen, pair => Assert.True((pair.Jobs == 99999) == (pair.Headline == "바뀐 제목"), $"a reader saw a mix: {pair}"));
    }

    [Fact]
    public async Task Under_bounded_load_every_response_is_2xx_and_memory_stays_flat()
    {
        using var app = new DashboardApp();
        var address = app.StartOnRealPort();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = address };
        string[] urls = ["/", "/charts/annual-pace", "/api/figures", "/figures/jobs-per-year", "/background", "/present"];
        foreach (var url in urls)
        {
            (await http.GetAsync(url)).EnsureSuccessStatusCode();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var statuses = new ConcurrentDictionary<int, int>();
        var requests = 0;
        // 32 readers at once, each URL about 2,700 times.
        var workers = Enumerable.Range(0, 32).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < LoadRequests; i += 32)
            {
                using var response = await http.GetAsync(urls[i % urls.Length], HttpCompletionOption.ResponseContentRead);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                Interlocked.Increment(ref requests);
            }
        })).ToList();
        await Task.WhenAll(workers);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.Equal([200], statuses.Keys.Order());
        Assert.True(after - before < 32 * 1024 * 1024, $"the managed heap grew by {(after - before) / 1024 / 1024} MB over {requests} requests");
    }

    /// <summary>
    /// Seeds the two data sets in turn while the readers run, until <paramref name="seeds"/> seeds and
    /// <paramref name="reads"/> reads are done; then stops the readers (a reader's failure is rethrown). The two are
    /// kept in step: a seed starts only when the reads have kept up with it (a seed's share of them done), so
    /// neither runs on alone whatever the machine's load (unpaced, 200 seeds once finished while the readers
    /// completed 31 reads). Fails if no read completes for 30 s (the readers held up), rather than waiting for ever.
    /// </summary>
    private static async Task SeedWhileReadingAsync(DashboardApp app, DataSet first, DataSet second, int seeds, int reads, Func<int> readsDone, List<Task> readers, CancellationTokenSource stop)
    {
        var done = 0;
        try
        {
            while ((done < seeds || readsDone() < reads) && !readers.Any(r => r.IsCompleted))
            {
                if (done < seeds && readsDone() >= (long)reads * done / seeds)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(done++ % 2 == 0 ? first : second);
                    continue;
                }

                var before = readsDone();
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (readsDone() == before && !readers.Any(r => r.IsCompleted) && waited.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(1);
                }

                Assert.True(readsDone() > before || readers.Any(r => r.IsCompleted), $"no read completed in 30 s, after {before} reads and {done} seeds");
            }
        }
        finally
        {
            // The readers stop whether the seeds finished or an assertion gave up on them.
            await stop.CancelAsync();
        }

        await Task.WhenAll(readers);
        Assert.Equal(seeds, done);
        Assert.True(readsDone() >= reads, $"only {readsDone()} reads completed during {done} seeds");
    }
}
