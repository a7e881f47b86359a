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
}
