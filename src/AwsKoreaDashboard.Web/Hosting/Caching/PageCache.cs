using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Routing.Patterns;

namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>
/// Pages, API responses and downloads, rendered once and then served as stored bytes.
/// <para>The key is exactly: the endpoint's route pattern and route values (which, with canonical addresses,
/// is the page and the reader's language and currency), the response encoding (br, gzip or none), and the
/// data version. Nothing else of the request (query string, cookies, other headers) is read by a cached
/// endpoint, so nothing else can change what is stored.</para>
/// <para>Only a response with the status its endpoint is declared for (200; 404 for the not-found page) and
/// no cookie is stored, so a status never changes because of the cache. Entries exist only for real pages
/// (route values that answered 200) and one not-found page per language and encoding, so a flood of distinct
/// addresses cannot grow it; a hard cap guards against a mistake in that reasoning. A new data version
/// drops everything rendered from the old one.</para>
/// <para>What a shared cache in front may do with each kind of response is <see cref="HttpCachingOptions"/>'s;
/// the ETag is a hash of the bytes alone, so instances holding the same data give the same ETags and a proxy
/// may revalidate against any of them. No <c>Age</c> goes out: this store is part of the origin, and a shared
/// cache that subtracts Age from s-maxage would take an old entry as stale on arrival.</para>
/// </summary>
public sealed class PageCache(DataStatus status, Microsoft.Extensions.Options.IOptions<Hosting.DashboardOptions> options, ILogger<PageCache> logger)
{
    /// <summary>More entries than the site has pages in every setting and encoding; never reached by design.</summary>
    public const int MaxEntries = 4096;

    private const int MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly string[] UnstoredHeaders =
        ["Date", "Server", "Content-Length", "Transfer-Encoding", "Content-Encoding", "ETag", "Age", "Vary", "Cache-Control", "Set-Cookie"];

    private static readonly string[] CompressibleTypes =
        ["text/", "application/json", "application/problem+json", "application/javascript", "image/svg+xml", "application/xml"];

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly bool _enabled = options.Value.PageCache;
    private readonly Lock _versionLock = new();
    private string? _version;
    private bool _capLogged;
    private int _queryEntries;

    public int Count => _entries.Count;

    /// <summary>At most this many entries of endpoints keyed by a query parameter (a reader's own selection).</summary>
    public const int MaxQueryEntries = 128;

    /// <summary>
    /// Marks an endpoint whose responses may be stored; <see cref="Status"/> is the one status stored. An endpoint
    /// that reads one query parameter (<see cref="QueryParameter"/>: the selection download's chart list) is keyed
    /// by its value too, lower-cased and limited to what a chart list can hold, and such entries have a small cap
    /// of their own. An endpoint that reads several (<see cref="ExactQuery"/>: oEmbed) is keyed by their exact
    /// values, escaped, under the same cap: it answers 200 only for values it validated, and only 200 is stored.
    /// </summary>
    public sealed record Cacheable(int Status = StatusCodes.Status200OK, bool PerReaderOnly = false, string? QueryParameter = null, IReadOnlyList<string>? ExactQuery = null, bool Compressible = true)
    {
        public static readonly Cacheable Page = new();

        /// <summary>A PNG: already compressed, so stored once whatever the reader's Accept-Encoding.</summary>
        public static readonly Cacheable Image = new(Compressible: false);

        /// <summary>The reader's own selection as a PowerPoint file: keyed by its chart list.</summary>
        public static readonly Cacheable Selection = new(QueryParameter: "charts");

        /// <summary>The not-found page: one per language and currency, whatever the unknown address was.</summary>
        public static readonly Cacheable NotFound = new(StatusCodes.Status404NotFound, PerReaderOnly: true);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<Cacheable>();
        if (!_enabled || rule is null || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        var version = status.ContentHash ?? "";
        DropOtherVersions(version);
        var encoding = rule.Compressible ? ContentCoding.Negotiate(context.Request.Headers.AcceptEncoding) : ContentCoding.Identity;
        var key = $"{KeyOf(context, rule)}|{encoding}|{version}";
        if (_entries.TryGetValue(key, out var stored))
        {
            await WriteAsync(context, stored, hit: true);
            return;
        }

        var response = context.Response;
        // Headers set before the endpoint ran belong to this request (HSTS on HTTPS, say), not to the page.
        var requestHeaders = response.Headers.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == rule.Status && !response.Headers.ContainsKey("Set-Cookie") && buffer.Length <= MaxBodyBytes && !response.HasStarted)
        {
            var entry = Entry.Create(response, requestHeaders, buffer.ToArray(), encoding, options.Value.HttpCaching.For(HttpCachingOptions.KindOf(rule, context)).CacheControl);
            Store(key, entry, version, rule);
            await WriteAsync(context, entry, hit: false);
            return;
        }

