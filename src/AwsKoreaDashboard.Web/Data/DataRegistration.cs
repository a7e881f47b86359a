using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Data.Seeding;
using AwsKoreaDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>The SQLite store, the seeding step that builds it from data/, and the catalogue read from it.</summary>
public static class DataRegistration
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services)
    {
        // Paths for data/, the SQLite file and logs, from the options with defaults under the content root.
        services.AddSingleton(services => DashboardPaths.Resolve(
            services.GetRequiredService<IOptions<DashboardOptions>>().Value, services.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddDbContext<DashboardDbContext>((services, options) =>
            options.UseSqlite(services.GetRequiredService<DashboardPaths>().ConnectionString));
        services.AddScoped<DashboardSeeder>();
        services.AddScoped<DatabasePreparer>();
        services.AddSingleton<DataStatus>();
        services.AddScoped<CatalogReader>();
        services.AddScoped<EventCatalogReader>();
        services.AddSingleton<CatalogCache>();
        services.AddHostedService<DataVersionWatcher>();
        return services;
    }

    /// <summary>
    /// Migrate and seed before the first request; with invalid data/ and no good database there is nothing to
    /// serve. Null when the app can start, else the exit code, the reason already written to <paramref name="error"/>.
    /// </summary>
    public static async Task<int?> PrepareDatabaseAsync(this WebApplication app, TextWriter error)
    {
        var paths = app.Services.GetRequiredService<DashboardPaths>();
        await using var scope = app.Services.CreateAsyncScope();
        IReadOnlyList<SeedError> errors;
        try
        {
            errors = await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync();
        }
        catch (Exception ex) when (ex is DatabasePathException or DatabaseBusyException)
        {
            // A database path that cannot work (a folder, a read-only place), or a file another process keeps
            // locked: one line, no stack trace, and nothing said about data/, which is not at fault.
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        if (errors.Count == 0)
        {
            return null;
        }

        await error.WriteLineAsync($"Cannot start: there is no good database at {paths.DatabaseFile} and the data files in {paths.DataDirectory} cannot rebuild it.");
        foreach (var problem in errors)
        {
            await error.WriteLineAsync($"  {problem}");
        }

        return 1;
    }
}
