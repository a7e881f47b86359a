namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>
/// What a shared cache (nginx, a CDN) may do with each kind of response the page cache serves: keep it for
/// <see cref="ResponseLifetime.SharedMaxAgeSeconds"/>, then serve it stale for
/// <see cref="ResponseLifetime.StaleWhileRevalidateSeconds"/> more while it asks the origin again. Browsers
/// keep nothing without asking (<c>max-age=0</c>): they revalidate with the ETag and get a 304.
/// <para>A new seed reaches every reader within <see cref="SeedReachesReadersWithin"/>: the app notices it
/// within <c>Dashboard:DataPollSeconds</c>, a shared copy is fresh for at most s-maxage after that and may be
/// served stale for at most stale-while-revalidate after that. docs/deployment.md gives the reasoning.</para>
/// </summary>
/// <para>Bound as <see cref="Hosting.DashboardOptions.HttpCaching"/>.</para>
public sealed class HttpCachingOptions
{
    public const string Section = "Dashboard:HttpCaching";

    /// <summary>Pages (HTML) under <c>/{lang}/{currency}/</c>.</summary>
    public ResponseLifetime Pages { get; set; } = new();

    /// <summary>Everything else under <c>/{lang}/{currency}/</c> that is not HTML: CSV, JSON, PowerPoint, images.</summary>
    public ResponseLifetime Downloads { get; set; } = new();

    /// <summary>The JSON endpoints under <c>/api/</c>.</summary>
    public ResponseLifetime Api { get; set; } = new();

    /// <summary>The not-found page (status 404): a key added by the next seed must not stay missing for long.</summary>
    public ResponseLifetime NotFound { get; set; } = new();

    /// <summary>How long after a seed every reader, through any shared cache that honours these headers, sees it.</summary>
    public TimeSpan SeedReachesReadersWithin(int dataPollSeconds) =>
        TimeSpan.FromSeconds(Math.Max(1, dataPollSeconds) + Lifetimes().Max(l => l.SharedMaxAgeSeconds + l.StaleWhileRevalidateSeconds));

    public IEnumerable<ResponseLifetime> Lifetimes() => Named().Select(n => n.Lifetime);

    /// <summary>Each kind with its configuration key under <see cref="Section"/>.</summary>
    public IEnumerable<(string Key, ResponseLifetime Lifetime)> Named() =>
        [(nameof(Pages), Pages), (nameof(Downloads), Downloads), (nameof(Api), Api), (nameof(NotFound), NotFound)];

    /// <summary>The kind of a stored response: the not-found page, the API, HTML pages, and every other download.</summary>
    public static ResponseKind KindOf(PageCache.Cacheable rule, HttpContext context) =>
        rule.Status == StatusCodes.Status404NotFound ? ResponseKind.NotFound
        : context.Request.Path.StartsWithSegments("/api") ? ResponseKind.Api
        : (context.Response.ContentType ?? "").StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ? ResponseKind.Page
        : ResponseKind.Download;

    public ResponseLifetime For(ResponseKind kind) => kind switch
    {
        ResponseKind.Page => Pages,
        ResponseKind.Api => Api,
        ResponseKind.NotFound => NotFound,
        _ => Downloads,
    };
}
