using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Features.Urls;

/// <summary>
/// Sends every address without a reader prefix, or with one spelt differently, to its canonical page:
/// <list type="bullet">
/// <item>old links that name their settings (<c>/charts/x?culture=en&amp;currency=USD</c>) move permanently
/// (301); a setting the link leaves out takes its default (Korean, won);</item>
/// <item><c>/</c> and old links that name no setting go to the reader's language (302): the language and
/// currency the reader chose before (cookies written by the page's script, or the old site's culture cookie),
/// else the browser's Accept-Language, else Korean. The answer varies by those headers only;</item>
/// <item>other spellings of a canonical address (<c>/EN/usd/charts/x/</c>, <c>/ko/KRW</c>) move permanently.</item>
/// </list>
/// Only the query parameters that the page's scripts read are carried over, cleaned.
/// </summary>
public static class ReaderRedirects
{
    public const string LanguageCookie = "dashboard-language";
    public const string CurrencyCookie = "dashboard-currency";
    private const string OldCultureCookie = ".AspNetCore.Culture";

    /// <summary>The first path segments of the pages and downloads of the old, unprefixed layout.</summary>
    private static readonly HashSet<string> OldRoots = ["charts", "figures", "background", "present", "embed", "exports", "since"];

    public static IApplicationBuilder UseReaderRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Target(context.Request) is not { } target)
            {
                await next();
                return;
            }

            var response = context.Response;
            response.StatusCode = target.Permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
            response.Headers.Location = target.Location;
            if (target.Permanent)
            {
                response.Headers.CacheControl = "public, max-age=86400";
            }
            else
            {
                // One reader's answer: Vary names what it depends on, and no cache keeps it (see CacheControlValues).
                response.Headers.CacheControl = CacheControlValues.ReaderRedirect;
                response.Headers.Vary = "Accept-Language, Cookie";
            }
        });

    /// <summary>Where to send the reader: the path as the browser must send it (encoded), and the query.</summary>
    public sealed record Redirect(string Path, string Query, bool Permanent)
    {
        public string Location => new PathString(Path).ToUriComponent() + Query;
    }

    public static Redirect? Target(HttpRequest request)
    {
        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        var query = ClientQuery(request.Query);
        // Every address of the site is lower case after its prefix, with single slashes.
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        if (CanonicalSpelling(segments) is { } canonical)
        {
            return canonical == path ? null : new Redirect(canonical, query, Permanent: true);
        }

        // A language alone (/en, /ko/): that language, in the reader's currency.
        if (segments.Length == 1 && ReaderUrls.Languages.FirstOrDefault(l => string.Equals(l, segments[0], StringComparison.OrdinalIgnoreCase)) is { } only)
        {
            return new Redirect(ReaderUrls.Page(only, PreferredCurrency(request), "/"), query, Permanent: false);
        }

        if (segments.Length > 0 && !OldRoots.Contains(segments[0].ToLowerInvariant()))
        {
            return null;
        }

        var named = (Language: NamedLanguage(request.Query), Currency: NamedCurrency(request.Query));
        var permanent = named.Language is not null || named.Currency is not null;
        var language = named.Language ?? (permanent ? "ko" : PreferredLanguage(request));
        var currency = named.Currency ?? (permanent ? Units.Krw : PreferredCurrency(request));

        // A reader's own briefing was /present?charts=a,b (and its presenter /present/presenter?charts=a,b).
        var pagePath = "/" + string.Join('/', segments).ToLowerInvariant();
        if (request.Query.ContainsKey("charts"))
        {
            pagePath = pagePath switch
            {
                "/present" => "/present/selection",
                "/present/presenter" => "/present/selection/presenter",
                _ => pagePath,
            };
        }

        return new Redirect(ReaderUrls.Page(language, currency, pagePath), query, permanent);
    }

    /// <summary>
    /// The canonical spelling of a path the redirects send to a reader page (<c>/EN/usd/Charts/x/</c>,
    /// <c>/ko/KRW//figures</c>), or null when it has no reader prefix; a canonical path comes back unchanged.
    /// </summary>
    public static string? CanonicalSpelling(string path) => CanonicalSpelling(path.Split('/', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The canonical spelling of an address that has a reader prefix in any case, or null when it has none.</summary>
    private static string? CanonicalSpelling(string[] segments)
    {
        if (segments.Length < 2)
        {
            return null;
        }

        var language = ReaderUrls.Languages.FirstOrDefault(l => string.Equals(l, segments[0], StringComparison.OrdinalIgnoreCase));
        var currency = ReaderUrls.Currencies.FirstOrDefault(c => string.Equals(c, segments[1], StringComparison.OrdinalIgnoreCase));
        if (language is null || currency is null)
        {
            return null;
        }

        var rest = string.Join('/', segments.Skip(2)).ToLowerInvariant();
        return ReaderUrls.Page(language, currency, rest.Length == 0 ? "/" : "/" + rest);
    }

    private static string? NamedLanguage(IQueryCollection query)
    {
        foreach (var name in new[] { "culture", "ui-culture" })
        {
            var value = query[name].ToString();
            if (value.Length >= 2 && ReaderUrls.Languages.FirstOrDefault(l => value.StartsWith(l, StringComparison.OrdinalIgnoreCase)) is { } language)
            {
                return language;
            }
        }

        return null;
    }

    private static string? NamedCurrency(IQueryCollection query) =>
        ReaderUrls.Currencies.FirstOrDefault(c => string.Equals(c, query["currency"].ToString(), StringComparison.OrdinalIgnoreCase));

    private static string PreferredLanguage(HttpRequest request)
    {
        if (ReaderUrls.Languages.Contains(request.Cookies[LanguageCookie] ?? ""))
        {
            return request.Cookies[LanguageCookie]!;
        }

        // The old site's culture cookie: "c=en|uic=en".
        if (request.Cookies[OldCultureCookie] is { } old && old.Split('|').Select(p => p.Split('=')).FirstOrDefault(p => p.Length == 2 && p[0] == "uic") is { } uic
            && ReaderUrls.Languages.FirstOrDefault(l => uic[1].StartsWith(l, StringComparison.OrdinalIgnoreCase)) is { } oldChoice)
        {
            return oldChoice;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "");
        return accepted.Select(tag => ReaderUrls.Languages.FirstOrDefault(l => tag.StartsWith(l, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(l => l is not null) ?? "ko";
    }

    private static string PreferredCurrency(HttpRequest request) =>
        ReaderUrls.Currencies.FirstOrDefault(c => c == request.Cookies[CurrencyCookie]) ?? Units.Krw;

    /// <summary>The parameters the page's scripts read, with values they could have produced; nothing else.</summary>
    private static string ClientQuery(IQueryCollection query)
    {
        var kept = new List<KeyValuePair<string, string?>>();
        foreach (var name in ReaderUrls.ClientParameters)
        {
            var value = query[name].ToString();
            var clean = name switch
            {
                "view" => value is "table" or "chart" ? value : null,
                "theme" => ReaderSettings.Themes.Contains(value) ? value : null,
                "autoplay" or "minutes" => value.Length is > 0 and <= 4 && value.All(char.IsAsciiDigit) ? value : null,
                _ => value.Length is > 0 and <= 512 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or ',') ? value : null,
            };
            if (clean is not null)
            {
                kept.Add(new(name, clean));
            }
        }

        return kept.Count == 0 ? "" : QueryString.Create(kept).Value!;
    }
}
