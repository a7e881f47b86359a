using System.Net;
using System.Xml.Linq;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>The sitemap names every page a reader can reach from the dashboards, absolute, with its language alternates; robots.txt names the sitemap.</summary>
public sealed class SitemapTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Origin = "http://localhost";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient _client = shared.App.CreateClient();

    /// <summary>
    /// The pages a reader can reach from the dashboards by following links, directly or through the pages they link
    /// to (chart pages lead to figure pages, the presentation to its decks): all of them are listed. Followed from
    /// the Korean dashboard in won and the English one in dollars (every setting has the same links; all four would
    /// double the time). Downloads are files, not pages; embed pages are not followed. A page reached that stands for
    /// another (noindex: a reader's selection, a deck's presenter view reached from the deck's presenter button) is not
    /// listed, and its canonical page is.
    /// </summary>
    [Fact]
    public async Task The_sitemap_lists_every_page_the_dashboards_link_to()
    {
        var listed = (await SitemapAsync()).Descendants(Sitemap + "loc").Select(l => l.Value).ToHashSet();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var unlisted = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] settings = ["ko/KRW", "en/USD"];
        var queue = new Queue<string>(settings.Select(s => $"/{s}/"));
        while (queue.TryDequeue(out var path))
        {
            if (!reached.Add(path))
            {
                continue;
            }

            var page = await HtmlPage.GetAsync(_client, path);
            if (page.QuerySelector("meta[name='robots']")?.GetAttribute("content") == "noindex")
            {
                unlisted[path] = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
            }

            // A deck opens its presenter view from a button (P), whose address the deck carries.
            var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("[data-presenter-url]").Select(e => e.GetAttribute("data-presenter-url")!));
            foreach (var href in links)
            {
                var target = href.Split('#')[0].Split('?')[0];
                if (target.StartsWith('/') && ReaderUrls.TryParse(target, out var language, out var currency, out var pagePath)
                    && settings.Contains($"{language}/{currency}") && !pagePath.StartsWith("/exports/", StringComparison.Ordinal) && !pagePath.StartsWith("/embed/", StringComparison.Ordinal)
                    && !reached.Contains(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        // Each kind of page was reached in both settings: charts, figures, the lists, the decks.
        foreach (var kind in new[] { "/charts/", "/figures/", "/figures", "/background", "/since", "/present/", "/present" })
        {
            Assert.True(reached.Count(p => p.EndsWith(kind, StringComparison.Ordinal) || (kind.EndsWith('/') && p.Contains(kind, StringComparison.Ordinal))) >= 2, $"no {kind} pages reached: {string.Join(", ", reached.Order())}");
        }

        Assert.Empty(reached.Where(p => !unlisted.ContainsKey(p)).Select(p => Origin + p).Except(listed).Order());
        Assert.True(unlisted.Keys.Count(p => p.EndsWith("/presenter", StringComparison.Ordinal)) >= 2, $"no presenter view reached: {string.Join(", ", reached.Order())}");
        Assert.Empty(unlisted.Keys.Select(p => Origin + p).Intersect(listed));
        Assert.Empty(unlisted.Values.Except(listed));
    }

    [Fact]
    public async Task Every_listed_page_is_absolute_answers_200_and_names_its_alternates_as_its_head_does()
    {
        var sitemap = await SitemapAsync();
        var urls = sitemap.Descendants(Sitemap + "url").ToList();

        Assert.NotEmpty(urls);
        Assert.DoesNotContain(urls, u => u.Element(Sitemap + "loc")!.Value.Contains("/embed/", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Element(Sitemap + "loc")!.Value.EndsWith("/presenter", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var loc = url.Element(Sitemap + "loc")!.Value;
            Assert.StartsWith(Origin + "/", loc, StringComparison.Ordinal);
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);
            Assert.Equal(["en", "ko", "x-default"], alternates.Keys.Order());
            Assert.Contains(loc, alternates.Values);
            Assert.Equal(alternates["ko"], alternates["x-default"]);
        }

        // Every page answers; one in every twelve also says the same alternates in its head (all would take long).
        foreach (var (url, index) in urls.Select((u, i) => (u, i)))
        {
            var loc = url.Element(Sitemap + "loc")!.Value;
            var response = await _client.GetAsync(loc);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc} answers {(int)response.StatusCode}");
            if (index % 12 == 0)
            {
                var page = await HtmlPage.GetAsync(_client, loc);
                foreach (var link in url.Elements(Xhtml + "link"))
                {
                    Assert.Equal((string)link.Attribute("href")!, page.QuerySelector($"link[rel='alternate'][hreflang='{(string)link.Attribute("hreflang")!}']")?.GetAttribute("href"));
                }
            }
        }
    }

    [Fact]
    public async Task Robots_txt_allows_crawling_and_points_to_the_absolute_sitemap()
    {
        var response = await _client.GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", text);
        Assert.DoesNotContain("Disallow: /\n", text);
        Assert.Contains($"Sitemap: {Origin}/sitemap.xml", text.Split('\n'));
    }

    private async Task<XDocument> SitemapAsync()
    {
        var response = await _client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
