using AwsKoreaDashboard.Web.Api;
using AwsKoreaDashboard.Web.Briefing;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Charting.Previews;
using AwsKoreaDashboard.Web.Data;
using AwsKoreaDashboard.Web.Hosting;
using AwsKoreaDashboard.Web.Infrastructure;
using AwsKoreaDashboard.Web.Sharing;
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
// Charts as the reader sees them, and their images drawn on the server (previews, slides).
builder.Services.AddCharting();
// Downloads: CSV, JSON and the sources list.
builder.Services.AddExports();
// Briefing decks: /present and the .pptx files.
builder.Services.AddBriefing();
// Korean first, English on request; the reader's currency and theme.
builder.Services.AddReaderSettings();
// Links that travel: absolute addresses (Dashboard:PublicOrigin or the listening address), previews, citations.
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
app.UseSerilogRequestLogging();
app.UseReadOnlyMethods();
app.UseNormalisedAcceptEncoding();
// Old links and addresses without a language go to their canonical /{lang}/{currency}/ page.
app.UseReaderRedirects();
app.UseStatusCodePagesWithReExecute("/NotFound");
app.UseRouting();
app.UseReaderSettings();
// Pages, API responses and downloads: stored compressed, with ETags. Static assets bring their own
// (precompressed, fingerprinted, immutable) handling through MapStaticAssets.
app.UsePageCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapFallbackToPage("{*path}", "/NotFound").WithMetadata(PageCache.Cacheable.NotFound);
app.MapFigureApi();
var readerDownloads = app.MapGroup(ReaderUrls.RoutePrefix);
readerDownloads.MapExportApi();
readerDownloads.MapEventDownloads();
readerDownloads.MapDeckDownloads();
readerDownloads.MapPreviewImages();
app.MapEventApi();
app.MapSharing();
app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthResponse.WriteAsync });

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
