using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>The real seeder on a real SQLite file built by the real migrations.</summary>
public sealed class SeedingTests : IDisposable
{
    private readonly DashboardApp _app = new();

    public SeedingTests() => _ = _app.Server; // starting the app migrates and seeds

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var before = TableSnapshot.Read(_app.ConnectionString);

        var second = await SeedAsync(force: false);
        var forced = await SeedAsync(force: true);

        Assert.True(second.WasUpToDate);
        Assert.Equal((0, 0, 0), (forced.Added, forced.Updated, forced.Removed));
        Assert.Equal(before, TableSnapshot.Read(_app.ConnectionString));
    }

    [Fact]
    public async Task Reseeding_adds_updates_and_removes_to_match_the_data_files()
    {
        _app.Data.EditFigure("jobs-per-year", f => f["value"] = 12400);
        _app.Data.EditChart("renewable-share", c => c["series"]![0]!["figures"]!.AsArray().RemoveAt(1));
        _app.Data.EditChart("renewable-share", c => c["categories"]!.AsArray().RemoveAt(1));
        _app.Data.RemoveFigure("water-return-target-year");
        _app.Data.AddFigure(new JsonObject
        {
            ["key"] = "korea-zones-doubled",
            ["kind"] = "derived",
            ["label"] = new JsonObject { ["ko"] = "구역 두 배", ["en"] = "Zones doubled" },
            ["unit"] = "zones",
            ["period"] = new JsonObject { ["ko"] = "가정", ["en"] = "hypothetical" },
            ["formula"] = "{korea-cloud-zones} * 2",
        });

        var result = await SeedAsync(force: false);

        Assert.False(result.WasUpToDate);
        await using var db = _app.CreateDbContext();
        Assert.Equal(12400, (await db.Figures.SingleAsync(f => f.Key == "jobs-per-year")).Value);
        Assert.False(await db.Figures.AnyAsync(f => f.Key == "water-return-target-year"));
        Assert.Equal(8, (await db.Figures.SingleAsync(f => f.Key == "korea-zones-doubled")).Value);
        Assert.Equal(["korea-cloud-zones"], await db.FigureInputs.Where(i => i.FigureKey == "korea-zones-doubled").Select(i => i.InputKey).ToListAsync());
        Assert.Equal(1, await db.ChartCells.CountAsync(c => c.ChartKey == "renewable-share"));
        Assert.Equal(DataSetLoader.Load(_app.Data.Path).DataSet!.ContentHash, (await db.SeedStates.SingleAsync()).ContentHash);
        Assert.True(result.Added >= 2);
        Assert.True(result.Updated >= 1);
        Assert.True(result.Removed >= 3);
    }

    [Fact]
    public async Task A_seed_that_fails_inside_the_transaction_leaves_every_row_as_it_was()
    {
        var before = TableSnapshot.Read(_app.ConnectionString);
        _app.Data.EditFigure("jobs-per-year", f => f["value"] = 99999);
        var valid = DataSetLoader.Load(_app.Data.Path).DataSet!;
        // A cell pointing at a figure that does not exist: only the database's foreign key can stop it,
        // after the figure update above has already been sent inside the same transaction.
        var broken = valid with
        {
            ChartCells = [.. valid.ChartCells, new ChartCell { ChartKey = "annual-pace", SeriesPosition = 0, CategoryPosition = 9, FigureKey = "no-such-figure" }],
        };

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => SeedDataAsync(broken));

        Assert.Equal(before, TableSnapshot.Read(_app.ConnectionString));
    }

    private async Task<SeedResult> SeedAsync(bool force)
    {
        var load = DataSetLoader.Load(_app.Data.Path);
        Assert.Empty(load.Errors);
        return await SeedDataAsync(load.DataSet!, force);
    }

    private async Task<SeedResult> SeedDataAsync(DataSet data, bool force = false)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(data, force);
    }
}
