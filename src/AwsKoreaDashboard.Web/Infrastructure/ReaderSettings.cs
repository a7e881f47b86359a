using System.Globalization;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// What the reader chose: language (through ASP.NET Core localization), currency and theme. A choice
/// made in the query string (?culture=en, ?currency=USD, ?theme=dark) is kept in a cookie.
/// </summary>
public sealed class ReaderSettings
{
    public const string CurrencyCookie = "dashboard-currency";
    public const string ThemeCookie = "dashboard-theme";
    public static readonly IReadOnlyList<string> Themes = ["auto", "light", "dark", "contrast"];

    public string Currency { get; private set; } = Units.Krw;

    public string Theme { get; private set; } = "auto";

    public CultureInfo Culture => CultureInfo.CurrentUICulture;

    public bool IsKorean => NumberFormatter.IsKorean(Culture);

    public string Language => IsKorean ? "ko" : "en";

    public string OtherCurrency => Currency == Units.Krw ? Units.Usd : Units.Krw;

    internal void Read(HttpContext context)
    {
        Currency = Pick(context, "currency", CurrencyCookie, [Units.Krw, Units.Usd], Units.Krw);
        Theme = Pick(context, "theme", ThemeCookie, Themes, "auto");
    }

    private static string Pick(HttpContext context, string query, string cookie, IReadOnlyList<string> allowed, string fallback)
    {
        var requested = context.Request.Query[query].ToString();
        var match = allowed.FirstOrDefault(a => string.Equals(a, requested, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            context.Response.Cookies.Append(cookie, match, Cookie());
            return match;
        }

        var stored = context.Request.Cookies[cookie];
        return allowed.FirstOrDefault(a => a == stored) ?? fallback;
    }

    internal static CookieOptions Cookie() => new()
    {
        MaxAge = TimeSpan.FromDays(365),
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Path = "/",
    };
}
