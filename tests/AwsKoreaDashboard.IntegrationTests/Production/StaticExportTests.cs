using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AwsKoreaDashboard.IntegrationTests.Tooling;
using AwsKoreaDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>`export-site DIR`, run as the built app's own process, writes a site any static host can serve.</summary>
[StartsEarly(24)]
public sealed partial class StaticExportTests : IDisposable
{
    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("""(?:href|src|data-[a-z-]+-url)="(/[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SiteAbsoluteLink();

    [GeneratedRegex("""(?:href|src|data-[a-z-]+-url)="([^"\#:]+)(\#[^"]*)?" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RelativeLink();

    [Fact]
    public async Task Export_site_writes_every_page_in_both_languages_and_currencies_with_relative_links_that_resolve()
    {
        var data = new DataDirectoryCopy(_temp.Combine("data"));
        var site = _temp.Combine("site");
        var environment = AppProcess.Environment(data.Path, _temp.Combine("db", "dashboard.db"), _temp.Combine("logs"));

        var result = await AppProcess.RunAsync(_temp.Path, environment, "export-site", site);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        var charts = data.Read("charts.json")["charts"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
        var figures = data.Read("figures.json")["figures"]!.AsArray().Select(f => (string)f!["key"]!).ToList();
        foreach (var variant in new[] { "ko/KRW", "ko/USD", "en/KRW", "en/USD" })
        {
            Assert.True(File.Exists(Path.Combine(site, variant, "index.html")), variant);
            Assert.True(File.Exists(Path.Combine(site, variant, "background", "index.html")));
            Assert.True(File.Exists(Path.Combine(site, variant, "present", "index.html")));
            Assert.True(File.Exists(Path.Combine(site, variant, "present", "presenter", "index.html")));
            Assert.True(File.Exists(Path.Combine(site, variant, "exports", "figures.csv")));
            Assert.All(charts, key => Assert.True(File.Exists(Path.Combine(site, variant, "exports", "charts", $"{key}.json")), key));
            // The chart images are files at their addresses, the PNGs the live site draws: every chart as its card,
            // its thumbnail and its slide (docs/chart-images.md), and the since chart's card.
            var images = charts
                .SelectMany(key => new[] { (Name: $"charts/{key}.png", Size: (1200, 630)), (Name: $"charts/{key}.thumb.png", Size: (600, 315)), (Name: $"charts/{key}.slide.png", Size: (1920, 1080)) })
                .Append((Name: "since/chart.png", Size: (1200, 630)));
            Assert.All(images, image =>
            {
                var png = PngImage.Decode(File.ReadAllBytes(Path.Combine(site, variant, image.Name)));
                Assert.Equal(image.Size, (png.Width, png.Height));
            });
            Assert.True(File.Exists(Path.Combine(site, variant, "present", "selection", "index.html")));
            Assert.All(charts, key => Assert.True(File.Exists(Path.Combine(site, variant, "charts", key, "index.html")), key));
            Assert.All(charts, key => Assert.True(File.Exists(Path.Combine(site, variant, "embed", "charts", key, "index.html")), key));
            Assert.All(figures, key => Assert.True(File.Exists(Path.Combine(site, variant, "figures", key, "index.html")), key));
        }

        Assert.Equal(figures.Count, JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site, "api", "figures.json"))).RootElement.GetArrayLength());

