using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Features.Urls;

/// <summary>
/// The URL scheme: every page and download exists once per reader setting, with the settings that change
/// what the server sends in the path: <c>/{ko|en}/{KRW|USD}/…</c> (<c>/en/USD/charts/annual-pace</c>,
/// <c>/ko/KRW/</c> for the dashboard). The static copy that <c>export-site</c> writes has the same layout.
/// </summary>
public static class ReaderUrls
{
    public static readonly IReadOnlyList<string> Languages = ["ko", "en"];
    public static readonly IReadOnlyList<string> Currencies = [Units.Krw, Units.Usd];

    /// <summary>The route prefix that Razor Pages and downloads are mapped under.</summary>
    public const string RoutePrefix = "{lang:regex(^(ko|en)$)}/{currency:regex(^(KRW|USD)$)}";

    /// <summary>
    /// Query parameters that only the page's scripts read (never the server): the chart/table view, autoplay,
    /// a reader's own briefing, the presenter's target minutes, a legacy theme choice.
    /// </summary>
    public static readonly IReadOnlyList<string> ClientParameters = ["view", "charts", "briefing", "autoplay", "minutes", "theme"];

    /// <summary>The canonical address of a page for a reader setting; <paramref name="pagePath"/> is "/" for the dashboard.</summary>
    public static string Page(string language, string currency, string pagePath) =>
        pagePath is "" or "/" ? $"/{language}/{currency}/" : $"/{language}/{currency}{(pagePath.StartsWith('/') ? "" : "/")}{pagePath}";

    /// <summary>
    /// Splits <c>/en/USD/charts/x</c> into its language, currency and page path (<c>/charts/x</c>; <c>/</c> for
    /// the dashboard). Exact case only: other spellings are redirected before they reach a page.
    /// </summary>
    public static bool TryParse(string? path, out string language, out string currency, out string pagePath)
    {
        language = "ko";
        currency = Units.Krw;
        pagePath = "/";
        if (path is null || path.Length < 7 || path[0] != '/' || path[3] != '/')
        {
            return false;
        }

        var lang = path.Substring(1, 2);
        var cur = path.Substring(4, 3);
        if (!Languages.Contains(lang) || !Currencies.Contains(cur) || (path.Length > 7 && path[7] != '/'))
        {
            return false;
        }

        (language, currency) = (lang, cur);
        pagePath = path.Length <= 8 ? "/" : path[7..];
        return true;
    }

    /// <summary>The language a path names in its first segment (also for error pages of unknown paths), or null.</summary>
    public static string? LanguageOf(string? path) =>
        path is { Length: >= 3 } && path[0] == '/' && (path.Length == 3 || path[3] == '/') && Languages.Contains(path.Substring(1, 2))
            ? path.Substring(1, 2)
            : null;
}
