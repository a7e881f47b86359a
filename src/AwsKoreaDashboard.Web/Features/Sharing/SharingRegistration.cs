namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>Links that travel: absolute addresses, link previews, oEmbed, the sitemap and robots.txt, citations.</summary>
public static class SharingRegistration
{
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddSingleton<PublicOrigin>();
        services.AddScoped<PagePreviews>();
        services.AddScoped<Citations>();
        return services;
    }

    /// <summary>/oembed, /sitemap.xml and /robots.txt; and, once the server listens, which origin the links name.</summary>
    public static WebApplication MapSharing(this WebApplication app)
    {
        app.MapOEmbed();
        app.MapSitemap();
        var origin = app.Services.GetRequiredService<PublicOrigin>();
        app.Lifetime.ApplicationStarted.Register(origin.LogAtStart);
        return app;
    }
}
