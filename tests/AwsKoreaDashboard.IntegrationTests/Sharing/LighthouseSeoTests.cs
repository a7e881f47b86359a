using System.Text.Json;
using AwsKoreaDashboard.IntegrationTests.Tooling;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>
/// Issue 17: Lighthouse SEO 100 on every page kind meant to be found, on the app as a newcomer starts it, with no
/// configuration (no Dashboard:PublicOrigin: canonical, hreflang and preview addresses come from the address the
/// server listens on). Lighthouse itself (from npm, pinned) judges, in Debian's Chromium headless shell. Embed pages are left
/// out: they are noindex by design, with their canonical on the chart page.
/// </summary>
[StartsEarly(62)]
public sealed class LighthouseSeoTests : IDisposable
{
    /// <summary>One page of each kind that search may find, spread over both languages and currencies.</summary>
    public static readonly string[] Pages =
    [
        "/ko/KRW/", "/en/USD/charts/economic-effects", "/ko/KRW/figures", "/en/KRW/figures/jobs-per-year",
        "/ko/USD/background", "/en/USD/since", "/ko/KRW/present/why-korea",
    ];

    private readonly DashboardApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_page_kind_meant_to_be_found_scores_seo_100_with_no_configuration()
    {
        var origin = _app.StartOnRealPort().GetLeftPart(UriPartial.Authority);

        var results = await NodeScript.RunAsync("lighthouse-seo.mjs", Pages.Select(p => origin + p));

        Assert.Equal(Pages.Length, results.Count);
        var below = results
            .Where(r => r.GetProperty("seo").GetInt32() < 100)
            .Select(r => $"{r.GetProperty("url").GetString()}: SEO {r.GetProperty("seo").GetInt32()} ({string.Join("; ", r.GetProperty("failing").EnumerateArray().Select(f => f.GetString()))})")
            .ToList();
        Assert.True(below.Count == 0, string.Join(Environment.NewLine, below));
    }
}
