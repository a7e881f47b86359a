namespace AwsKoreaDashboard.Web.Features.Since;

/// <summary>What was reported after the article: /since (a Razor page), /api/events and the events downloads.</summary>
public static class SinceFeature
{
    public static WebApplication MapSince(this WebApplication app)
    {
        app.MapEventApi();
        app.MapGroup(ReaderUrls.RoutePrefix).MapEventDownloads();
        return app;
    }
}
