using System.Globalization;
using System.Text.Json.Serialization;
using AwsKoreaDashboard.Web.Catalog;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// oEmbed (https://oembed.com) for chart pages and embed pages: <c>/oembed?url=…&amp;maxwidth=…&amp;maxheight=…&amp;format=json</c>
/// answers a "rich" response whose HTML is the chart's embed code. A URL that is not this site's (or not a
/// chart of it) is a 404, <c>format=xml</c> a 501, anything malformed a 400. Nothing of the query reaches the
/// response but the values checked here (the chart key from the catalogue, two numbers in range), so a
/// response can be stored by its query like any page.
/// </summary>
public static class OEmbedApi
{
    public const string Path = "/oembed";

    /// <summary>The widest and default width: the embed page's layout stops growing about here.</summary>
    public const int DefaultWidth = 760;

    public const int MinSize = 50;
    public const int MaxSize = 10000;
    private const int MaxUrlLength = 2048;

    private static readonly string[] Parameters = ["url", "maxwidth", "maxheight", "format"];

    /// <summary>The discovery address for a page's absolute URL (<c>/oembed?url=…&amp;format=json</c>).</summary>
    public static string RequestPath(string pageUrl) => $"{Path}?url={Uri.EscapeDataString(pageUrl)}&format=json";

    public static IEndpointRouteBuilder MapOEmbed(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Answer).WithMetadata(new PageCache.Cacheable(ExactQuery: Parameters));
        return app;
    }

    private static async Task<IResult> Answer(HttpRequest request, PublicOrigin origin, CatalogReader catalogs, IStringLocalizer<SharedResource> localizer)
    {
        var query = request.Query;
        if (Parameters.Any(p => query[p].Count > 1))
        {
            return Status(StatusCodes.Status400BadRequest);
        }

        var format = query["format"].ToString();
        if (query.ContainsKey("format") && format != "json")
        {
            return Status(format == "xml" ? StatusCodes.Status501NotImplemented : StatusCodes.Status400BadRequest);
        }

        var rawUrl = query["url"].ToString();
        if (rawUrl.Length is 0 or > MaxUrlLength || !Uri.TryCreate(rawUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || !TrySize(query, "maxwidth", out var maxWidth) || !TrySize(query, "maxheight", out var maxHeight))
        {
            return Status(StatusCodes.Status400BadRequest);
        }

        // Any spelling the site redirects to a chart page (a trailing slash, capitals, a double slash) is that chart.
        if (!origin.IsOurs(url) || !TryChart(ReaderRedirects.CanonicalSpelling(url.AbsolutePath) ?? url.AbsolutePath, out var language, out var currency, out var key)
            || (await catalogs.ReadAsync(request.HttpContext.RequestAborted)).Chart(key) is not { } chart)
        {
            return Status(StatusCodes.Status404NotFound);
        }

        // The response speaks the language of the page asked about, not of the /oembed address.
        var culture = ReaderLocalization.Cultures.First(c => c.TwoLetterISOLanguageName == language);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var width = Math.Min(maxWidth ?? DefaultWidth, DefaultWidth);
        var height = Math.Min(maxHeight ?? EmbedCode.FallbackHeight, EmbedCode.FallbackHeight);
        // Titles name figures ("{economic-value-2028-krw}"), written in the page's currency.
        var title = new FigurePresenter(await catalogs.ReadAsync(request.HttpContext.RequestAborted), culture, currency, localizer).FillTokens(chart.Title);
        // The thumbnail must respect maxwidth and maxheight too (oEmbed 2.3.4): the card, a smaller one, or none.
        var thumbnail = PreviewImages.Thumbnail(maxWidth, maxHeight);
        var embedUrl = origin.Absolute(ReaderUrls.Page(language, currency, $"/embed/charts/{chart.Key}"));
        return Results.Json(new OEmbedResponse(
            Type: "rich",
            Version: "1.0",
            Title: title,
            ProviderName: localizer["SiteName"],
            ProviderUrl: origin.Absolute(ReaderUrls.Page(language, currency, "/")),
            Html: EmbedCode.Html(embedUrl, title, origin.Absolute(EmbedCode.HostScriptPath), height),
            Width: width,
            Height: height,
            ThumbnailUrl: thumbnail is null ? null : origin.Absolute(PreviewImages.Chart(language, currency, chart.Key, thumbnail)),
            ThumbnailWidth: thumbnail?.Width,
            ThumbnailHeight: thumbnail?.Height));
    }

    /// <summary><c>/ko/KRW/charts/x</c> or <c>/ko/KRW/embed/charts/x</c>; the key is looked up in the catalogue after.</summary>
    private static bool TryChart(string path, out string language, out string currency, out string key)
    {
        key = "";
        if (!ReaderUrls.TryParse(path, out language, out currency, out var page))
        {
            return false;
        }

        var chartPath = page.StartsWith("/embed/", StringComparison.Ordinal) ? page["/embed".Length..] : page;
        const string prefix = "/charts/";
        if (!chartPath.StartsWith(prefix, StringComparison.Ordinal) || chartPath.Length == prefix.Length || chartPath.IndexOf('/', prefix.Length) >= 0)
        {
            return false;
        }

        key = chartPath[prefix.Length..];
        return true;
    }

    /// <summary>Absent, or a whole number of pixels in a range a page could use (given but empty is not a number).</summary>
    private static bool TrySize(IQueryCollection query, string name, out int? size)
    {
        size = null;
        if (!query.ContainsKey(name))
        {
            return true;
        }

        var value = query[name].ToString();
        if (value.Length is 0 or > 5 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var parsed = int.Parse(value, CultureInfo.InvariantCulture);
        size = parsed;
        return parsed is >= MinSize and <= MaxSize;
    }

    private static IResult Status(int status) => Results.Problem(statusCode: status);

    /// <summary>
    /// The oEmbed "rich" response, named as the specification names its fields. The three thumbnail fields are
    /// given together or not at all (the specification's rule): left out when no thumbnail fits the size asked.
    /// </summary>
    private sealed record OEmbedResponse(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("version")] string Version,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("provider_name")] string ProviderName,
        [property: JsonPropertyName("provider_url")] string ProviderUrl,
        [property: JsonPropertyName("html")] string Html,
        [property: JsonPropertyName("width")] int Width,
        [property: JsonPropertyName("height")] int Height,
        [property: JsonPropertyName("thumbnail_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ThumbnailUrl,
        [property: JsonPropertyName("thumbnail_width"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ThumbnailWidth,
        [property: JsonPropertyName("thumbnail_height"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ThumbnailHeight);
}
