using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>
/// An exception inside the JSON API or a data download answers as problem+json (RFC 9457), like the API's own
/// 404s, with a request number and no stack trace; pages keep the HTML error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public static bool IsApiOrDownload(PathString path) =>
        path.StartsWithSegments("/api") || (path.Value ?? "").Contains("/exports/", StringComparison.Ordinal);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at the error page; the feature keeps the path that failed.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (!IsApiOrDownload(new PathString(path)))
        {
            return false;
        }

        logger.LogError(exception, "Request {Path} failed ({RequestId})", path, context.TraceIdentifier);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The server could not answer this request",
                Detail = $"Request {context.TraceIdentifier} failed; the error is in the server's log.",
                Extensions = { ["requestId"] = context.TraceIdentifier },
            },
        });
    }
}
