namespace AwsKoreaDashboard.Web.Features.Charts;

/// <summary>Charts as the reader sees them (<see cref="ReaderCharts"/>), and their images drawn on the server.</summary>
public static class ChartsFeature
{
    public static IServiceCollection AddCharts(this IServiceCollection services) =>
        services.AddScoped<ReaderCharts>().AddPreviewImages();

    /// <summary>/{lang}/{currency}/charts/{key}.png, .thumb.png and .slide.png, /{lang}/{currency}/since/chart.png.</summary>
    public static WebApplication MapCharts(this WebApplication app)
    {
        app.MapGroup(ReaderUrls.RoutePrefix).MapPreviewImages();
        return app;
    }
}
