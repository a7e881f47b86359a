using AwsKoreaDashboard.Web.Api;
using AwsKoreaDashboard.Web.Briefing;
using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Charting.Previews;
using AwsKoreaDashboard.Web.Data;
using AwsKoreaDashboard.Web.Data.Seeding;
using AwsKoreaDashboard.Web.Formatting;
using AwsKoreaDashboard.Web.Infrastructure;
using AwsKoreaDashboard.Web.Sharing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
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

// Kestrel does not announce itself, and a read-only site takes no request bodies to speak of.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = 1024;
    kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
    kestrel.Limits.MaxRequestLineSize = 8 * 1024;
});

// Paths for data/, the SQLite file and logs, from configuration with defaults under the content root.
// Resolved from the built configuration, so hosts that add settings late (tests) are honoured.
builder.Services.AddSingleton(services => DashboardPaths.Resolve(
    services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath));

// Structured logging with Serilog: console and a rolling file, levels from appsettings.json.
builder.AddDashboardLogging();

// The database and the seeding step that builds it from data/.
builder.Services.AddDbContext<DashboardDbContext>((services, options) =>
    options.UseSqlite(services.GetRequiredService<DashboardPaths>().ConnectionString));
builder.Services.AddScoped<DashboardSeeder>();
builder.Services.AddScoped<DatabasePreparer>();
builder.Services.AddSingleton<DataStatus>();
builder.Services.AddScoped<CatalogReader>();
builder.Services.AddScoped<EventCatalogReader>();
builder.Services.AddSingleton<CatalogCache>();
builder.Services.AddHostedService<DataVersionWatcher>();
builder.Services.AddScoped<ReaderCharts>();
builder.Services.AddScoped<ExportApi.ReaderDownload>();
builder.Services.AddScoped<BriefingDeckReader>();
// Chart images drawn on the server (previews, slides), with the font the app ships.
builder.Services.AddPreviewImages();

// Korean first, English on request; the reader's currency and theme.
builder.Services.AddReaderSettings();

// Links that travel: absolute addresses (Dashboard:PublicOrigin or the listening address), previews, citations.
builder.Services.AddSharing();

// Rendered pages kept as compressed bytes, keyed by page, reader setting, encoding and data version.
builder.Services.AddDashboardCaching();

// Pages (all under /{lang}/{currency}/) and health.
builder.Services.AddRazorPages(options => options.Conventions.AddReaderPageConventions())
    // Pages read their address and nothing else: a query string binds to no handler parameter.
    .AddMvcOptions(options => options.ValueProviderFactories.RemoveType<QueryStringValueProviderFactory>());
// Korean text goes out as text, not as &#xXXXX; entities: readable source and a third of the bytes.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JsonEncoding.Readable);
builder.Services.AddHealthChecks().AddCheck<DataHealthCheck>("data");

var app = builder.Build();
var paths = app.Services.GetRequiredService<DashboardPaths>();

if (command.IsSeed)
{
    return await command.RunAsync(app.Services, Console.Out, Console.Error);
}

// Migrate and seed before the first request; with invalid data/ and no good database there is nothing to serve.
await using (var scope = app.Services.CreateAsyncScope())
{
    IReadOnlyList<SeedError> errors;
    try
    {
        errors = await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync();
    }
    catch (DatabasePathException ex)
    {
        // A database path that cannot work (a folder, a read-only place): one line, no stack trace.
        await Console.Error.WriteLineAsync(ex.Message);
        return 1;
    }

    if (errors.Count > 0)
    {
        await Console.Error.WriteLineAsync($"Cannot start: there is no good database at {paths.DatabaseFile} and the data files in {paths.DataDirectory} cannot rebuild it.");
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync($"  {error}");
        }

        return 1;
    }
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

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("AwsKoreaDashboard is ready at {Urls} (data from {DataDirectory}, database {DatabaseFile})",
        string.Join(", ", app.Urls), paths.DataDirectory, paths.DatabaseFile));

if (command.IsExportSite)
{
    // Serve on a free loopback port, ask for every page, write the files, stop.
    await app.StartAsync();
    var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
    using var http = new HttpClient { BaseAddress = new Uri(address) };
    await using var scope = app.Services.CreateAsyncScope();
    var catalog = await scope.ServiceProvider.GetRequiredService<CatalogReader>().ReadAsync();
    var origin = app.Services.GetRequiredService<PublicOrigin>();
    var files = await new SiteExporter(http, command.Target!, app.Logger, origin).ExportAsync(catalog);
    await Console.Out.WriteLineAsync($"Wrote {files} files to {command.Target}; open {Path.Combine(command.Target!, "index.html")} or serve the folder.");
    await app.StopAsync();
    return 0;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
