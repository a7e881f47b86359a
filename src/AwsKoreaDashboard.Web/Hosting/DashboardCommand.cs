using AwsKoreaDashboard.Web.Data.Seeding;

namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>
/// The app's command line: no command serves the dashboard; <c>seed</c> loads data/ into the database;
/// <c>seed --check</c> only validates; <c>seed --force</c> rewrites even when data/ did not change;
/// <c>export-site DIR</c> writes the static site. A command takes only its own flags: anything else is a
/// <see cref="Problem"/>, printed with <see cref="Usage"/> and exit code 2, so a typo never runs a real seed.
/// </summary>
public sealed record DashboardCommand(string Name, bool Check, bool Force, string[] HostArgs, string? Target = null, string? Problem = null, bool ShowUsage = false)
{
    public const string Serve = "serve";
    public const string Seed = "seed";
    public const string ExportSite = "export-site";

    /// <summary>The exit code of a command line that is not understood (as in sysexits' EX_USAGE convention of shells).</summary>
    public const int UsageExitCode = 2;

    public const string Usage = """
        Usage:
          AwsKoreaDashboard.Web [host settings]   serve the dashboard (for example --urls http://127.0.0.1:5080)
          AwsKoreaDashboard.Web seed              seed the database if data/ changed
          AwsKoreaDashboard.Web seed --force      rewrite the database even if data/ did not change
          AwsKoreaDashboard.Web seed --check      validate data/ only; touch nothing
          AwsKoreaDashboard.Web export-site DIR   write the whole site as static files to DIR
        """;

    public bool IsSeed => Name == Seed;

    public bool IsExportSite => Name == ExportSite;

    public static DashboardCommand Parse(string[] args)
    {
        if (args.Length > 0 && args[0] == ExportSite)
        {
            if (args.Length != 2 || args[1].StartsWith('-') || string.IsNullOrWhiteSpace(args[1]))
            {
                return Fail(args.Length < 2
                    ? "export-site needs a folder to write to: export-site DIR"
                    : $"export-site takes one folder and no flags; not understood: {string.Join(' ', args.Skip(1))}");
            }

            if (CheckTarget(args[1]) is { } problem)
            {
                // The command was understood; the folder is the problem, said in one line.
                return new DashboardCommand("", false, false, [], Problem: problem);
            }

            // The export asks a copy of the app on a free loopback port for every page.
            return new DashboardCommand(ExportSite, false, false, ["--urls", "http://127.0.0.1:0"], Path.GetFullPath(args[1]));
        }

        if (args.Length > 0 && args[0] == Seed)
        {
            var flags = args.Skip(1).ToList();
            var unknown = flags.Where(a => a is not ("--check" or "--force")).ToList();
            if (unknown.Count > 0)
            {
                return Fail($"seed does not take: {string.Join(' ', unknown)}");
            }

            if (flags.Count != flags.Distinct().Count() || (flags.Contains("--check") && flags.Contains("--force")))
            {
                return Fail("seed takes either --check or --force, once");
            }

            return new DashboardCommand(Seed, flags.Contains("--check"), flags.Contains("--force"), []);
        }

        // Serving passes its arguments to the host (--urls, --environment, key=value); a bare word is a mistyped command.
        if (args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('='))
        {
            return Fail($"unknown command '{args[0]}'");
        }

        return new DashboardCommand(Serve, false, false, args);
    }

    private static DashboardCommand Fail(string problem) => new("", false, false, [], Problem: problem, ShowUsage: true);

    /// <summary>Whether export-site can write to a folder: it is created when missing, and must take a file.</summary>
    private static string? CheckTarget(string target)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"export-site: '{target}' is not a usable folder path ({ex.Message})";
        }

        if (File.Exists(full))
        {
            return $"export-site: {full} is a file, not a folder; give a folder to write the site to";
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".export-site-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"export-site: cannot write to {full} ({ex.Message})";
        }
    }

    /// <summary><c>export-site DIR</c>: serve on a free loopback port, ask for every page, write the files, stop.</summary>
    public async Task<int> ExportSiteAsync(WebApplication app, TextWriter output)
    {
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        await using var scope = app.Services.CreateAsyncScope();
        var catalog = await scope.ServiceProvider.GetRequiredService<CatalogReader>().ReadAsync();
        var origin = app.Services.GetRequiredService<PublicOrigin>();
        var files = await new SiteExporter(http, Target!, app.Logger, origin).ExportAsync(catalog);
        await output.WriteLineAsync($"Wrote {files} files to {Target}; open {Path.Combine(Target!, "index.html")} or serve the folder.");
        await app.StopAsync();
        return 0;
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

        SeedResult result;
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().MigrateAsync();
            result = await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(data, Force);
        }
        catch (Exception ex) when (ex is DatabaseBusyException or DatabasePathException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        await output.WriteLineAsync(result.WasUpToDate
            ? $"The database {paths.DatabaseFile} is already up to date with {paths.DataDirectory}."
            : $"Seeded {paths.DatabaseFile} from {paths.DataDirectory}: {result.Added} rows added, {result.Updated} updated, {result.Removed} removed.");
        return 0;
    }
}
