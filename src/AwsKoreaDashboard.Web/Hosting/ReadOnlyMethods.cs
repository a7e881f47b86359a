namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>
/// The dashboard is read-only: GET and HEAD are served, OPTIONS says so, anything else is 405. A HEAD request
/// is routed as a GET (minimal-API endpoints are mapped for GET only) and answered without its body.
/// </summary>
public static class ReadOnlyMethods
{
    public const string Allowed = "GET, HEAD, OPTIONS";

    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method))
            {
                await next();
                return;
            }

            if (HttpMethods.IsHead(method))
            {
                await HeadRequests.AsGetAsync(context, next);
                return;
            }

            context.Response.Headers.Allow = Allowed;
            context.Response.StatusCode = HttpMethods.IsOptions(method) ? StatusCodes.Status204NoContent : StatusCodes.Status405MethodNotAllowed;
        });
}
