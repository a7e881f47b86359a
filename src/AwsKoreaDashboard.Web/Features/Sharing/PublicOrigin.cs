using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// The origin that every absolute link the site hands out starts with (canonical, hreflang, og:url, og:image,
/// oEmbed, the sitemap, citations): <c>Dashboard:PublicOrigin</c> when set, else the address the server listens
/// on, with a wildcard host (0.0.0.0, [::], +, *) read as localhost. Never the request's Host header: the page
/// cache serves every reader the same bytes, so one request must not be able to write a host into them.
/// </summary>
public sealed class PublicOrigin(IOptions<Hosting.DashboardOptions> options, IServer server, ILogger<PublicOrigin> logger)
{
    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "+", "*"];
    private string? _value;
    private int _logged;

    /// <summary>An origin and nothing more: http(s), a host, maybe a port; no path, query or fragment.</summary>
    public static bool IsOrigin(string? value) =>
        Uri.TryCreate(value?.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    /// <summary>Whether the origin was configured (rather than read from the server's addresses).</summary>
    public bool IsConfigured => IsOrigin(options.Value.PublicOrigin);

    /// <summary><c>https://dashboard.example</c>: scheme, host and port, no trailing slash.</summary>
    public string Value => _value ??= IsConfigured ? Normalise(options.Value.PublicOrigin!) : FromServer();

    /// <summary>The absolute form of a site-absolute path (<c>/ko/KRW/</c>).</summary>
    public string Absolute(string path) => Value + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Whether an absolute URL points at this site (same scheme, host and port).</summary>
    public bool IsOurs(Uri url) =>
        url.IsAbsoluteUri && string.Equals(url.GetLeftPart(UriPartial.Authority), Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Said once, when the server has started: which origin the links name, and that it should be set.</summary>
    public void LogAtStart()
    {
        if (Interlocked.Exchange(ref _logged, 1) == 1)
        {
            return;
        }

        if (IsConfigured)
        {
            logger.LogInformation("Absolute links (canonical, previews, oEmbed, sitemap) name {PublicOrigin}", Value);
        }
        else
        {
            logger.LogWarning(
                "Dashboard:PublicOrigin is not set: canonical, hreflang, preview, oEmbed and sitemap links name {PublicOrigin}, the address the server listens on. Set Dashboard:PublicOrigin to the site's public origin (https://dashboard.example)",
                Value);
        }
    }

    private string FromServer()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var candidates = addresses
            .Select(a => (Address: a, Wildcard: WildcardHosts.Any(w => HostOf(a) == w)))
            .Select(a => (Origin: a.Wildcard ? ReplaceHost(a.Address, "localhost") : a.Address, a.Wildcard))
            // Port 0 is "any free port", asked for before the server started (and all an in-process test server knows).
            .Where(a => IsOrigin(a.Origin) && new Uri(a.Origin).Port != 0)
            .OrderBy(a => a.Wildcard)
            .ThenBy(a => a.Origin.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Select(a => Normalise(a.Origin));
        // In-process test servers listen on no address; their clients call the site http://localhost.
        return candidates.FirstOrDefault() ?? "http://localhost";
    }

    private static string HostOf(string address)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal) is var at and >= 0 ? at + 3 : 0;
        var rest = address[start..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']);
        return end <= 0 ? rest : rest[..end];
    }

    private static string ReplaceHost(string address, string host)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal) + 3;
        return address[..start] + host + address[(start + HostOf(address).Length)..];
    }

    private static string Normalise(string origin) => new Uri(origin.TrimEnd('/')).GetLeftPart(UriPartial.Authority);
}
