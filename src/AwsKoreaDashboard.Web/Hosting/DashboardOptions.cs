
namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>
/// Every setting the app reads, bound once from the <c>Dashboard</c> section (and <c>ConnectionStrings:Dashboard</c>)
/// and checked at start by <see cref="DashboardOptionsValidator"/>. docs/configuration.md says what each one does;
/// appsettings.json lists each with its default.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";
    public const string ConnectionStringName = "Dashboard";
    public const string DefaultConnectionString = "Data Source=App_Data/dashboard.db";

    /// <summary><c>ConnectionStrings:Dashboard</c>: the SQLite file, relative to the content root.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Where data/ is; empty: the repository's (from source) or the one shipped with the app (published).</summary>
    public string? DataDirectory { get; set; }

    public string LogDirectory { get; set; } = "logs";

    public bool JsonConsole { get; set; }

    public bool ConsoleLog { get; set; } = true;

    /// <summary>How often the app checks whether another process seeded new data.</summary>
    public int DataPollSeconds { get; set; } = 5;

    /// <summary>The site's public origin (<c>https://dashboard.example</c>); empty: the listening address stands in.</summary>
    public string? PublicOrigin { get; set; }

    /// <summary><c>false</c> renders every request (the benchmark measures a cache miss with it).</summary>
    public bool PageCache { get; set; } = true;

    /// <summary>Where the chart images' font is; empty: <c>fonts/</c> next to the app.</summary>
    public string? FontDirectory { get; set; }

    public HttpCachingOptions HttpCaching { get; set; } = new();
}
