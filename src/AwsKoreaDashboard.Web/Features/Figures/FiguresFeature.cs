namespace AwsKoreaDashboard.Web.Features.Figures;

/// <summary>The article's figures: /figures and /figures/{key} (Razor pages) and /api/figures.</summary>
public static class FiguresFeature
{
    public static WebApplication MapFigures(this WebApplication app)
    {
        app.MapFigureApi();
        return app;
    }
}