        // The exporting server's loopback address is dead wherever the copy goes: no page, citation, data file or
        // sources file names it (they name pages by their path), and the embed code's host script is in the copy.
        var named = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".csv" or ".json" or ".md" or ".xml" or ".txt")
            .Where(f => File.ReadAllText(f).Contains("//127.0.0.1", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site, f)).ToList();
        Assert.True(named.Count == 0, $"{named.Count} files name the exporting server's address, e.g. {string.Join(", ", named.Take(5))}");
        Assert.Contains("/ko/KRW/charts/annual-pace", await File.ReadAllTextAsync(Path.Combine(site, "ko", "KRW", "exports", "charts", "annual-pace.csv")));
        Assert.Contains("awsKoreaDashboardEmbed", await File.ReadAllTextAsync(Path.Combine(site, "js", "embed.js")));
        Assert.Contains("약 7.85조 원", await File.ReadAllTextAsync(Path.Combine(site, "ko", "KRW", "index.html")));
        Assert.Contains("$5.88B", await File.ReadAllTextAsync(Path.Combine(site, "en", "USD", "index.html")));

        // sitemap.xml lists the copy's pages, each a folder of the copy; robots.txt allows everything. Without a
        // public origin the copy cannot know where it will be served: the addresses are relative to the site's folder
        // and robots.txt names no sitemap (docs/sharing.md).
        var sitemap = XDocument.Load(Path.Combine(site, "sitemap.xml"));
        var listed = sitemap.Descendants(SitemapNamespace + "loc").Select(l => l.Value).ToList();
        var alternates = sitemap.Descendants(XhtmlNamespace + "link").Select(l => (string)l.Attribute("href")!).ToList();
        Assert.All(listed.Concat(alternates), url =>
        {
            Assert.EndsWith("/", url, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site, url, "index.html")), $"the sitemap lists {url}, which is not in the export");
        });
        var pagesOfTheCopy = Directory.EnumerateFiles(site, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => p != "./" && !p.Contains("/embed/", StringComparison.Ordinal) && !p.EndsWith("/presenter/", StringComparison.Ordinal) && !p.EndsWith("/present/selection/", StringComparison.Ordinal));
        Assert.Equal(pagesOfTheCopy.Order(), listed.Order());
        var robots = await File.ReadAllTextAsync(Path.Combine(site, "robots.txt"));
        Assert.Contains("User-agent: *\nAllow: /\n", robots);
        Assert.DoesNotContain("\nSitemap:", robots);

        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(page);
            Assert.Empty(SiteAbsoluteLink().Matches(html));
            foreach (Match link in RelativeLink().Matches(html))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups[1].Value.Split('?')[0]));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(site, page)} links to {link.Groups[1].Value}, which is not in the export");
            }
        }

        // The live site and the copy have one layout: every link of these pages leads to the same place on both.
        using var live = new DashboardApp(data: new DataDirectoryCopy(_temp.Combine("live-data")));
        var client = live.CreateClient();
        foreach (var page in new[] { "/ko/KRW/", "/en/USD/charts/annual-pace", "/ko/USD/present/why-korea", "/en/KRW/figures", "/ko/KRW/figures/jobs-per-year" })
        {
            // The live site names its own origin in canonical and alternate links; the copy makes them relative.
            var liveTargets = SiteAbsoluteLink().Matches((await client.GetStringAsync(page)).Replace("http://localhost/", "/", StringComparison.Ordinal))
                .Select(m => Normalise(m.Groups[1].Value.TrimStart('/')))
                // A static host answers no oEmbed: the copy leaves that link out (docs/sharing.md).
                .Where(target => target != "oembed")
                .ToHashSet();
            var file = Path.Combine(site, page.Trim('/'), "index.html");
            var copyTargets = RelativeLink().Matches(await File.ReadAllTextAsync(file))
                .Select(m => Normalise(Path.GetRelativePath(site, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, m.Groups[1].Value))).Replace('\\', '/')))
                .ToHashSet();
            Assert.Equal(liveTargets.Order(), copyTargets.Order());
        }
    }

    [Fact]
    public async Task With_a_public_origin_the_copy_names_its_pages_there_by_their_folders_in_the_sitemap_robots_txt_and_their_heads()
    {
        const string Origin = "https://dashboard.example";
        using var app = new DashboardApp(data: new DataDirectoryCopy(_temp.Combine("data")));
        app.Settings["Dashboard:PublicOrigin"] = Origin;
        var site = _temp.Combine("site");
        var exporter = new SiteExporter(app.CreateClient(), site, NullLogger.Instance, app.Services.GetRequiredService<PublicOrigin>());

        await exporter.ExportSitemapAsync();
        await exporter.ExportPageAsync("/en/USD/charts/annual-pace");

        // A static host answers a page's folder (…/annual-pace/), and redirects the address without the slash.
        var sitemap = XDocument.Load(Path.Combine(site, "sitemap.xml"));
        var urls = sitemap.Descendants(SitemapNamespace + "loc").Select(l => l.Value)
            .Concat(sitemap.Descendants(XhtmlNamespace + "link").Select(l => (string)l.Attribute("href")!)).ToList();
        Assert.All(urls, url => Assert.Matches(@"^https://dashboard\.example/(ko|en)/(KRW|USD)/([a-z0-9/-]+/)?$", url));
        Assert.Contains($"{Origin}/en/USD/charts/annual-pace/", urls);
        Assert.Contains($"Sitemap: {Origin}/sitemap.xml", (await File.ReadAllTextAsync(Path.Combine(site, "robots.txt"))).Split('\n'));

        // The page's own head names the same addresses; its image stays a file.
        var html = await File.ReadAllTextAsync(Path.Combine(site, "en", "USD", "charts", "annual-pace", "index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Origin}/en/USD/charts/annual-pace/\"", html);
        Assert.Contains($"hreflang=\"ko\" href=\"{Origin}/ko/USD/charts/annual-pace/\"", html);
        Assert.Contains($"property=\"og:url\" content=\"{Origin}/en/USD/charts/annual-pace/\"", html);
        Assert.Contains($"property=\"og:image\" content=\"{Origin}/en/USD/charts/annual-pace.png\"", html);

        // The citations and the embed code name the same folders as the canonical.
        Assert.Contains($"UR  - {Origin}/en/USD/charts/annual-pace/&#xA;", html);
        Assert.Contains($"\\url{{{Origin}/en/USD/charts/annual-pace/}}", html);
        Assert.Contains($"{Origin}/en/USD/charts/annual-pace/.", html);
        Assert.Contains($"{Origin}/en/USD/embed/charts/annual-pace/&quot;", html);
        Assert.DoesNotMatch(System.Text.RegularExpressions.Regex.Escape($"{Origin}/en/USD/") + "(embed/)?charts/annual-pace(?!/|\\.[a-z])", html);
    }

    /// <summary>An address as a place in the layout: a page's folder (no index.html), the API without its .json.</summary>
    private static string Normalise(string target)
    {
        var path = target.Replace("&amp;", "&").Split('#')[0].Split('?')[0];
        path = path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        path = path.StartsWith("api/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal) ? path[..^".json".Length] : path;
        return path.TrimEnd('/');
    }
}
