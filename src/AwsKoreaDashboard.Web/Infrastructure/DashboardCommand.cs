using AwsKoreaDashboard.Web.Data.Seeding;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// The app's command line: no command serves the dashboard; <c>seed</c> loads data/ into the database;
/// <c>seed --check</c> only validates; <c>seed --force</c> rewrites even when data/ did not change.
/// </summary>
public sealed record DashboardCommand(string Name, bool Check, bool Force, string[] HostArgs, string? Target = null)
{
    public const string Serve = "serve";
    public const string Seed = "seed";
    public const string ExportSite = "export-site";

    public bool IsServe => Name == Serve;

    public bool IsSeed => Name == Seed;

    public bool IsExportSite => Name == ExportSite;

    public static DashboardCommand Parse(string[] args)
    {
        if (args.Length > 0 && args[0] == ExportSite)
        {
            if (args.Length < 2 || args[1].StartsWith('-'))
            {
                throw new ArgumentException("export-site needs a folder to write to: export-site <dir>");
            }

            // The export asks a copy of the app on a free loopback port for every page.
            return new DashboardCommand(ExportSite, false, false, [.. args.Skip(2), "--urls", "http://127.0.0.1:0"], Path.GetFullPath(args[1]));
        }

        if (args.Length == 0 || args[0] != Seed)
        {
            return new DashboardCommand(Serve, false, false, args);
        }

        var flags = args.Skip(1).Where(a => a is "--check" or "--force").ToHashSet();
        var rest = args.Skip(1).Where(a => !flags.Contains(a)).ToArray();
        return new DashboardCommand(Seed, flags.Contains("--check"), flags.Contains("--force"), rest);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var paths = scope.ServiceProvider.GetRequiredService<DashboardPaths>();
        var load = DataSetLoader.Load(paths.DataDirectory);
        if (!load.IsValid)
        {
            await error.WriteLineAsync($"The data files in {paths.DataDirectory} are invalid; the database was not changed.");
            foreach (var problem in load.Errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return 1;
        }

        var data = load.DataSet!;
        if (Check)
        {
            await output.WriteLineAsync($"Valid: {data.Figures.Count} figures, {data.Charts.Count} charts, {data.Sources.Count} sources in {paths.DataDirectory}.");
            return 0;
        }

        await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().MigrateAsync();
        var result = await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(data, Force);
        await output.WriteLineAsync(result.WasUpToDate
            ? $"The database {paths.DatabaseFile} is already up to date with {paths.DataDirectory}."
            : $"Seeded {paths.DatabaseFile} from {paths.DataDirectory}: {result.Added} rows added, {result.Updated} updated, {result.Removed} removed.");
        return 0;
    }
}
