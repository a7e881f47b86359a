namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>One kind's lifetime in a shared cache, in seconds.</summary>
public sealed class ResponseLifetime
{
    public int SharedMaxAgeSeconds { get; set; } = 60;

    public int StaleWhileRevalidateSeconds { get; set; } = 60;

    /// <summary>How long a shared cache may go on serving its copy while the origin fails (every instance down).</summary>
    public int StaleIfErrorSeconds { get; set; } = 86400;

    public bool IsValid => SharedMaxAgeSeconds >= 0 && StaleWhileRevalidateSeconds >= 0 && StaleIfErrorSeconds >= 0;

    /// <summary>Public, but a browser asks again every time (<c>max-age=0</c>); a shared cache keeps it for s-maxage.</summary>
    public string CacheControl =>
        FormattableString.Invariant($"public, max-age=0, s-maxage={SharedMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}, stale-if-error={StaleIfErrorSeconds}");
}
