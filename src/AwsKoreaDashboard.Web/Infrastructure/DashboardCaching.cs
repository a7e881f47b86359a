using System.IO.Compression;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// Near-static speed for a read-only site: pages, API responses and downloads are rendered once per reader
/// setting and encoding, kept in the output cache under the tag "data", and evicted when a seed changes the
/// data. Bodies are compressed (Brotli or gzip) before they are cached, so a hit is a copy.
/// </summary>
public static class DashboardCaching
{
    public const string DataTag = "data";

    public static IServiceCollection AddDashboardCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/healthz"))
                .Tag(DataTag)
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery("culture", "currency", "theme", "view", "charts", "autoplay", "briefing")
                .SetVaryByHeader("Accept-Encoding")
                .VaryByValue(context => new KeyValuePair<string, string>("reader", ReaderCookies(context))));
        });

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "text/markdown", "image/svg+xml"]);
        });
        // Each body is compressed once and then served from the cache, so spend the time on size: Brotli's
        // smallest setting, as the build uses for static assets.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.SmallestSize);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// The cookies that change what a page shows (language, currency, theme) and the data version: a page
    /// rendered from old data while a seed committed can never be served as the new one.
    /// </summary>
    private static string ReaderCookies(HttpContext context)
    {
        var cookies = context.Request.Cookies;
        var version = context.RequestServices.GetRequiredService<DataStatus>().ContentHash;
        return $"{cookies[CookieRequestCultureProvider.DefaultCookieName]}|{cookies[ReaderSettings.CurrencyCookie]}|{cookies[ReaderSettings.ThemeCookie]}|{version}";
    }
}
