namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>
/// A strict Content-Security-Policy on every response: pages carry no inline script or style, so
/// neither 'unsafe-inline' nor 'unsafe-eval' is needed.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    /// <summary>Every page but an embed page refuses to be framed.</summary>
    public const string ContentSecurityPolicy = Policy + "'none'";

    /// <summary>Embed pages exist to be framed by other sites.</summary>
    public const string EmbedContentSecurityPolicy = Policy + "*";

    public static bool IsEmbed(PathString path) =>
        ReaderUrls.TryParse(path.Value, out _, out _, out var page) && page.StartsWith("/embed/", StringComparison.Ordinal);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var embed = IsEmbed(context.Request.Path);
                headers.ContentSecurityPolicy = embed ? EmbedContentSecurityPolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                if (!embed)
                {
                    headers.XFrameOptions = "DENY";
                }
                return Task.CompletedTask;
            });
            await next();
        });
}
