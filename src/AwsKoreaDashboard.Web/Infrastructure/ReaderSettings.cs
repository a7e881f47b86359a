using System.Globalization;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.AspNetCore.Diagnostics;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// What the reader reads in: language and currency, both taken from the page's address
/// (<c>/en/USD/charts/annual-pace</c>), never from cookies or the query string, so that one address is one
/// response and can be cached and shared. The theme and the chart ⇄ table view are the browser's business.
/// </summary>
public sealed class ReaderSettings
{
    public static readonly IReadOnlyList<string> Themes = ["auto", "light", "dark", "contrast"];

    public string Language { get; private set; } = "ko";

    public string Currency { get; private set; } = Units.Krw;

    /// <summary>The page below the reader prefix: "/" for the dashboard, "/charts/annual-pace", …</summary>
    public string PagePath { get; private set; } = "/";

    /// <summary>Whether this request is a page or download at its canonical reader address.</summary>
    public bool HasReaderPath { get; private set; }

    public CultureInfo Culture => CultureInfo.CurrentUICulture;

    public bool IsKorean => Language == "ko";

    /// <summary>The canonical address of a page for this reader: <c>Href("/figures")</c> is <c>/en/USD/figures</c>.</summary>
    public string Href(string pagePath) => ReaderUrls.Page(Language, Currency, pagePath);

    /// <summary>This page for another language or currency (the switches).</summary>
    public string HrefFor(string language, string currency) => ReaderUrls.Page(language, currency, PagePath);

    internal void Read(HttpContext context)
    {
        var path = AddressedPath(context);
        HasReaderPath = ReaderUrls.TryParse(path, out var language, out var currency, out var pagePath);
        Language = HasReaderPath ? language : ReaderUrls.LanguageOf(path) ?? "ko";
        Currency = currency;
        PagePath = pagePath;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PageCache.Cacheable>() is { PerReaderOnly: true })
        {
            // The not-found page is one page per language and currency, whatever address was not found: its
            // switches show the address's currency, and nothing else of that address (its path) may reach the
            // page that every later miss is served. A currency the address does not name is the default.
            (HasReaderPath, PagePath) = (false, "/");
        }
    }

    /// <summary>
    /// The address the reader asked for: for the 404 and error pages, the original one, so that
    /// <c>/en/USD/charts/nope</c> says "not found" in English.
    /// </summary>
    internal static string? AddressedPath(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
        ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
        ?? context.Request.Path.Value;
}
