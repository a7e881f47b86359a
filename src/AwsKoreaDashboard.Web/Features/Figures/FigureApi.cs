using System.Globalization;
using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Figures;

/// <summary>The read-only JSON API: every figure with its citation inline, one figure, the sources.</summary>
public static class FigureApi
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IEndpointRouteBuilder MapFigureApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithMetadata(PageCache.Cacheable.Page);

        api.MapGet("/figures", async (CatalogReader reader, CancellationToken ct) =>
            (await reader.ReadAsync(ct)).Figures.Select(ToJson));

        api.MapGet("/figures/{key}", async (string key, CatalogReader reader, CancellationToken ct) =>
            (await reader.ReadAsync(ct)).Figure(key) is { } figure
                ? Results.Ok(ToJson(figure))
                : Results.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Figure not found",
                    detail: $"No figure has the key '{key}'. GET /api/figures lists every key."));

        api.MapGet("/sources", async (CatalogReader reader, CancellationToken ct) =>
            (await reader.ReadAsync(ct)).Sources);

        return app;
    }

    public static FigureJson ToJson(FigureRecord f) => new(
        f.Key,
        f.Kind,
        f.Label,
        f.Value,
        f.Unit,
        f.Approximate,
        f.Qualifier,
        f.Period,
        new LocalizedText(f.Format(Korean), f.Format(English)),
        f.PairKey,
        f.Citation is { } c
            ? new CitationJson(c.Source.Key, c.Source.Publisher, c.Source.Headline, c.Source.Url, c.Source.PublishedOn, c.Quote, c.QuoteEn, c.Attribution)
            : null,
        f.Formula,
        f.Inputs,
        f.Note);

    public sealed record FigureJson(
        string Key,
        string Kind,
        LocalizedText Label,
        double Value,
        string Unit,
        bool Approximate,
        string? Qualifier,
        LocalizedText Period,
        LocalizedText Formatted,
        string? Pair,
        CitationJson? Citation,
        string? Formula,
        IReadOnlyList<string> Inputs,
        LocalizedText? Note);

    public sealed record CitationJson(
        string Source,
        LocalizedText Publisher,
        string Headline,
        string? Url,
        DateOnly? PublishedOn,
        string Quote,
        string QuoteEn,
        LocalizedText? Attribution);
}
