using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Features.Exports;

/// <summary>
/// Writes the whole site as static files (`export-site DIR`): every page in both languages and both
/// currencies, chart, figure and embed pages, the decks, the data downloads, the API's JSON and every asset
/// the pages use, with relative links, so the folder can be served by any static host or CDN, or opened
/// from disk. It asks the running app for each page, as a reader's browser would.
/// </summary>
/// <param name="origin">The origin of the site's absolute links. Configured (<c>Dashboard:PublicOrigin</c>): the copy
/// keeps them, naming each page by its folder (<c>…/charts/annual-pace/</c>, what a static host answers without a
/// redirect). Not configured, it is the exporting server's own loopback address: links that name it (canonical,
/// previews, citations) become site-absolute, then relative like every other link.</param>
public sealed partial class SiteExporter(HttpClient http, string root, ILogger logger, PublicOrigin origin)
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly string? _localOrigin = origin.IsConfigured ? null : origin.Value;

    [GeneratedRegex("""(?<attr>\s(?:href|src|data-[a-z-]+-url))="(?<url>/[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LocalUrl();

    public async Task<int> ExportAsync(DashboardCatalog catalog, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(root);
        var pages = Sharing.SitePages.All(catalog);

        foreach (var language in ReaderUrls.Languages)
        {
            foreach (var currency in ReaderUrls.Currencies)
            {
                // Downloads first: the dashboard page carries two of them for "Download all" from disk.
                foreach (var download in new[] { "/exports/figures.csv", "/exports/figures.json", "/exports/events.csv", "/exports/events.json", "/exports/sources.md" }
                             .Concat(catalog.Charts.SelectMany(c => new[] { $"/exports/charts/{c.Key}.csv", $"/exports/charts/{c.Key}.json", $"/exports/charts/{c.Key}.pptx" }))
                    .Concat(catalog.Decks.Select(d => $"/exports/decks/{d.Key}.pptx"))
                    .Append("/exports/decks/selection.pptx"))
                {
                    var url = ReaderUrls.Page(language, currency, download);
                    await CopyAsync(url, FileFor(url), cancellationToken);
                }

                // The chart images, as files at their addresses (what previews and other sites link to).
                foreach (var image in PreviewImageUrls.All(language, currency, catalog.Charts.Select(c => c.Key)))
                {
                    await CopyAsync(image, FileFor(image), cancellationToken);
                }

                foreach (var page in pages)
                {
                    await ExportPageAsync(ReaderUrls.Page(language, currency, page), cancellationToken);
                }
            }
        }

        // The host script the embed code names by its stable (not fingerprinted) address, for sites that embed
        // the copy's charts; no page of the copy links to it.
        await CopyAsync(Sharing.EmbedCode.HostScriptPath, Sharing.EmbedCode.HostScriptPath.TrimStart('/'), cancellationToken);
        await ExportSitemapAsync(cancellationToken);
        await CopyAsync("/api/figures", "api/figures.json", cancellationToken);
        await CopyAsync("/api/sources", "api/sources.json", cancellationToken);
        await CopyAsync("/api/events", "api/events.json", cancellationToken);
        foreach (var figure in catalog.Figures)
        {
            await CopyAsync($"/api/figures/{figure.Key}", $"api/figures/{figure.Key}.json", cancellationToken);
        }

        // The site's front door: the Korean dashboard in won, the default reading (the live site's "/" picks the
        // reader's language; a static host cannot).
        await WriteAsync("index.html", Encoding.UTF8.GetBytes(
            """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=ko/KRW/index.html"><title>AWS 한국 투자 대시보드</title></head><body><a href="ko/KRW/index.html">AWS 한국 투자 대시보드</a> · <a href="en/KRW/index.html">AWS Korea Investment Dashboard</a></body></html>"""));
        logger.LogInformation("Exported {FileCount} files to {Directory}", _written.Count, root);
        return _written.Count;
    }

    /// <summary>
    /// The file an address of the live site becomes: the same path, so that the copy has the live site's
    /// layout (<c>/en/USD/charts/annual-pace</c> → <c>en/USD/charts/annual-pace/index.html</c>; downloads keep
    /// their names: <c>/ko/KRW/exports/charts/annual-pace.csv</c>, and so do the chart images:
    /// <c>/ko/KRW/charts/annual-pace.png</c>).
    /// </summary>
    private static string FileFor(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.Contains("/exports/", StringComparison.Ordinal) || trimmed.EndsWith(".png", StringComparison.Ordinal))
        {
            return trimmed;
        }

        return trimmed.Length == 0 ? "index.html" : $"{trimmed}/index.html";
    }

    /// <summary>
    /// <c>sitemap.xml</c> and <c>robots.txt</c> for the copy: the live site's, with each page named by its folder.
    /// With a public origin they are absolute on it, as search engines need. Without one the copy cannot know where
    /// it will be served (any host, any folder, or a disk), so the sitemap's addresses are relative to the copy's
    /// root, like every link in it, and robots.txt names no sitemap (a crawler needs its absolute URL); the export
    /// says so in its log.
    /// </summary>
    internal async Task ExportSitemapAsync(CancellationToken cancellationToken = default)
    {
        var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml", cancellationToken));
        foreach (var loc in sitemap.Descendants().Where(e => e.Name.LocalName == "loc"))
        {
            loc.Value = StaticPageUrl(loc.Value);
        }

        foreach (var href in sitemap.Descendants().Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("href")).OfType<XAttribute>())
        {
            href.Value = StaticPageUrl(href.Value);
        }

        using (var stream = new MemoryStream())
        {
            sitemap.Save(stream);
            await WriteAsync("sitemap.xml", stream.ToArray());
        }

        var robots = await http.GetStringAsync("/robots.txt", cancellationToken);
        if (_localOrigin is not null)
        {
            robots = string.Join('\n', robots.Split('\n').Select(line => line.StartsWith("Sitemap:", StringComparison.Ordinal)
                ? "# Sitemap: export with Dashboard:PublicOrigin set to name the sitemap here (crawlers need its absolute URL)"
                : line));
            logger.LogWarning("Dashboard:PublicOrigin is not set: the copy's sitemap.xml names its pages relative to the copy's root, which search engines do not accept, robots.txt names no sitemap, and citations name pages by their path alone. Export with Dashboard:PublicOrigin set to the address the copy will be served at");
        }

        await WriteAsync("robots.txt", Encoding.UTF8.GetBytes(robots));
    }

    /// <summary>A page's address in the copy: its folder (<c>/ko/KRW/charts/annual-pace/</c>); without a public origin, relative to the copy's root.</summary>
    private string StaticPageUrl(string url)
    {
        if (_localOrigin is not null && url.StartsWith(_localOrigin + "/", StringComparison.Ordinal))
        {
            return PageFolder(url[_localOrigin.Length..]).TrimStart('/');
        }

        return url.StartsWith(origin.Value + "/", StringComparison.Ordinal) ? origin.Value + PageFolder(url[origin.Value.Length..]) : url;
    }

    /// <summary>A reader page's path as its folder, with the trailing slash (files, downloads and other paths as they are).</summary>
    private static string PageFolder(string path) =>
        ReaderUrls.TryParse(path, out _, out _, out var page) && !path.EndsWith('/')
            && !page.StartsWith("/exports/", StringComparison.Ordinal) && !page[page.LastIndexOf('/')..].Contains('.', StringComparison.Ordinal)
            ? path + "/"
            : path;

    /// <summary>
    /// The site's own absolute addresses in a page or a text download (canonical, hreflang, previews, and the
    /// citations in pages, CSV, JSON and sources.md). With a public origin: its pages by their folders, as
    /// sitemap.xml names them. Without one: the exporting server's loopback address would be dead wherever the copy
    /// goes, so they become site-absolute paths (in pages, then relative like every other link).
    /// </summary>
    private string RewriteOrigin(string text) =>
        _localOrigin is not null
            ? text.Replace(_localOrigin + "/", "/", StringComparison.Ordinal)
            : OriginPath().Replace(text, m => m.Groups["origin"].Value == origin.Value ? origin.Value + PageFolder(m.Groups["path"].Value) : m.Value);

    [GeneratedRegex("""(?<origin>https?://[A-Za-z0-9.\-]+(?::[0-9]+)?)(?<path>/(?:[A-Za-z0-9\-._~/%]*[A-Za-z0-9\-_~/%])?)""")]
    private static partial Regex OriginPath();

    /// <summary>Downloads whose text names the site's addresses (citations, the sources file, the API's JSON).</summary>
    private static bool IsText(string target) =>
        Path.GetExtension(target) is ".csv" or ".json" or ".md" or ".txt" or ".xml";

    internal async Task ExportPageAsync(string page, CancellationToken cancellationToken = default)
    {
        var target = FileFor(page);
        var html = await http.GetStringAsync(page, cancellationToken);
        // A static host answers no oEmbed requests: the copy does not offer it.
        html = RewriteOrigin(OEmbedLink().Replace(html, ""));

        var rewritten = new StringBuilder();
        var last = 0;
        foreach (Match match in LocalUrl().Matches(html))
        {
            rewritten.Append(html, last, match.Index - last);
            var local = await LocalTargetAsync(match.Groups["url"].Value.Replace("&amp;", "&"), cancellationToken);
            rewritten.Append(match.Groups["attr"].Value).Append("=\"").Append(Relative(target, local)).Append('"');
            last = match.Index + match.Length;
        }

        rewritten.Append(html, last, html.Length - last);
        await WriteAsync(target, Encoding.UTF8.GetBytes(InlineFiles(rewritten.ToString(), target)));
    }

    [GeneratedRegex("""[ \t]*<link rel="alternate" type="application/json\+oembed"[^>]*>\r?\n?""")]
    private static partial Regex OEmbedLink();

    [GeneratedRegex("""data-(?:figures-csv|events-csv|events-json|sources)-url="(?<url>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ZipInput();

    [GeneratedRegex("""<a\s[^>]*\bdata-inline-download\b[^>]*>""")]
    private static partial Regex InlineDownloadLink();

    [GeneratedRegex("""\shref="(?<url>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Href();

    /// <summary>
    /// A page opened from disk may not fetch, and a browser shows a JSON file it opens from disk instead of
    /// downloading it (it ignores the download attribute on file:// links). So the static copy carries, as JSON
    /// strings in the page (data, never run), the files "Download all" zips (the data CSV, the events CSV and JSON, the sources)
    /// and the file of every link marked data-inline-download (a chart's JSON); export.js prefers them and
    /// saves the JSON as a file.
    /// </summary>
    private string InlineFiles(string html, string page)
    {
        var urls = ZipInput().Matches(html).Select(m => m.Groups["url"].Value)
            .Concat(InlineDownloadLink().Matches(html).Select(link => Href().Match(link.Value)).Where(m => m.Success).Select(m => m.Groups["url"].Value))
            .Distinct(StringComparer.Ordinal);
        var blocks = new StringBuilder();
        foreach (var url in urls)
        {
            var file = Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(page) ?? "", url));
            if (File.Exists(file))
            {
                var content = System.Text.Json.JsonSerializer.Serialize(File.ReadAllText(file, Encoding.UTF8), JsonEncoding.Web);
                blocks.Append($"<script type=\"application/json\" data-inline-file=\"{url}\">{content}</script>\n");
            }
        }

        return blocks.Length == 0 ? html : html.Replace("</body>", blocks + "</body>", StringComparison.Ordinal);
    }

    /// <summary>The file a site-absolute address becomes in the export; assets are copied on first sight.</summary>
    private async Task<string> LocalTargetAsync(string url, CancellationToken cancellationToken)
    {
        var fragment = url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";
        var withoutFragment = fragment.Length > 0 ? url[..^fragment.Length] : url;
        var queryStart = withoutFragment.IndexOf('?');
        var path = queryStart >= 0 ? withoutFragment[..queryStart] : withoutFragment;
        var query = queryStart >= 0 ? withoutFragment[queryStart..] : "";

        if (StaticAssets.IsStaticAsset(path))
        {
            await CopyAsync(path, path.TrimStart('/'), cancellationToken);
            return path.TrimStart('/');
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return path.TrimStart('/') + ".json";
        }

        // Query parameters that only scripts read (?charts=, ?view=) stay on the link.
        return FileFor(path) + query + fragment;
    }

    private static string Relative(string fromFile, string toFile)
    {
        var fromDirectory = Path.GetDirectoryName(fromFile) ?? "";
        // What follows the file (a query that scripts read, a fragment) stays as it is.
        var suffix = toFile.IndexOfAny(['?', '#']) is var at and >= 0 ? toFile[at..] : "";
        var file = suffix.Length > 0 ? toFile[..^suffix.Length] : toFile;
        var relative = Path.GetRelativePath(string.IsNullOrEmpty(fromDirectory) ? "." : fromDirectory, file).Replace('\\', '/');
        return relative + suffix;
    }

    private async Task CopyAsync(string url, string target, CancellationToken cancellationToken)
    {
        if (_written.Contains(target))
        {
            return;
        }

        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} while exporting the site");
        }

        await WriteAsync(target, IsText(target)
            ? Encoding.UTF8.GetBytes(RewriteOrigin(await response.Content.ReadAsStringAsync(cancellationToken)))
            : await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    private async Task WriteAsync(string target, byte[] content)
    {
        var path = Path.Combine(root, target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content);
        _written.Add(target);
    }
}
