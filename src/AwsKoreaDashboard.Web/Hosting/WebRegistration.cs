using AwsKoreaDashboard.Web.Formatting;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>The web host itself: Kestrel's limits, Razor Pages, JSON, problem details and health.</summary>
public static class WebRegistration
{
    /// <summary>Kestrel does not announce itself, and a read-only site takes no request bodies to speak of.</summary>
    public static IWebHostBuilder ConfigureDashboardKestrel(this IWebHostBuilder host) =>
        host.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

    /// <summary>Pages (all under /{lang}/{currency}/), JSON and problem details for the API, and health.</summary>
    public static IServiceCollection AddDashboardWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AddReaderPageConventions())
            // Pages read their address and nothing else: a query string binds to no handler parameter.
            .AddMvcOptions(options => options.ValueProviderFactories.RemoveType<QueryStringValueProviderFactory>());
        // Korean text goes out as text, not as &#xXXXX; entities: readable source and a third of the bytes.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JsonEncoding.Readable);
        services.AddHealthChecks().AddCheck<DataHealthCheck>("data");
        return services;
    }

    /// <summary>
    /// Static assets (precompressed, fingerprinted), the Razor pages under /{lang}/{currency}/, the not-found page
    /// for every other address, and /healthz.
    /// </summary>
    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapFallbackToPage("{*path}", "/NotFound").WithMetadata(PageCache.Cacheable.NotFound);
        app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }

    /// <summary>
    /// The not-found page for an error status with no body (an unknown figure's page, say), rendered in the
    /// reader's language. A range past a file's end (416, from MapStaticAssets) is left as it is: re-executed, it
    /// became a 404 for a file that exists.
    /// </summary>
    public static IApplicationBuilder UseNotFoundPage(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute("/NotFound");
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status416RangeNotSatisfiable
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        });
    }

    /// <summary>
    /// Builds the app and checks its options now (building already reads them, for the log), so that a bad setting
    /// stops the app with one line per problem, each naming its key, rather than a stack trace. Null when a
    /// setting is wrong.
    /// </summary>
    public static async Task<WebApplication?> BuildCheckedAsync(this WebApplicationBuilder builder, TextWriter error)
    {
        try
        {
            var app = builder.Build();
            _ = app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value;
            return app;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync($"Cannot start: {failure}");
            }

            return null;
        }
    }
}
