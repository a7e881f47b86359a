using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// A second web server on another loopback port, so a page of another origin can frame the dashboard the
/// way a reader's blog would. (A route-fulfilled fake host counts as a public site to Chromium, which then
/// refuses to frame anything on the local machine.)
/// </summary>
public sealed class OtherOriginSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtherOriginSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="css">A style sheet the page may link as /site.css (host pages have their own styles).</param>
    /// <param name="contentSecurityPolicy">The host page's own Content-Security-Policy header, if it sends one.</param>
    public static async Task<OtherOriginSite> StartAsync(string html, string css = "", string? contentSecurityPolicy = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        if (contentSecurityPolicy is not null)
        {
            app.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
                return next(context);
            });
        }

        app.MapGet("/", () => Results.Content(css.Length == 0 ? html : html.Replace("<title>", "<link rel=stylesheet href=/site.css><title>", StringComparison.Ordinal), "text/html; charset=utf-8"));
        app.MapGet("/site.css", () => Results.Content(css, "text/css"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OtherOriginSite(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
