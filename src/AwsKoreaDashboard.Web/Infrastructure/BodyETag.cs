using System.Security.Cryptography;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// ETags for pages, the API and data downloads: a hash of the body. A matching If-None-Match gets a 304.
/// It sits inside output caching, which stores the ETag and answers later conditional requests itself.
/// Program.cs keeps static assets out of this branch: they have ETags of their own.
/// </summary>
public static class BodyETag
{
    public static IApplicationBuilder UseBodyETags(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                await next();
                return;
            }

            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = original;
            }

            if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey("ETag"))
            {
                var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..20]}\"";
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag)))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.ContentLength = null;
                    return;
                }
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        });
}
