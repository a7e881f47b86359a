using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Production;

public sealed class ResilienceTests
{
    [Fact]
    public async Task A_corrupt_database_file_at_start_is_set_aside_and_rebuilt_from_data()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectoryCopy(temp.Combine("data"));
        Directory.CreateDirectory(temp.Combine("db"));
        await File.WriteAllTextAsync(temp.Combine("db", "dashboard.db"), "this is not a SQLite database, it is a note someone saved over it");

        using var app = new DashboardApp(temp, data);
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Directory.GetFiles(temp.Combine("db"), "dashboard.db.unreadable-*"));
        var log = await ReadLogAsync(app.LogDirectory, "is unreadable");
        Assert.Contains("is unreadable", log);
        Assert.Contains("rebuilding it from", log);
    }

    /// <summary>The rolling log files' text, once it holds <paramref name="expected"/> or after 5 s.</summary>
    private static async Task<string> ReadLogAsync(string directory, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains(expected); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            text = Directory.Exists(directory)
                ? string.Join("\n", Directory.GetFiles(directory, "dashboard-*.json").Select(f =>
                {
                    using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    return new StreamReader(stream).ReadToEnd();
                }))
                : "";
        }

        return text;
    }

    [Fact]
    public async Task Health_reflects_a_database_that_has_gone_away()
    {
        using var app = new DashboardApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(app.DatabaseFile + suffix);
        }

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("is gone", await response.Content.ReadAsStringAsync());
    }

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
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var figures = JsonDocument.Parse(await client.GetStringAsync("/api/figures")).RootElement.EnumerateArray()
                    .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDouble());
                seen.Add((figures["jobs-per-year"], figures["cloud-services-count"]));
            }
        })).ToList();
        var seeds = 0;
        while (!stop.IsCancellationRequested)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(seeds++ % 2 == 0 ? changed : original);
        }

        await Task.WhenAll(readers);

        Assert.True(seeds > 5, $"only {seeds} seeds ran");
        // Readers are not held up by the seeds: they read from their snapshot while a seed writes.
        Assert.True(seen.Count > 50, $"readers completed only {seen.Count} reads in 4 s");
        Assert.Contains((12300d, 200d), seen);
        Assert.Contains((99999d, 999d), seen);
        Assert.All(seen, pair => Assert.True(pair is (12300, 200) or (99999, 999), $"a reader saw a mix: {pair}"));
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
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var workers = Enumerable.Range(0, 32).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested && i < 200_000; i++)
            {
                using var response = await http.GetAsync(urls[i % urls.Length], HttpCompletionOption.ResponseContentRead);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                Interlocked.Increment(ref requests);
            }
        })).ToList();
        await Task.WhenAll(workers);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.True(requests > 1000, $"only {requests} requests completed");
        Assert.Equal([200], statuses.Keys.Order());
        Assert.True(after - before < 32 * 1024 * 1024, $"the managed heap grew by {(after - before) / 1024 / 1024} MB over {requests} requests");
    }

    [Fact]
    public async Task A_broken_database_gives_the_error_page_without_a_stack_trace()
    {
        using var app = new DashboardApp();
        var client = app.CreateClient();
        await using (var db = app.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsyncSafe("DROP TABLE \"ChartCells\"; UPDATE \"SeedStates\" SET \"ContentHash\" = 'changed-behind-the-apps-back';");
        }

        // The app notices the new data version (it polls), then fails to read the catalogue.
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            await Task.Delay(250);
            response = await client.GetAsync("/figures");
        }
        while (response.StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("문제가 생겼습니다", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
    }
}
