using System.Net;
using AwsKoreaDashboard.Testing;
using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.IntegrationTests;

internal static class DbExtensions
{
    /// <summary>Runs raw SQL written by the test itself (no reader input), one statement at a time.</summary>
    public static async Task ExecuteSqlRawAsyncSafe(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, string sql)
    {
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await database.ExecuteSqlRawAsync(statement);
        }
    }

    /// <summary>
    /// Breaks the catalogue behind the app's back (a table gone, a new data version), then asks for
    /// <paramref name="url"/> until the app has noticed (it polls the version) and stops answering 200.
    /// </summary>
    public static async Task<HttpResponseMessage> BreakTheCatalogAndGetAsync(this DashboardApp app, HttpClient client, string url)
    {
        await using (var db = app.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsyncSafe("DROP TABLE \"ChartCells\"; UPDATE \"SeedStates\" SET \"ContentHash\" = 'changed-behind-the-apps-back';");
        }

        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            await Task.Delay(250);
            response = await client.GetAsync(url);
        }
        while (response.StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline);

        return response;
    }
}
