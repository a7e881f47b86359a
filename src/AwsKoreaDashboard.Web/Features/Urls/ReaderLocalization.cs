using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AwsKoreaDashboard.Web.Features.Urls;

/// <summary>
/// Korean first, English at <c>/en/…</c>: the language is the reader context's (<see cref="ReaderSettings"/>,
/// bound from the route values), that is the first segment of the address and nothing else
/// (no query string, no cookie, no Accept-Language), so a cached page can never be served in the wrong
/// language. Where a reader lands without a language (<c>/</c>, old links), <see cref="ReaderRedirects"/>
/// picks one and redirects.
/// </summary>
public static class ReaderLocalization
{
    public static readonly CultureInfo[] Cultures = [new("ko"), new("en")];

    public static IServiceCollection AddReaderSettings(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddScoped<ReaderSettings>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("ko");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new ReaderContextLanguageProvider()];
        });
        return services;
    }

    /// <summary>After routing: the reader context is bound from the route values, then the culture is its language.</summary>
    public static IApplicationBuilder UseReaderSettings(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<ReaderSettings>().Read(context);
            await next();
        });
        return app.UseRequestLocalization();
    }

    /// <summary>The culture is the reader context's language: the address is read once, by <see cref="ReaderSettings"/>.</summary>
    private sealed class ReaderContextLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(httpContext.RequestServices.GetRequiredService<ReaderSettings>() is { NamesLanguage: true } reader
                ? new ProviderCultureResult(reader.Language)
                : null);
    }
}
