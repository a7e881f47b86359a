using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>Korean first, English on request: ?culture=en or the culture cookie. The browser's language is not consulted.</summary>
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
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseReaderSettings(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use(async (context, next) =>
        {
            // A language picked in the query string sticks for the next pages.
            if (context.Request.Query.ContainsKey("culture"))
            {
                var culture = context.Features.Get<IRequestCultureFeature>()!.RequestCulture;
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(culture),
                    ReaderSettings.Cookie());
            }

            context.RequestServices.GetRequiredService<ReaderSettings>().Read(context);
            await next();
        });
    }
}
