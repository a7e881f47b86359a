namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>
/// Pages, downloads and API answers stored by <see cref="PageCache"/>; where the pages live is
/// <see cref="Features.Urls.ReaderPageConventions"/>'s.
/// </summary>
public static class DashboardCaching
{
    /// <summary>The page cache, and what it tells shared caches (<see cref="HttpCachingOptions"/>).</summary>
    public static IServiceCollection AddDashboardCaching(this IServiceCollection services) =>
        services.AddSingleton<PageCache>();

    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<PageCache>();
        return app.Use((context, next) => cache.InvokeAsync(context, _ => next()));
    }
}
