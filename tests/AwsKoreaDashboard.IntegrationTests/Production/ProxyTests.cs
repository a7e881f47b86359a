using System.Net;
using AngleSharp;
using AwsKoreaDashboard.IntegrationTests.Tooling;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// The site behind a real caching proxy: Debian's nginx with deploy/nginx.conf in front of two instances on
/// loopback, each with its own SQLite file seeded from the same data/ (docs/deployment.md).
/// </summary>
[StartsEarly(41)]
public sealed class ProxyTests
{
    /// <summary>Statuses of a response nginx answered from its own cache.</summary>
    private static readonly string[] FromCache = ["HIT", "STALE", "UPDATING"];

    [Fact]
    public async Task Behind_the_proxy_readers_get_cached_pages_in_their_own_language_and_currency_and_a_404_stays_a_404()
    {
        using var site = new ProxiedSite();
        var links = await SiteLinks.OfDashboardsAsync(site.Instances[0].Client);
        Assert.True(links.Count > 100, $"only {links.Count} links found");

        // Warm-up: every link once, through the proxy.
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await site.Proxy.GetAsync(link)).StatusCode);
        }

        // The mix again: answered by the proxy, and each page in the language and currency of its address.
        var fromCache = 0;
        var misses = new List<string>();
        foreach (var link in links)
        {
            var response = await site.Proxy.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (FromCache.Contains(ProxyStatus(response)))
            {
                fromCache++;
            }
            else
            {
                misses.Add($"{link} {ProxyStatus(response)}");
            }

            await AssertReaderSettingsMatchAsync(link, response);
        }

        Assert.True(fromCache >= links.Count * 0.95, $"{fromCache} of {links.Count} answered from the proxy's cache; not: {string.Join(", ", misses)}");

        foreach (var url in new[] { "/no-such-page", "/ko/KRW/charts/no-such-chart", "/no-such-page", "/en/USD/figures/no-such-figure" })
        {
            var response = await site.Proxy.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            // The app keeps one not-found page per language (CanonicalUrlTests): its language is the address's.
            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));
            Assert.Equal(url.StartsWith("/en/", StringComparison.Ordinal) ? "en" : "ko", page.DocumentElement.GetAttribute("lang"));
        }

        Assert.Equal(HttpStatusCode.OK, (await site.Proxy.GetAsync("/ko/KRW/")).StatusCode);
    }

    [Fact]
    public async Task Behind_the_proxy_the_front_door_sends_each_reader_to_their_own_language_and_the_encoding_is_the_apps_choice()
    {
        using var site = new ProxiedSite();
        await AssertTheProxyChoosesTheAppsEncodingAsync(site);
        var readers = new (string AcceptLanguage, string? Cookie, string Expected)[]
        {
            ("ko-KR,ko;q=0.9", null, "/ko/KRW/"),
            ("en-US,en;q=0.9", null, "/en/KRW/"),
            ("ko-KR,ko;q=0.9", "dashboard-language=en; dashboard-currency=USD", "/en/USD/"),
            ("en-US,en;q=0.9", "dashboard-language=ko", "/ko/KRW/"),
        };

        // Round after round, so a proxy that kept one reader's answer would hand it to the next.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (acceptLanguage, cookie, expected) in readers)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/");
                request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
                if (cookie is not null)
                {
                    request.Headers.Add("Cookie", cookie);
                }

                var response = await site.Proxy.SendAsync(request);

                Assert.Equal(HttpStatusCode.Found, response.StatusCode);
                Assert.Equal(expected, response.Headers.Location?.OriginalString);
                Assert.DoesNotContain(ProxyStatus(response), FromCache);
            }
        }
    }

    [Fact]
    public async Task A_reseed_of_both_instances_reaches_the_first_reader_after_a_quiet_spell_as_long_as_the_bound_and_a_stopped_instance_shows_no_error()
    {
        // Short lifetimes (s-maxage 1 s, stale-while-revalidate 2 s: a bound of 4 s), and nobody reads between the
        // seed and the check: the first reader after it gets the new data. A proxy that serves a stale copy of any
        // age to the first reader after a quiet spell (nginx's proxy_cache_use_stale updating) hands over the old one.
        using var site = new ProxiedSite(sharedMaxAge: 1, staleWhileRevalidate: 2);
        const string NewTitle = "프록시 너머로 보이는 새 제목";
        var pages = SiteLinks.Dashboards.Concat(["/ko/KRW/charts/annual-pace", "/api/figures", "/ko/KRW/exports/figures.csv"]).ToArray();
        foreach (var page in pages)
        {
            await site.Proxy.GetAsync(page);
        }

        Assert.DoesNotContain(NewTitle, await site.Proxy.GetStringAsync("/ko/KRW/charts/annual-pace"));

        await site.ReseedWithTitleAsync(NewTitle);
        await Task.Delay(site.SeedReachesReadersWithin + TimeSpan.FromSeconds(1));

        foreach (var page in new[] { "/ko/KRW/charts/annual-pace", "/ko/KRW/" })
        {
            var first = await site.Proxy.GetAsync(page);
            Assert.True((await first.Content.ReadAsStringAsync()).Contains(NewTitle, StringComparison.Ordinal),
                $"{site.SeedReachesReadersWithin.TotalSeconds} s after the seed, the first reader of {page} got the old page ({ProxyStatus(first)})");
        }

        // One instance stops: every request, cached or not (an unknown parameter makes a new key), still answers.
        site.Instances[1].App.Dispose();
        for (var i = 0; i < 6; i++)
        {
            foreach (var page in pages)
            {
                var response = await site.Proxy.GetAsync($"{page}?after-stop={i}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode} with one instance stopped");
            }
        }
    }

    [Fact]
    public async Task Two_instances_seeded_from_the_same_data_give_every_response_the_same_etag()
    {
        using var site = new ProxiedSite();
        var links = await SiteLinks.OfDashboardsAsync(site.Instances[0].Client);
        var differing = new List<string>();
        foreach (var link in links)
        {
            var tags = new List<string?>();
            foreach (var instance in site.Instances)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, link);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
                tags.Add((await instance.Client.SendAsync(request)).Headers.ETag?.Tag);
            }

            if (tags[0] is null || tags[0] != tags[1])
            {
                differing.Add($"{link}: {tags[0]} / {tags[1]}");
            }
        }

        Assert.True(differing.Count == 0, $"ETags differ between instances: {string.Join(", ", differing)}");
    }

    /// <summary>The encoding the proxy chooses is the app's (ContentCoding.Negotiate), whatever a reader sends.</summary>
    private static async Task AssertTheProxyChoosesTheAppsEncodingAsync(ProxiedSite site)
    {
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None });
        string[] spellings =
        [
            "", "gzip", "br", "gzip, br", "gzip, br;q=0", "br;q=0", "br; q=0.0", "br;q=0.5", "*", "br;q=0, *",
            "gzip;q=0, *;q=0.1", "identity", "gzip;q=0.000, br;q=0", "*;q=0", "deflate, gzip;q=1.0, *;q=0.5", "BR", "x-br, gzip", "gzip;q=0;x=1, br;q=0",
        ];
        var differing = new List<string>();
        foreach (var spelling in spellings)
        {
            var codings = new List<string>();
            foreach (var origin in new[] { site.Instances[0].Client.BaseAddress!, site.Proxy.BaseAddress! })
            {
                var request = new HttpRequestMessage(HttpMethod.Get, new Uri(origin, "/ko/KRW/"));
                request.Headers.TryAddWithoutValidation("Accept-Encoding", spelling);
                codings.Add(string.Join(",", (await plain.SendAsync(request)).Content.Headers.ContentEncoding));
            }

            if (codings[0] != codings[1])
            {
                differing.Add($"[{spelling}]: the app chose '{codings[0]}', the proxy '{codings[1]}'");
            }
        }

        Assert.True(differing.Count == 0, string.Join("; ", differing));
    }

    private static string ProxyStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : "(none)";

    /// <summary>The page's language and currency are those of its address: html lang, canonical link, the switches.</summary>
    private static async Task AssertReaderSettingsMatchAsync(string link, HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }

        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        var segments = link.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var language = segments.Length > 0 && ReaderUrls.Languages.Contains(segments[0]) ? segments[0] : "ko";
        Assert.True(page.DocumentElement.GetAttribute("lang") == language, $"{link} came back with lang={page.DocumentElement.GetAttribute("lang")}");
        if (segments.Length > 1 && ReaderUrls.Currencies.Contains(segments[1]))
        {
            var prefix = $"/{language}/{segments[1]}/";
            var canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
            Assert.True(canonical is null || new Uri(canonical).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal), $"{link} came back with canonical {canonical}");
            Assert.All(page.QuerySelectorAll("[data-reader-currency][aria-current='true']"), e => Assert.Equal(segments[1], e.GetAttribute("data-reader-currency")));
        }
    }

    /// <summary>Two instances, each on its own port, SQLite file and copy of data/, and nginx in front.</summary>
    private sealed class ProxiedSite : IDisposable
    {
        /// <param name="sharedMaxAge">s-maxage of every kind of response, in seconds.</param>
        /// <param name="staleWhileRevalidate">stale-while-revalidate of every kind, in seconds.</param>
        public ProxiedSite(int sharedMaxAge = 3, int staleWhileRevalidate = 60)
        {
            Instances = [new Instance(sharedMaxAge, staleWhileRevalidate), new Instance(sharedMaxAge, staleWhileRevalidate)];
            Proxy = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All });
            _proxy = new CachingProxy(Instances.Select(i => i.Client.BaseAddress!));
            Proxy.BaseAddress = _proxy.Address;
            SeedReachesReadersWithin = Instances[0].App.Services.GetRequiredService<IOptions<AwsKoreaDashboard.Web.Hosting.DashboardOptions>>().Value.HttpCaching
                .SeedReachesReadersWithin(int.Parse(Instance.DataPollSeconds, System.Globalization.CultureInfo.InvariantCulture));
        }

        private readonly CachingProxy _proxy;

        public Instance[] Instances { get; }

        public HttpClient Proxy { get; }

        public TimeSpan SeedReachesReadersWithin { get; }

        /// <summary>Both instances re-seeded from a changed copy of data/ (annual-pace's Korean title), each through the app's own seed path.</summary>
        public async Task ReseedWithTitleAsync(string title)
        {
            foreach (var instance in Instances)
            {
                instance.App.Data.EditChart("annual-pace", chart => chart["title"]!["ko"] = title);
                await using var scope = instance.App.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(DataSetLoader.Load(instance.App.Data.Path).DataSet!);
            }
        }

        public void Dispose()
        {
            Proxy.Dispose();
            _proxy.Dispose();
            foreach (var instance in Instances)
            {
                instance.Dispose();
            }
        }
    }

    private sealed class Instance(int sharedMaxAge = 3, int staleWhileRevalidate = 60) : AppOnRealPort(Settings(sharedMaxAge, staleWhileRevalidate))
    {
        public const string DataPollSeconds = "1";

        public const string PublicOrigin = "https://dashboard.example";

        private static Dictionary<string, string?> Settings(int sharedMaxAge, int staleWhileRevalidate)
        {
            var settings = new Dictionary<string, string?>
            {
                // As a deployment runs: published assets (immutable), and short lifetimes so the test sees a seed soon.
                ["ReloadStaticAssetsAtRuntime"] = "false",
                ["Dashboard:DataPollSeconds"] = DataPollSeconds,
                // Every instance names the site by its public origin, as docs/deployment.md says: without it each
                // instance writes its own listening address into absolute links, and their pages and ETags differ.
                ["Dashboard:PublicOrigin"] = PublicOrigin,
            };
            foreach (var kind in new[] { "Pages", "Downloads", "Api", "NotFound" })
            {
                settings[$"Dashboard:HttpCaching:{kind}:SharedMaxAgeSeconds"] = sharedMaxAge.ToString(System.Globalization.CultureInfo.InvariantCulture);
                settings[$"Dashboard:HttpCaching:{kind}:StaleWhileRevalidateSeconds"] = staleWhileRevalidate.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return settings;
        }
    }
}