        // Not stored: passed on as it is. An empty 404 goes back to the status-code page, which renders it.
        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    /// <summary>The route, not the address: literal segments in another case are the same page.</summary>
    private static string KeyOf(HttpContext context, Cacheable rule)
    {
        if (rule.PerReaderOnly)
        {
            var reader = context.RequestServices.GetRequiredService<ReaderSettings>();
            return $"not-found|{reader.Language}|{reader.Currency}";
        }

        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        var values = context.Request.RouteValues.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}");
        var query = rule.QueryParameter is { } name ? $"|{name}={new string(context.Request.Query[name].ToString().ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ',').Take(512).ToArray())}" : "";
        if (rule.ExactQuery is { } names)
        {
            // A parameter left out ("|name") is not one given empty ("|name="): /oembed answers 200 to the one and 400 to the other.
            query += string.Concat(names.Select(n => context.Request.Query.ContainsKey(n)
                ? $"|{n}={string.Join(',', context.Request.Query[n].Select(v => Uri.EscapeDataString(v ?? "")))}"
                : $"|{n}"));
        }

        return $"{pattern}|{string.Join('&', values)}{query}";
    }

    private void Store(string key, Entry entry, string version, Cacheable rule)
    {
        // A render that began before a seed must not be kept under the new version.
        if (version != (status.ContentHash ?? ""))
        {
            return;
        }

        if ((rule.QueryParameter is not null || rule.ExactQuery is not null) && !_entries.ContainsKey(key) && Interlocked.Increment(ref _queryEntries) > MaxQueryEntries)
        {
            Interlocked.Decrement(ref _queryEntries);
            return;
        }

        if (_entries.Count >= MaxEntries && !_entries.ContainsKey(key))
        {
            if (!_capLogged)
            {
                _capLogged = true;
                logger.LogWarning("The page cache holds {EntryCount} entries, its cap; further pages are served uncached", _entries.Count);
            }

            return;
        }

        _entries[key] = entry;
    }

    private void DropOtherVersions(string version)
    {
        if (_version == version)
        {
            return;
        }

        lock (_versionLock)
        {
            if (_version != version)
            {
                var dropped = _entries.Count;
                Forget();
                if (_version is not null)
                {
                    logger.LogInformation("Data version {ContentHash}: dropped {EntryCount} cached responses", version, dropped);
                }

                _version = version;
            }
        }
    }

    /// <summary>
    /// Forgets every stored response. Unlike a new data version it does not refuse a render already running, which
    /// may still store its answer afterwards: call it only while no request is running. The integration tests whose
    /// first request must be a miss share one app per class this way (tests of a class run one at a time).
    /// </summary>
    internal void Clear()
    {
        lock (_versionLock)
        {
            Forget();
        }
    }

    private void Forget()
    {
        _entries.Clear();
        _capLogged = false;
        _queryEntries = 0;
    }

    /// <summary>Says whether the app's own store answered (hit) or the page was rendered (miss), for tests and benchmarks.</summary>
    public const string StatusHeader = "X-Page-Cache";

    private async Task WriteAsync(HttpContext context, Entry entry, bool hit)
    {
        var response = context.Response;
        response.StatusCode = entry.Status;
        foreach (var (name, value) in entry.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers.Vary = "Accept-Encoding";
        response.Headers.CacheControl = entry.CacheControl;
        response.Headers.ETag = entry.ETag;
        if (entry.Encoding is not null)
        {
            response.Headers.ContentEncoding = entry.Encoding;
        }

        response.Headers[StatusHeader] = hit ? "hit" : "miss";

        if (entry.Status == StatusCodes.Status200OK && IfNoneMatch(context.Request, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            response.Headers.ContentDisposition = default;
            return;
        }

        response.ContentLength = entry.Body.Length;
        try
        {
            await response.Body.WriteAsync(entry.Body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The reader went away mid-answer (a closed tab, a load tester stopping): nothing is wrong here, and
            // nothing is left to send. Rethrown, it was logged as an error with a stack trace, "responded 500".
            logger.LogInformation("The reader went away before the answer to {Path} was sent", context.Request.Path.Value);
        }
    }

    /// <summary>If-None-Match uses the weak comparison: W/"x" matches "x".</summary>
    private static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Select(tag => tag.Trim()).Any(tag => tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == etag));

    private sealed record Entry(int Status, KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>[] Headers, byte[] Body, string? Encoding, string ETag, string CacheControl)
    {
        public static Entry Create(HttpResponse response, HashSet<string> requestHeaders, byte[] body, string encoding, string cacheControl)
        {
            var headers = response.Headers
                .Where(h => !requestHeaders.Contains(h.Key) && !UnstoredHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
                .ToArray();
            var hash = Convert.ToHexStringLower(SHA256.HashData(body))[..20];
            var compress = encoding != ContentCoding.Identity && body.Length >= 256
                && CompressibleTypes.Any(t => (response.ContentType ?? "").StartsWith(t, StringComparison.OrdinalIgnoreCase));
            return compress
                ? new Entry(response.StatusCode, headers, ContentCoding.Compress(body, encoding), encoding, $"\"{hash}-{encoding}\"", cacheControl)
                : new Entry(response.StatusCode, headers, body, null, $"\"{hash}\"", cacheControl);
        }
    }
}
