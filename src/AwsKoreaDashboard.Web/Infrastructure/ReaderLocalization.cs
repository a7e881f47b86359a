using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// Korean first, English at <c>/en/…</c>: the language is the first segment of the address and nothing else
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
            options.RequestCultureProviders = [new PathLanguageProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseReaderSettings(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<ReaderSettings>().Read(context);
            await next();
        });
    }

    private sealed class PathLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(ReaderUrls.LanguageOf(ReaderSettings.AddressedPath(httpContext)) is { } language
                ? new ProviderCultureResult(language)
                : null);
    }
}
