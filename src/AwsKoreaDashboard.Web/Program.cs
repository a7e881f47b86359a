using Serilog;

// The command line: nothing serves the dashboard; `seed [--check] [--force]` works on the database and
// exits; `export-site DIR` writes the whole site as static files and exits.
var command = DashboardCommand.Parse(args);
if (command.Problem is not null)
{
    await Console.Error.WriteLineAsync(command.ShowUsage ? $"{command.Problem}\n{DashboardCommand.Usage}" : command.Problem);
    return DashboardCommand.UsageExitCode;
}

var builder = WebApplication.CreateBuilder(command.HostArgs);

// Run from a build (not a publish), static assets and their compressed copies live under obj/ and are
// found through the build's manifest in every environment, not just Development; a publish has none.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureDashboardKestrel();

// Every setting (DashboardOptions, docs/configuration.md), checked at start.
builder.Services.AddDashboardOptions();
// Structured logging with Serilog: console and a rolling file, levels from appsettings.json.
builder.AddDashboardLogging();
// The SQLite store, the seeding step that builds it from data/, and the catalogue read from it.
builder.Services.AddDashboardData();
// The reader context: language and currency from the address, Korean first.
builder.Services.AddReaderSettings();
// Charts as the reader sees them, and their images drawn on the server (previews, slides).
builder.Services.AddCharts();
// Downloads: CSV, JSON and the sources list.
builder.Services.AddExports();
// Briefing decks: /present and the .pptx files.
builder.Services.AddBriefing();
// Links that travel: absolute addresses, previews, oEmbed, citations, the sitemap.
builder.Services.AddSharing();
// Rendered pages kept as compressed bytes, keyed by page, reader setting, encoding and data version.
builder.Services.AddDashboardCaching();
// Pages (all under /{lang}/{currency}/), JSON, problem details and health.
builder.Services.AddDashboardWeb();

if (await builder.BuildCheckedAsync(Console.Error) is not { } app)
{
    return 1;
}

if (command.IsSeed)
{
    return await command.RunAsync(app.Services, Console.Out, Console.Error);
}

if (await app.PrepareDatabaseAsync(Console.Error) is { } exitCode)
{
    return exitCode;
}

// The request pipeline.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseSecurityHeaders();
// A Cache-Control for every response: errors nothing else gives one, and static files at stable addresses.
app.UseDefaultCacheControl();
app.UseSerilogRequestLogging();
app.UseReadOnlyMethods();
app.UseNormalisedAcceptEncoding();
// Old links and addresses without a language go to their canonical /{lang}/{currency}/ page.
app.UseReaderRedirects();
app.UseNotFoundPage();
app.UseRouting();
app.UseReaderSettings();
// Pages, API responses and downloads: stored compressed, with ETags. Static assets bring their own
// (precompressed, fingerprinted, immutable) handling through MapStaticAssets.
app.UsePageCache();

// The endpoints, one feature at a time.
app.MapDashboardPages();
app.MapFigures();
app.MapCharts();
app.MapExports();
app.MapBriefing();
app.MapSince();
app.MapSharing();

var paths = app.Services.GetRequiredService<DashboardPaths>();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("AwsKoreaDashboard is ready at {Urls} (data from {DataDirectory}, database {DatabaseFile})",
        string.Join(", ", app.Urls), paths.DataDirectory, paths.DatabaseFile));

if (command.IsExportSite)
{
    return await command.ExportSiteAsync(app, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
