namespace AwsKoreaDashboard.Web.Features.Exports;

/// <summary>Downloads: every figure and chart as CSV and JSON, the sources list (docs/exports.md).</summary>
public static class ExportsFeature
{
    public static IServiceCollection AddExports(this IServiceCollection services) =>
        services.AddScoped<ExportApi.ReaderDownload>();

    public static WebApplication MapExports(this WebApplication app)
    {
        app.MapGroup(ReaderUrls.RoutePrefix).MapExportApi();
        return app;
    }
}
