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

    /// <summary>
    /// A Cache-Control for the responses nothing else gives one, so a shared cache never guesses (a CDN may keep
    /// a 404 without one for hours): an error the reader caused (the API's and oEmbed's problem details: 400,
    /// 404, 405, 501) lives as long as the not-found page, so a key the next seed adds is not missing for longer
    /// than a page stays old; a server error is never stored. The embed host script at its stable address
    /// (<see cref="EmbedCode.HostScriptPath"/>, which other sites load on every page with an embed), to which
    /// MapStaticAssets gives <c>no-cache</c>, gets the downloads' lifetime, so a shared cache absorbs it as it does
    /// pages. Every other static file is as MapStaticAssets serves it.
    /// </summary>
    public static IApplicationBuilder UseDefaultCacheControl(this IApplicationBuilder app)
    {
        var caching = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DashboardOptions>>().Value.HttpCaching;
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                var given = response.Headers.CacheControl.ToString();
                if (given.Length == 0)
                {
                    if (response.StatusCode >= StatusCodes.Status500InternalServerError)
                    {
                        response.Headers.CacheControl = "no-store";
                    }
                    else if (response.StatusCode >= StatusCodes.Status400BadRequest)
                    {
                        response.Headers.CacheControl = caching.NotFound.CacheControl;
                    }
                }
                else if (given == "no-cache" && response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified
                    && context.Request.Path.Equals(EmbedCode.HostScriptPath, StringComparison.Ordinal))
                {
                    response.Headers.CacheControl = caching.Downloads.CacheControl;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<PageCache>();
        return app.Use((context, next) => cache.InvokeAsync(context, _ => next()));
    }
}
