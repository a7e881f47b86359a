using AwsKoreaDashboard.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// The dashboard in-process on a real SQLite file in a temp folder, seeded from a copy of the real data/.
/// <see cref="StartOnRealPort"/> serves it on a Kestrel port for the browser.
/// </summary>
public sealed class DashboardApp : WebApplicationFactory<Program>
{
    private readonly TempDirectory _temp;
    private readonly bool _ownsTemp;

    /// <param name="temp">A folder shared with other app instances (the caller removes it), or none for a fresh one.</param>
    /// <param name="data">The data/ copy to seed from, or none for a fresh copy of the repository's.</param>
    public DashboardApp(TempDirectory? temp = null, DataDirectoryCopy? data = null)
    {
        _ownsTemp = temp is null;
        _temp = temp ?? new TempDirectory();
        Data = data ?? new DataDirectoryCopy(_temp.Combine("data"));
        DatabaseFile = _temp.Combine("db", "dashboard.db");
    }

    public DataDirectoryCopy Data { get; }

    public string DatabaseFile { get; }

    public string LogDirectory => _temp.Combine("logs");

    /// <summary>Settings a test adds or overrides (configuration key, value); set them before the app starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>What the app logs, as it logs it.</summary>
    public LogEvents LogEvents { get; } = new();

    public string ConnectionString => $"Data Source={DatabaseFile}";

    /// <summary>Serves the app on 127.0.0.1 with a free port and returns its address.</summary>
    public Uri StartOnRealPort()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
    }

    /// <summary>A client that shows redirects as they are answered (status and Location) instead of following them.</summary>
    public HttpClient NoRedirectClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public DashboardDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<DashboardDbContext>()
            .UseSqlite(ConnectionString).Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Dashboard", ConnectionString);
        builder.UseSetting("Dashboard:DataDirectory", Data.Path);
        builder.UseSetting("Dashboard:LogDirectory", LogDirectory);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Dashboard:DataPollSeconds", "1");
        // Fault tests make the app log errors on purpose: kept in LogEvents and the log file, off the test run's console.
        builder.UseSetting("Dashboard:ConsoleLog", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(LogEvents));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsTemp)
        {
            _temp.Dispose();
        }
    }
}
