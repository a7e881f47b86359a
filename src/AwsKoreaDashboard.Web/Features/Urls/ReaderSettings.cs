using System.Globalization;
using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Urls;

/// <summary>
/// The reader context, one per request: language and currency, bound once from the route values
/// (<c>lang</c>, <c>currency</c> of <c>/en/USD/charts/annual-pace</c>), never from cookies or the query string,
/// so that one address is one response and can be cached and shared. The request culture is this context's
/// language (<see cref="ReaderLocalization"/>). It hands out the presenters and the one converted mark, so
/// every page, chart, download and deck shows amounts the same way. The theme and the chart ⇄ table view are
/// the browser's business.
/// </summary>
public sealed class ReaderSettings(IStringLocalizer<SharedResource> localizer)
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

    /// <summary>Whether the address names a language at all (else the culture is the default, Korean).</summary>
    public bool NamesLanguage { get; private set; }

    /// <summary>The one way a converted amount is marked, in this reader's language.</summary>
    public ConvertedMark Converted { get; } = new(localizer);

    /// <summary>The article's figures in this reader's language and currency.</summary>
    public FigurePresenter Figures(DashboardCatalog catalog) => new(catalog, Culture, Currency, localizer);

    /// <summary>The follow-up reporting in this reader's language and currency.</summary>
    public EventPresenter Events(EventCatalog events) => new(events, Culture, Currency, localizer);

    /// <summary>The canonical address of a page for this reader: <c>Href("/figures")</c> is <c>/en/USD/figures</c>.</summary>
    public string Href(string pagePath) => ReaderUrls.Page(Language, Currency, pagePath);

    /// <summary>This page for another language or currency (the switches).</summary>
    public string HrefFor(string language, string currency) => ReaderUrls.Page(language, currency, PagePath);

    internal void Read(HttpContext context)
    {
        // The route values of the address the reader asked for: for the 404 and error pages, the original request's.
        var values = context.Features.Get<IStatusCodeReExecuteFeature>()?.RouteValues
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.RouteValues
            ?? context.Request.RouteValues;
        var path = AddressedPath(context);
        if (values?["lang"] is string language && values["currency"] is string currency)
        {
            // A route under the reader prefix matched: routing has already checked both (ReaderUrls.RoutePrefix).
            (HasReaderPath, NamesLanguage, Language, Currency) = (true, true, language, currency);
            PagePath = path is { Length: > 8 } ? path[7..] : "/";
        }
        else
        {
            // No reader route matched (the not-found page of an address no route knows): what its prefix names, if anything.
            HasReaderPath = ReaderUrls.TryParse(path, out language, out currency, out var pagePath);
            var named = HasReaderPath ? language : ReaderUrls.LanguageOf(path);
            (NamesLanguage, Language, Currency, PagePath) = (named is not null, named ?? "ko", currency, pagePath);
        }

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
