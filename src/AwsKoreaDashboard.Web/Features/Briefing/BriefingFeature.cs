namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>Briefing decks: /present (a Razor page) and the .pptx files, from one deck model (<see cref="BriefingDeck"/>).</summary>
public static class BriefingFeature
{
    public static IServiceCollection AddBriefing(this IServiceCollection services) =>
        services.AddScoped<BriefingDeckReader>();

    public static WebApplication MapBriefing(this WebApplication app)
    {
        app.MapGroup(ReaderUrls.RoutePrefix).MapDeckDownloads();
        return app;
    }
}
